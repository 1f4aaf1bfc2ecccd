<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressPanel</name>
    <message>
        <source>This machine&apos;s IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classmate connects to one of the addresses in bold (reachable from the network), with the server on &quot;All interfaces&quot;. 127.0.0.1 and ::1 reach only this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected addresses (or all) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the interfaces again (after plugging a cable or joining a Wi-Fi network)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CapturePanel</name>
    <message>
        <source>Export the ladder diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder diagram saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: check the folder and the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet captures (*.pcap *.pcapng *.cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BPF capture filter, as tcpdump and Wireshark take it: &quot;tcp port 65432&quot;, &quot;udp port 65431&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and stop with the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture while this page&apos;s server or client runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .pcap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packets in a file that Wireshark and tshark open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open .pcap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Wireshark filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the display filter %1, to look at the same packets in Wireshark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capt&amp;ure filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation shown in the ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to capture; it can be changed while capturing (the capture starts again there)</source>
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
        <source>Clients: the server&apos;s name or address (default: 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the server modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid host &quot;%1&quot;: type a name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: send this text first (tcp-client: on each connection, once connected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>udp-server: ask for this receive buffer size in bytes (SO_RCVBUF); a small one makes loss visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report works with --headless only (in the window: File &gt; Export lab report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report needs an existing folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the window: at exit, write statistics as JSON to this file (main-thread stalls, time to first frame, what each page received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stats-file is for the window (headless runs print every event already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stats-file needs a file in an existing folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: then send this many numbered messages (#1/N …) as fast as possible (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp-client: how many connections to open (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp-multi: how many clients may be connected at once (%1 to %2, default %3); the next one is closed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a size in bytes (such as 4096): &quot;%2&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3: &quot;%4&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a size in bytes (such as 4096), with --mode %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, with --mode %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the page&apos;s packets where its traffic flows (Linux: every interface, loopback included) and write them to this .pcap file at exit (Wireshark and tshark read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture needs --mode (the page whose packets it captures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--capture %1: not a file that can be written; give a .pcap file in a folder that exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: at exit, write the lab report (README.md: a section per course exercise, the questions with room for the answers) into a new folder inside this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: 65432 for TCP, 65431 for UDP, 12345 for the file modes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-server: the folder to share, read-only (its plain files only; nothing outside it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-client: the name of the file to ask the server for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-client: where to save it (default: the name asked for, in the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file-client: replace the --output file if it exists (without it, an existing file is never touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the client modes (tcp-client, udp-client, file-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs --mode (tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--root is for --mode file-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for --mode file-client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode file-server needs --root with an existing folder: &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode file-client needs --get with the name of the file to ask for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client.</source>
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
    <message>
        <source>Connecting (SYN-SENT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
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
    <name>ConversationModel</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets B → A</source>
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
        <source>Invalid address: type an IPv4 address such as 127.0.0.1 or an IPv6 address such as ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not belong to this machine, so the server cannot listen on it. Choose &quot;All interfaces&quot; or one of this machine&apos;s addresses.</source>
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
    <message>
        <source>%1 is not reading what this side sends: %2 wait to be sent. Reading from it stops until it catches up (TCP flow control holds it back too); nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to %1: %2 wait for it already, and it is not reading. Send again once it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reading again: what waited was sent, and reading from it goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was closed at once: the server already has %n client(s), its limit (Max. clients).</source>
        <translation>
            <numerusform>%1 was closed at once: the server already has %n client, its limit (Max. clients).</numerusform>
            <numerusform>%1 was closed at once: the server already has %n clients, its limit (Max. clients).</numerusform>
        </translation>
    </message>
    <message>
        <source>File descriptors are free again: the server accepts new clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: type a whole number from %1 to %2 (the course uses %3 for TCP and %4 for UDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for port %1: ports below %2 are reserved for the system administrator. Use a port from %2 to %3, such as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP socket on local port %1 (ephemeral, chosen by the system). connect() to %2 sent no packet and made no connection (UDP has none): it only fixed the destination, so the kernel can report an ICMP port unreachable to this socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: connection refused. That machine&apos;s TCP answered with RST: nothing listens on port %1 there (no server). Is the server started, on this port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed by the peer (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset by the peer (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given up by us while connecting (SYN-SENT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the peer (FIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset by the peer (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCapture</name>
    <message>
        <source>Could not capture on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileClientPage</name>
    <message>
        <source>Type the name of the file to ask the server for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Replace it once the download is complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of what arrived: %1 (compare it with the server&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s file client: connect, send the file&apos;s name and a NUL byte, then recv() until the server closes. One send of a large file arrives as many recv() calls of varying sizes: TCP keeps no message boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is written to a temporary file first and renamed only when the server has closed normally: an interrupted download leaves no half file behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local port (highlighted) is the ephemeral port the system chose for this download&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileServerPage</name>
    <message>
        <source>&quot;%1&quot; %2 of %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients connected: %1. Each asks for a file by its name; the server sends it and closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole network (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared now: the plain files of %1, read-only, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start shares the plain files of %1, read-only, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restrict: address 127.0.0.1, or a folder with less in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names with &quot;..&quot;, absolute paths, drive letters, network shares, and links leading out of the folder are refused, and so are devices and folders: the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s file server: a name ending in NUL (or a newline) comes in; the file goes out in 4096-byte blocks, then FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per client: the server&apos;s port is the same for all; each client has its own ephemeral port (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedExercises</name>
    <message>
        <source>1. Simple TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Simple UDP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Multi-client TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. A classmate&apos;s machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the simple TCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message and get the echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second client waits and is served when the first leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the UDP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a datagram from a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the reply (upper case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a burst and see what was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the multi-client server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect three clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the ports: one server port, three client ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: see this machine&apos;s addresses (Network tools) and tell them to your classmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who serves: start a server on all interfaces (0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who serves: see the classmate&apos;s connection in the table (their address, their port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who connects: check the classmate&apos;s port (Network tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who connects: connect to the classmate&apos;s server by its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: see that connection in the capture (Packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. File transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download a file and compare the SHA-256 on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a name outside the folder (../) and see it refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>Lab report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing on %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written to %1.</source>
        <translation>
            <numerusform>%n packet written to %1.</numerusform>
            <numerusform>%n packets written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>The help for this page is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided exercises: %1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HexDumpView</name>
    <message>
        <source>Packet bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostProblemText</name>
    <message>
        <source>The port goes in its own field: type only the name or the address here, such as 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an IP address: an IPv4 address is four numbers from 0 to 255 separated by dots, such as 192.168.0.12; an IPv6 address looks like ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name has only letters, digits, hyphens and dots, such as lab-pc or exemplo.com.br; or type the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0 and :: mean &quot;any address&quot; to a server that listens; to reach this machine, type 127.0.0.1 or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabJournal</name>
    <message>
        <source>Connection %1 accepted (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 established (local port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At export</source>
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
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1: the states it went through are blue; where it is now is filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <comment>view tab: the message log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>view tab: socket calls</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States</source>
        <comment>view tab: kernel socket states</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP diagram</source>
        <comment>view tab: the TCP state machine</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets</source>
        <comment>view tab: packet capture</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet capture</source>
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
        <source>UDP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>… %1 packets in %2 s: %3 →, %4 ← (data segments and ACKs; every one is in the packet list) …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderDiagram</name>
    <message>
        <source>Ladder diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to see its packets as a ladder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalAddressModel</name>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up · this machine only (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up · link-local (this network segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up · reachable from the network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
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
    <message numerus="yes">
        <source>%Ln older message(s) dropped from this log to keep memory bounded (the log keeps the last %1). The connection table still counts every byte.</source>
        <translation>
            <numerusform>%Ln older message was dropped from this log to keep memory bounded (the log keeps the last %1). The connection table still counts every byte.</numerusform>
            <numerusform>%Ln older messages were dropped from this log to keep memory bounded (the log keeps the last %1). The connection table still counts every byte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Zoom: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screenshot of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot of the current &amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lab &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A README.md with the tables, the messages, the packets and pictures, ready for the lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
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
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and guided exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and guided &amp;exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message holds at most %1 characters: what was typed or pasted beyond that was left out.</source>
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
    <name>NetworkToolsPage</name>
    <message numerus="yes">
        <source>Checking %n port(s) of %1…</source>
        <translation>
            <numerusform>Checking %n port of %1…</numerusform>
            <numerusform>Checking %n ports of %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: host not found: &quot;%1&quot;. Check the name, or type the IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 open, %3 closed, %4 filtered, %5 open or filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another machine (a classmate&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The one with the server starts it on &quot;All interfaces&quot; and reads its address on the left. 2. The other checks that the port is open (right), then connects with the client pages. 3. No answer at all? Same network? Firewall? The right IP? Wireshark&apos;s display filter tcp.port == 65432 shows what arrives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketDetailsView</name>
    <message>
        <source>Packet details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1 (TCP/IP: network access layer · OSI: layer 2, data link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 (TCP/IP: internet layer · OSI: layer 3, network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport: %1 (TCP/IP and OSI: layer 4, transport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application data: %1 (TCP/IP: application layer · OSI: layers 5 to 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Problem: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) on the wire</source>
        <translation>
            <numerusform>%n byte on the wire</numerusform>
            <numerusform>%n bytes on the wire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) captured</source>
        <translation>
            <numerusform>%n byte captured</numerusform>
            <numerusform>%n bytes captured</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketListModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>This capture filter is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing on %1 with the filter &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interface does not exist (any more): choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interface is down: choose one that is up, such as lo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest packets were dropped from the list to keep memory bounded: %1 so far (it keeps the last %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing on %1 with the filter &quot;%2&quot;, through Wireshark&apos;s dumpcap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Capture stopped: %n packet(s),</source>
        <translation>
            <numerusform>Capture stopped: %n packet,</numerusform>
            <numerusform>Capture stopped: %n packets,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel.</source>
        <translation>
            <numerusform>%n dropped by the kernel.</numerusform>
            <numerusform>%n dropped by the kernel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture stopped: %n packet(s).</source>
        <translation>
            <numerusform>Capture stopped: %n packet.</numerusform>
            <numerusform>Capture stopped: %n packets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wireshark&apos;s dumpcap may not capture either (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) saved to %1: open it in Wireshark, or with tshark -r.</source>
        <translation>
            <numerusform>%n packet saved to %1: open it in Wireshark, or with tshark -r.</numerusform>
            <numerusform>%n packets saved to %1: open it in Wireshark, or with tshark -r.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) read from %1.</source>
        <translation>
            <numerusform>%n packet read from %1.</numerusform>
            <numerusform>%n packets read from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: the folder does not exist or cannot be written to; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: the file does not exist, cannot be read, or is not a capture file (.pcap or .pcapng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 to the end: the capture file is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — all interfaces</source>
        <comment>capture interface: Linux&apos;s any</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — only this machine (%2)</source>
        <comment>capture interface: loopback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no IP address</source>
        <comment>capture interface without addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose &quot;%1&quot; in the Interface list to see its packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose &quot;%1&quot; or &quot;%2&quot; in the Interface list to see its packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 ↔ %2 crosses %3, not the interface captured (%4):</source>
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
    <name>PlatformFacts</name>
    <message>
        <source>Packet capture needs permission (the CAP_NET_RAW and CAP_NET_ADMIN capabilities); the rest of SocketLab works without it. Two usual ways: give the installed program the capabilities, once: sudo setcap cap_net_raw,cap_net_admin=eip /usr/bin/socketlab — or let Wireshark&apos;s dumpcap capture for you: sudo dpkg-reconfigure wireshark-common (answer yes), sudo usermod -aG wireshark $USER, log in again; SocketLab then captures through dumpcap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SocketLab captures packets through Wireshark&apos;s dumpcap. Install Wireshark from wireshark.org and, when its installer asks, Npcap with &quot;Support loopback traffic&quot; ticked (the lab&apos;s traffic on 127.0.0.1 goes through Npcap&apos;s loopback adapter); then restart SocketLab. The rest of SocketLab works without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheckModel</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open or filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (RST): nothing listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP port unreachable: nothing listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer: UDP cannot tell an open port that stays silent from a firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time: a firewall drops the packets, or the machine is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not permitted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortCheckPanel</name>
    <message>
        <source>Type the machine&apos;s name or IP address, such as a classmate&apos;s 192.168.0.12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the port to check, such as 65432; or a list (22, 80, 443) or a range (8000-8010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are numbers: one (65432), a list (22, 80, 443) or a range (8000-8010).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range goes from the lower port to the higher one, such as 8000-8010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 ports per check: this checks a classmate&apos;s server, it does not sweep a machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the port open? (port check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: a connection attempt per port. UDP: one empty datagram per port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What nmap answers, only for the host and ports you type: for each port, TCP tries the three-way handshake and, if it completes, resets the connection at once. Open: a server accepted. Closed: the machine answered with RST. Filtered: no answer (a firewall, or no machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One port (65432), a list (22, 80, 443) or a range (8000-8010); at most %1 ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP has no handshake: a closed port answers with ICMP &quot;port unreachable&quot;, but an open port that does not reply looks the same as a filtered one or an address where no machine is (open or filtered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrimitiveTimelineModel</name>
    <message>
        <source>SOCKET creates a communication endpoint: a new socket of a type (TCP stream or UDP datagram), not yet tied to any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIND gives the socket its local address and port. A server binds a known port so clients can find it; a client usually lets the system pick an ephemeral port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LISTEN turns a TCP socket into a server socket that waits for connections; the kernel completes handshakes and queues them in the backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCEPT takes one completed connection from the backlog and returns a NEW socket for it (its own 4-tuple); the listening socket goes on listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECT asks for a connection to a server&apos;s address and port: for TCP, the three-way handshake (SYN, SYN-ACK, ACK). For UDP it only sets the default destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEND hands bytes to the kernel for the connection; TCP delivers them in order, but may split or merge them on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECEIVE (recv) takes the bytes that arrived; with TCP one recv may return part of a message, or several messages together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDTO sends one datagram to an address and port: no connection, no guarantee that it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECVFROM takes one datagram and tells who sent it (address and port): that is how a UDP server learns its peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSE releases the socket: for TCP the connection is closed (FIN, or RST when aborted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>connection number column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt socket state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new socket for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN sent, waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datagram sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This UDP socket is connect()ed: Qt calls that ConnectedState and ss shows ESTAB, but no packet was exchanged and no connection exists. connect() only fixed the destination (and the ephemeral port), so SEND needs no address and the kernel reports an ICMP port unreachable to this socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln message(s))</source>
        <translation>
            <numerusform>%1 (%Ln message)</numerusform>
            <numerusform>%1 (%Ln messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>destination fixed, no packet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln call(s)</source>
        <translation>
            <numerusform>%1 in %Ln call</numerusform>
            <numerusform>%1 in %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrimitivesPanel</name>
    <message>
        <source>The socket calls behind each step, in order, as the course&apos;s table names them. Select rows in the table to see only their calls; hover a call to read what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtSocketStateProxy</name>
    <message>
        <source>unconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound (bind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF needs the window (fonts): only README.md was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>The screenshot folder does not exist: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable.</source>
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
    <message>
        <source>Ma&amp;x. clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many clients may be connected at once; the next one is closed at once and the log says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port, %1 to %2 (the course uses 65432)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP port, %1 to %2 (the course uses 65431)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates a UDP socket and binds it to the address and port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketStateModel</name>
    <message>
        <source>Bytes received that the program has not read yet. On a LISTEN socket: connections waiting for accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent that the peer has not acknowledged yet. On a LISTEN socket: the backlog limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
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
        <source>Remote address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <comment>ss column: receive queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send-Q</source>
        <comment>ss column: send queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting in the backlog)</source>
        <comment>socket state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server socket waiting for connections (after listen()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sent SYN (connect()) and waits for the server&apos;s SYN+ACK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received a SYN and answered SYN+ACK; it waits for the client&apos;s ACK to complete the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-way handshake is complete: both sides can send and receive data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side closed first (close() sent FIN) and waits for the peer to acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer acknowledged this side&apos;s FIN; this side waits for the peer to close too (its FIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed its side (FIN received); this program must still call close(), and a socket that stays here means it never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This side closed after the peer did and waits for the ACK of its own FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The side that closed first waits here (2 × MSL) so that late packets of this connection die out before the 4-tuple is used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket has no connection: it was closed, or it was created and bound but is neither listening nor connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides closed at the same time; each one waits for the ACK of its FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state SocketLab does not know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel completed this connection&apos;s handshake, but the server has not called accept() yet: it waits in the listen backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket bound to a port (ss says UNCONN): it receives datagrams from any sender, because UDP has no connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP socket after connect() (ss says ESTAB, as for TCP): it only fixed a default peer, so the kernel delivers only that peer&apos;s datagrams and reports its ICMP errors. No packet was exchanged to do it: UDP has no connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SocketStatesPanel</name>
    <message>
        <source>Kernel socket states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel&apos;s socket table cannot be read on this platform: this view works on Linux and Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sockets the kernel keeps for the lab&apos;s port appear here, as %1 shows them, as soon as the page has a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sockets on port %1 as the kernel sees them (%2), read twice a second: LISTEN on the server, ESTABLISHED on both sides, TIME-WAIT on the side that closed first. Changes are highlighted; hover a state for what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UDP sockets on port %1 as the kernel sees them (%2), read twice a second. UDP has no connection, so no LISTEN, ESTABLISHED or TIME-WAIT: UNCONN is a socket with only its local port, receiving from any sender (the server); ESTAB is a socket after connect(), which only fixed its destination (SocketLab&apos;s client), without sending any packet. Hover a state for what it means.</source>
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
        <source>Waiting for a client (accept). This server serves one client at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy serving %1. Other clients that connect now complete the handshake but wait in the listen backlog, without an answer, until this client leaves.</source>
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
    <message>
        <source>Waiting in the backlog now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TcpStateDiagram</name>
    <message>
        <source>TCP state diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a TCP connection in the table to see its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST on an open connection: straight to CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 send() blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recv() calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NUL or newline within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute path: only names inside the shared folder are served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network share path (\\server\share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon: a drive letter (C:) or a Windows stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;..&quot; would climb out of the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link (or junction) that leads out of the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file in the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a plain file (a device, FIFO or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server may not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client closed the connection before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed without sending a byte (it refused the name, or the file is empty); nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another destination, or allow replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the destination file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the file failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed (see the error above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1: sending &quot;%2&quot; (%3) to %4 in %5 blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1: asked for &quot;%2&quot; (its name and a NUL byte); receiving until the server closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 so far, %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent to %2: %3 in %4 s (%5), then FIN. SHA-256 %6 · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; received: %2 in %3 s (%4), saved as %5. SHA-256 %6 · %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; not completely sent to %2: %3. %4 reached the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; not saved: %2. %3 arrived; %4 was neither created nor changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection #%1: &quot;%2&quot; refused: %3. Closed without sending data.</source>
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
        <source>UDP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection: the table lists whom this socket exchanged datagrams with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local port: %1 (ephemeral, chosen by the system). Datagrams go to %2, the destination connect() fixed: no packet was sent for it, no connection exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the course&apos;s UDP client, with one difference: it calls connect() on its socket. For UDP that sends no packet and makes no connection; it only fixes the destination (and the ephemeral port), so the kernel can report an ICMP &quot;port unreachable&quot; here. Each message is one datagram; nothing guarantees that it arrives, or in which order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UdpServerPage</name>
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
<context>
    <name>WholeLabReport</name>
    <message>
        <source>Which Berkeley primitives did the server and the client call, and in what order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which socket states did the kernel show (LISTEN, ESTABLISHED, TIME-WAIT...) and when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are SYN, SYN-ACK, ACK, PSH and FIN in the capture (Wireshark filter tcp.port == 65432)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does TCP do here that UDP does not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is there no connection and no handshake before the first datagram?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each datagram carry, and what happens when nobody listens on the port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the burst show about datagrams lost or out of order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the port seem to &quot;change&quot;? Explain with the 4-tuple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which port does the server use for every connection, and which ports do the clients use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the server tell its clients apart?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which addresses does this machine have, and which one did your classmate use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was the port open? How did you check it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the capture filtered by the port show on each machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the middle of the session were left out (the journal keeps the first and the last).</source>
        <translation>
            <numerusform>%n event in the middle of the session was left out (the journal keeps the first and the last).</numerusform>
            <numerusform>%n events in the middle of the session were left out (the journal keeps the first and the last).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client (connects to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server (listens on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %n row(s) of %1.</source>
        <translation>
            <numerusform>The last row of %1.</numerusform>
            <numerusform>The last %n rows of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n call(s) of %1.</source>
        <translation>
            <numerusform>The first call of %1.</numerusform>
            <numerusform>The first %n calls of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket states (kernel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) in between were left out.</source>
        <translation>
            <numerusform>%n reading in between was left out.</numerusform>
            <numerusform>%n readings in between were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No socket on the lab&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s). Ports of the side that spoke first (the clients): %1. Ports of the other side (the server): %2.</source>
        <translation>
            <numerusform>%n conversation. Ports of the side that spoke first (the clients): %1. Ports of the other side (the server): %2.</numerusform>
            <numerusform>%n conversations. Ports of the side that spoke first (the clients): %1. Ports of the other side (the server): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet was captured for this exercise: the capture was not on while it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n packet(s) of %1: the handshake is at the start.</source>
        <translation>
            <numerusform>The first packet of %1: the handshake is at the start.</numerusform>
            <numerusform>The first %n packets of %1: the handshake is at the start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder diagram and screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write your answer here, citing the evidence above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done in this session: nothing was recorded for this exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at export, %1. Activity from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers and clients used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many recv() calls delivered the file, and why do their sizes differ from the server&apos;s 4096-byte blocks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the client know that the file has ended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the SHA-256 sums on both sides match, and what does that show?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Where screenshots go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1 and copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder diagram: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 at export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
