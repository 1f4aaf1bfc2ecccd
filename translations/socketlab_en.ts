<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BurstControls</name>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the numbered messages as fast as possible; the server page counts what arrived, what is missing and what came out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bu&amp;rst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbered messages (#1/N, #2/N, …) to send as fast as possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientControls</name>
    <message>
        <source>Type the server&apos;s name or IP address, such as 127.0.0.1, ::1 or a classmate&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address (IPv4 such as 127.0.0.1, or IPv6 such as ::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TCP port (the course uses 65432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s UDP port (the course uses 65431)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many connections to open at once: each gets its own ephemeral port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connections (socket, connect: the three-way handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every connection of this page (close: FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the UDP socket (no connection is made: UDP has no handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the UDP socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>SocketLab: see sockets, connections and packets at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window and print one line per event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: all interfaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply: echo, upper or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: raw (each recv) or line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: pt_BR or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: print JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reply &quot;%1&quot;: use echo, upper or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use pt_BR or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json works with --headless only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --framing value &quot;%1&quot;: use raw (each recv is one message) or line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: tcp-simple, tcp-multi, udp-server, tcp-client or udp-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: 65432 for TCP, 65431 for UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: the server&apos;s name or address (default: 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp-client: how many connections to open (1 to 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use tcp-simple, tcp-multi, udp-server, tcp-client or udp-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the server modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the client modes (tcp-client, udp-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid host &quot;%1&quot;: type a name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to 1000, with --mode tcp-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs --mode (tcp-simple, tcp-multi, udp-server, tcp-client or udp-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: send this text first (tcp-client: on each connection, once connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: then send this many numbered messages (#1/N …) as fast as possible (1 to 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udp-server: ask for this receive buffer size in bytes (SO_RCVBUF); a small one makes loss visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--burst takes a number from 1 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rcvbuf takes a size in bytes (such as 4096), with --mode udp-server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected connection(s) gracefully: FIN, as close() does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the selected connection(s): the other side receives a reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the closed (grey) connections from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the peers seen so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abor&amp;t (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clos&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <source>#</source>
        <comment>connection number column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1: client %2, server %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTableView</name>
    <message>
        <source>Connection table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLines</name>
    <message>
        <source>%1  #%2  %3 → %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  #%2  → %3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Invalid port: type a whole number from 1 to 65535 (the course uses 65432 for TCP and 65431 for UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address: type an IPv4 address such as 127.0.0.1 or an IPv6 address such as ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not belong to this machine, so the server cannot listen on it. Choose &quot;All interfaces&quot; or one of this machine&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for port %1: ports below 1024 are reserved for the system administrator. Use a port from 1024 to 65535, such as 65432.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: connection refused. Nothing is listening on port %1 of that machine: is the server started?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: host not found. Check the name or type the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time. The usual causes: a firewall, a machine on another network, or a wrong IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is unreachable from this machine: check the cable or Wi-Fi and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was reset by the other side (RST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system ran out of resources (too many open files or connections). Close some connections; SocketLab keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by us (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted by us (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed because the server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Listening on %1: waiting for clients (socket, bind, listen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped: port %1 is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 accepted: client %2 → server %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 with %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1 only: clients who connect now complete the handshake but wait in the listen backlog until this one leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: port %1 is already in use by another program (or another SocketLab page). Stop that one, or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line from %1 was longer than the limit of %2: its rest (%3) was counted but not kept. The connection goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP datagram carries at most 65,507 bytes of data: this message is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 received · %3 missing · %4 duplicated · %5 out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst from %1 (%2) finished: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst from %1 (%2) arriving: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket bound to %1: waiting for datagrams (socket, bind; UDP has no listen and no accept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket closed: local port %1 is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1: connecting to %2 (connect: SYN sent)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 established with %2 from local port %3 (ephemeral, chosen by the system): three-way handshake done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket ready on local port %1 (ephemeral, chosen by the system); datagrams go to %2. No connection, no handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: host not found: &quot;%1&quot;. Check the name, or type the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server answered at %1 (%2); trying the next address of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now sending to %1, the host&apos;s next address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 there: the machine answered with ICMP &quot;port unreachable&quot;. Is the UDP server started, and on this port?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <source>Listening on %1. Clients can connect to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to %1. Clients can send datagrams to: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>%1 older messages were dropped from this log to keep memory bounded (the log keeps the last %2). The connection table still counts every byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the bytes of each message in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected messages (or all) as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the messages of the connections (or peers) selected in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab — Socket Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab %1

A socket laboratory for computer networks classes: TCP and UDP servers and clients, their connections and their messages, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>No client is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the selected connection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End with newline (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a line feed at the end, as nc does when you press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer has sent a datagram yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the selected peer(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To all peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the selected connection(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On all connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… not shown: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>#</source>
        <comment>peer number column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datagrams out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer #%1: %2 (learned from its datagrams; UDP keeps no connection)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerControls</name>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0 and ::)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (this machine only, IPv4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>::1 (this machine only, IPv6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the server listens (bind): all interfaces lets other machines connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port, 1 to 65535 (the course uses 65432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server answers to each message it receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As received (each recv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By line (\n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP is a byte stream: show each recv() as one message, or cut the stream at each newline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server and close its connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server (socket, bind, listen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port, 1 to 65535 (the course uses 65431)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small receive buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the system for a tiny receive buffer (SO_RCVBUF): under a burst, datagrams that do not fit are dropped by the kernel, and the loss becomes visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server and close its socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the server (socket, bind)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpClientPage</name>
    <message>
        <source>This machine&apos;s addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open connections: %1. Each has its own local port; the server&apos;s port is the same for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s client: socket, connect (the three-way handshake), send, recv, close. Open one connection, or many at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The burst sends numbered messages on the selected connections (or all): the server page counts them. Over TCP nothing is lost and the order is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each connection is a socket of this machine: the local port (highlighted) is an ephemeral port that the system chose for it; the remote port is the server&apos;s, the same for all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpServerPage</name>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a client (accept). This server serves one client at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy serving %1. Other clients that connect now complete the handshake but wait in the listen backlog, without an answer, until this client leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-client TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple TCP server (one client at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s first server: accept one client, answer it until it leaves, then accept the next. Default reply: echo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s third server: every client is accepted and served at once, each on its own connection. Default reply: upper case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients connected: %1. They are all served at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every connection is identified by a 4-tuple (client IP, client port, server IP, server port). The server&apos;s local port is the same for all connections; each client has its own ephemeral port (highlighted). That is the port that &quot;changes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpClientPage</name>
    <message>
        <source>The socket is closed. Open it: the system gives it an ephemeral local port; no packet is sent until you send a datagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port: %1 (ephemeral, chosen by the system). Datagrams go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s UDP client: socket, sendto, recvfrom. Each message is one datagram; nothing guarantees that it arrives, or in which order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection: the table lists whom this socket exchanged datagrams with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpServerPage</name>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates a UDP socket and binds it to the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP keeps no connection: the server learns each peer (address and port) only from the datagrams it receives. One datagram is always one message: its boundaries are kept, unlike TCP&apos;s byte stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s second server: datagrams, no connection, no handshake, no guarantee. The reply to each datagram goes back to whoever sent it. Default reply: upper case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
