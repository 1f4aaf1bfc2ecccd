<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Mode: tcp-simple or tcp-multi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default: all interfaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: 65432).</source>
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
        <source>Unknown mode &quot;%1&quot;: use tcp-simple or tcp-multi.</source>
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
        <source>--headless needs --mode (tcp-simple or tcp-multi).</source>
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
        <source>A&amp;bort (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the selected connection(s): the other side receives a reset (RST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the closed (grey) connections from the table</source>
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
        <source>Only the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the messages of the connections selected in the table</source>
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

A socket laboratory for computer networks classes: servers, their connections and their messages, side by side.</source>
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
        <source>Select a connection in the table first.</source>
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
</context>
<context>
    <name>TcpServerPage</name>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1. Clients can connect to: %2</source>
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
</TS>
