<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CommandLine</name>
    <message>
        <source>SocketLab: see sockets, connections and packets at work.</source>
        <translation>SocketLab: veja sockets, conexões e pacotes em ação.</translation>
    </message>
    <message>
        <source>Run without a window and print one line per event.</source>
        <translation>Executar sem janela e imprimir uma linha por evento.</translation>
    </message>
    <message>
        <source>Mode: tcp-simple or tcp-multi.</source>
        <translation>Modo: tcp-simple ou tcp-multi.</translation>
    </message>
    <message>
        <source>Address to listen on (default: all interfaces).</source>
        <translation>Endereço em que o servidor vai escutar (padrão: todas as interfaces).</translation>
    </message>
    <message>
        <source>Port (default: 65432).</source>
        <translation>Porta (padrão: 65432).</translation>
    </message>
    <message>
        <source>Reply: echo, upper or none.</source>
        <translation>Resposta: echo (eco), upper (maiúsculas) ou none (nenhuma).</translation>
    </message>
    <message>
        <source>Messages: raw (each recv) or line.</source>
        <translation>Mensagens: raw (cada recv) ou line (por linha).</translation>
    </message>
    <message>
        <source>Language: pt_BR or en.</source>
        <translation>Idioma: pt_BR ou en.</translation>
    </message>
    <message>
        <source>With --headless: print JSON Lines.</source>
        <translation>Com --headless: imprimir no formato JSON Lines.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use tcp-simple or tcp-multi.</source>
        <translation>Modo desconhecido &quot;%1&quot;: use tcp-simple ou tcp-multi.</translation>
    </message>
    <message>
        <source>Unknown reply &quot;%1&quot;: use echo, upper or none.</source>
        <translation>Resposta desconhecida &quot;%1&quot;: use echo, upper ou none.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use pt_BR or en.</source>
        <translation>Idioma desconhecido &quot;%1&quot;: use pt_BR ou en.</translation>
    </message>
    <message>
        <source>--headless needs --mode (tcp-simple or tcp-multi).</source>
        <translation>--headless precisa de --mode (tcp-simple ou tcp-multi).</translation>
    </message>
    <message>
        <source>--json works with --headless only.</source>
        <translation>--json só funciona junto com --headless.</translation>
    </message>
    <message>
        <source>Unknown --framing value &quot;%1&quot;: use raw (each recv is one message) or line.</source>
        <translation>Valor de --framing desconhecido &quot;%1&quot;: use raw (cada recv é uma mensagem) ou line.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Close the selected connection(s) gracefully: FIN, as close() does</source>
        <translation>Fechar as conexões selecionadas de forma ordenada: FIN, como faz o close()</translation>
    </message>
    <message>
        <source>A&amp;bort (RST)</source>
        <translation>A&amp;bortar (RST)</translation>
    </message>
    <message>
        <source>Abort the selected connection(s): the other side receives a reset (RST)</source>
        <translation>Abortar as conexões selecionadas: o outro lado recebe um reset (RST)</translation>
    </message>
    <message>
        <source>&amp;Clear closed</source>
        <translation>&amp;Limpar fechadas</translation>
    </message>
    <message>
        <source>Remove the closed (grey) connections from the table</source>
        <translation>Remover da tabela as conexões fechadas (em cinza)</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <source>#</source>
        <comment>connection number column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Endereço remoto</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Porta remota</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Endereço local</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Porta local</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connected at</source>
        <translation>Hora da conexão</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>Mensagens recebidas</translation>
    </message>
    <message>
        <source>Messages out</source>
        <translation>Mensagens enviadas</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Connection #%1: client %2, server %3</source>
        <translation>Conexão #%1: cliente %2, servidor %3</translation>
    </message>
</context>
<context>
    <name>ConnectionTableView</name>
    <message>
        <source>Connection table</source>
        <translation>Tabela de conexões</translation>
    </message>
</context>
<context>
    <name>EventLines</name>
    <message>
        <source>%1  #%2  %3 → %4: %5</source>
        <translation>%1  #%2  %3 → %4: %5</translation>
    </message>
    <message>
        <source>%1  #%2  → %3 %4: %5</source>
        <translation>%1  #%2  → %3 %4: %5</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Invalid port: type a whole number from 1 to 65535 (the course uses 65432 for TCP and 65431 for UDP).</source>
        <translation>Porta inválida: digite um número inteiro de 1 a 65535 (a disciplina usa 65432 para TCP e 65431 para UDP).</translation>
    </message>
    <message>
        <source>Invalid address: type an IPv4 address such as 127.0.0.1 or an IPv6 address such as ::1.</source>
        <translation>Endereço inválido: digite um endereço IPv4, como 127.0.0.1, ou um endereço IPv6, como ::1.</translation>
    </message>
    <message>
        <source>This address does not belong to this machine, so the server cannot listen on it. Choose &quot;All interfaces&quot; or one of this machine&apos;s addresses.</source>
        <translation>Este endereço não pertence a esta máquina, então o servidor não pode escutar nele. Escolha &quot;Todas as interfaces&quot; ou um dos endereços desta máquina.</translation>
    </message>
    <message>
        <source>Permission denied for port %1: ports below 1024 are reserved for the system administrator. Use a port from 1024 to 65535, such as 65432.</source>
        <translation>Permissão negada para a porta %1: as portas abaixo de 1024 são reservadas para o administrador do sistema. Use uma porta de 1024 a 65535, como a 65432.</translation>
    </message>
    <message>
        <source>Error: connection refused. Nothing is listening on port %1 of that machine: is the server started?</source>
        <translation>Erro: conexão recusada. Nada está escutando na porta %1 daquela máquina: o servidor foi iniciado?</translation>
    </message>
    <message>
        <source>Error: host not found. Check the name or type the IP address.</source>
        <translation>Erro: host não encontrado. Verifique o nome ou digite o endereço IP.</translation>
    </message>
    <message>
        <source>No answer in time. The usual causes: a firewall, a machine on another network, or a wrong IP address.</source>
        <translation>Sem resposta a tempo. As causas mais comuns: um firewall, uma máquina em outra rede ou um endereço IP errado.</translation>
    </message>
    <message>
        <source>The network is unreachable from this machine: check the cable or Wi-Fi and the address.</source>
        <translation>A rede está inacessível a partir desta máquina: verifique o cabo ou o Wi-Fi e o endereço.</translation>
    </message>
    <message>
        <source>The connection was reset by the other side (RST).</source>
        <translation>A conexão foi encerrada pelo outro lado com um reset (RST).</translation>
    </message>
    <message>
        <source>The system ran out of resources (too many open files or connections). Close some connections; SocketLab keeps trying.</source>
        <translation>O sistema ficou sem recursos (arquivos ou conexões abertos demais). Feche algumas conexões; o SocketLab continua tentando.</translation>
    </message>
    <message>
        <source>Network error.</source>
        <translation>Erro de rede.</translation>
    </message>
    <message>
        <source>closed by us (FIN)</source>
        <translation>fechada por nós (FIN)</translation>
    </message>
    <message>
        <source>aborted by us (RST)</source>
        <translation>abortada por nós (RST)</translation>
    </message>
    <message>
        <source>closed because the server stopped</source>
        <translation>fechada porque o servidor foi parado</translation>
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
        <translation>Escutando em %1: aguardando clientes (socket, bind, listen).</translation>
    </message>
    <message>
        <source>Server stopped: port %1 is free again.</source>
        <translation>Servidor parado: a porta %1 está livre novamente.</translation>
    </message>
    <message>
        <source>Connection #%1 accepted: client %2 → server %3.</source>
        <translation>Conexão #%1 aceita: cliente %2 → servidor %3.</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>Recebeu %1 de %2.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Enviou %1 para %2.</translation>
    </message>
    <message>
        <source>Connection #%1 with %2 %3.</source>
        <translation>Conexão #%1 com %2 %3.</translation>
    </message>
    <message>
        <source>Serving %1 only: clients who connect now complete the handshake but wait in the listen backlog until this one leaves.</source>
        <translation>Atendendo somente %1: os clientes que se conectarem agora completam o handshake de três vias, mas esperam na fila de conexões pendentes (backlog) até que este saia.</translation>
    </message>
    <message>
        <source>Error: port %1 is already in use by another program (or another SocketLab page). Stop that one, or choose another port.</source>
        <translation>Erro: a porta %1 já está em uso por outro programa (ou outra página do SocketLab). Pare aquele, ou escolha outra porta.</translation>
    </message>
    <message>
        <source>Closed by peer</source>
        <translation>Fechada pelo par</translation>
    </message>
    <message>
        <source>Closed by us</source>
        <translation>Fechada por nós</translation>
    </message>
    <message>
        <source>Aborted (RST)</source>
        <translation>Abortada (RST)</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>Servidor parado</translation>
    </message>
    <message>
        <source>A line from %1 was longer than the limit of %2: its rest (%3) was counted but not kept. The connection goes on.</source>
        <translation>Uma linha de %1 passou do limite de %2: o restante dela (%3) foi contado, mas não guardado. A conexão continua.</translation>
    </message>
    <message>
        <source>closed by the other side</source>
        <translation>fechada pelo outro lado</translation>
    </message>
    <message>
        <source>closed after an error</source>
        <translation>fechada após um erro</translation>
    </message>
    <message>
        <source>Closed after an error</source>
        <translation>Fechada após um erro</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>%1 older messages were dropped from this log to keep memory bounded (the log keeps the last %2). The connection table still counts every byte.</source>
        <translation>%1 mensagens mais antigas foram descartadas deste registro para limitar o uso de memória (o registro guarda as últimas %2). A tabela de conexões continua contando todos os bytes.</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes of each message in hexadecimal</source>
        <translation>Mostrar os bytes de cada mensagem em hexadecimal</translation>
    </message>
    <message>
        <source>Only the selected connection</source>
        <translation>Somente a conexão selecionada</translation>
    </message>
    <message>
        <source>Show only the messages of the connections selected in the table</source>
        <translation>Mostrar somente as mensagens das conexões selecionadas na tabela</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected messages (or all) as text</source>
        <translation>Copiar as mensagens selecionadas (ou todas) como texto</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Limpar registro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SocketLab — Socket Laboratory</source>
        <translation>SocketLab — Laboratório de Sockets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation>&amp;Sobre o SocketLab</translation>
    </message>
    <message>
        <source>About SocketLab</source>
        <translation>Sobre o SocketLab</translation>
    </message>
    <message>
        <source>SocketLab %1

A socket laboratory for computer networks classes: servers, their connections and their messages, side by side.</source>
        <translation>SocketLab %1

Um laboratório de sockets para as aulas de redes de computadores: servidores, suas conexões e suas mensagens, lado a lado.</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>No client is connected yet.</source>
        <translation>Ainda não há nenhum cliente conectado.</translation>
    </message>
    <message>
        <source>Select a connection in the table first.</source>
        <translation>Primeiro selecione uma conexão na tabela.</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>Message to send…</source>
        <translation>Mensagem a enviar…</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Mensagem a enviar</translation>
    </message>
    <message>
        <source>To the selected connection(s)</source>
        <translation>Para as conexões selecionadas</translation>
    </message>
    <message>
        <source>To all clients</source>
        <translation>Para todos os clientes</translation>
    </message>
    <message>
        <source>End with newline (\n)</source>
        <translation>Terminar com quebra de linha (\n)</translation>
    </message>
    <message>
        <source>Add a line feed at the end, as nc does when you press Enter</source>
        <translation>Adicionar uma quebra de linha (line feed) no final, como o nc faz quando você pressiona Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>MessageLogModel</name>
    <message>
        <source>(empty message)</source>
        <translation>(mensagem vazia)</translation>
    </message>
    <message>
        <source>[… not shown: %1]</source>
        <translation>[… não mostrado: %1]</translation>
    </message>
</context>
<context>
    <name>MessageLogView</name>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
</context>
<context>
    <name>ServerControls</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>All interfaces (0.0.0.0 and ::)</source>
        <translation>Todas as interfaces (0.0.0.0 e ::)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this machine only, IPv4)</source>
        <translation>127.0.0.1 (somente esta máquina, IPv4)</translation>
    </message>
    <message>
        <source>::1 (this machine only, IPv6)</source>
        <translation>::1 (somente esta máquina, IPv6)</translation>
    </message>
    <message>
        <source>Where the server listens (bind): all interfaces lets other machines connect</source>
        <translation>Onde o servidor escuta (bind): com todas as interfaces, outras máquinas podem se conectar</translation>
    </message>
    <message>
        <source>Bind address</source>
        <translation>Endereço de escuta (bind)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Por&amp;ta:</translation>
    </message>
    <message>
        <source>TCP port, 1 to 65535 (the course uses 65432)</source>
        <translation>Porta TCP, de 1 a 65535 (a disciplina usa 65432)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Resposta:</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Eco</translation>
    </message>
    <message>
        <source>Upper case</source>
        <translation>Maiúsculas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>What the server answers to each message it receives</source>
        <translation>O que o servidor responde a cada mensagem que recebe</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Mensagens:</translation>
    </message>
    <message>
        <source>As received (each recv)</source>
        <translation>Como recebidas (cada recv)</translation>
    </message>
    <message>
        <source>By line (\n)</source>
        <translation>Por linha (\n)</translation>
    </message>
    <message>
        <source>TCP is a byte stream: show each recv() as one message, or cut the stream at each newline</source>
        <translation>O TCP é um fluxo de bytes: mostrar cada recv() como uma mensagem ou cortar o fluxo a cada quebra de linha</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Stop the server and close its connections</source>
        <translation>Parar o servidor e fechar as conexões dele</translation>
    </message>
    <message>
        <source>Start the server (socket, bind, listen)</source>
        <translation>Iniciar o servidor (socket, bind, listen)</translation>
    </message>
</context>
<context>
    <name>TcpServerPage</name>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens.</source>
        <translation>O servidor está parado. Clique em Iniciar: o SocketLab cria o socket, associa-o ao endereço e à porta (bind) e começa a escutar (listen).</translation>
    </message>
    <message>
        <source>Listening on %1. Clients can connect to: %2</source>
        <translation>Escutando em %1. Os clientes podem se conectar a: %2</translation>
    </message>
    <message>
        <source>Waiting for a client (accept). This server serves one client at a time.</source>
        <translation>Aguardando um cliente (accept). Este servidor atende um cliente por vez.</translation>
    </message>
    <message>
        <source>Busy serving %1. Other clients that connect now complete the handshake but wait in the listen backlog, without an answer, until this client leaves.</source>
        <translation>Ocupado atendendo %1. Outros clientes que se conectarem agora completam o handshake de três vias, mas esperam na fila de conexões pendentes (backlog), sem resposta, até que este cliente saia.</translation>
    </message>
    <message>
        <source>Simple TCP server</source>
        <translation>Servidor TCP simples</translation>
    </message>
    <message>
        <source>Multi-client TCP server</source>
        <translation>Servidor TCP multicliente</translation>
    </message>
    <message>
        <source>Simple TCP server (one client at a time)</source>
        <translation>Servidor TCP simples (um cliente por vez)</translation>
    </message>
    <message>
        <source>Like the course&apos;s first server: accept one client, answer it until it leaves, then accept the next. Default reply: echo.</source>
        <translation>Como o primeiro servidor da disciplina: aceita um cliente, responde a ele até que saia e então aceita o próximo. Resposta padrão: eco.</translation>
    </message>
    <message>
        <source>Like the course&apos;s third server: every client is accepted and served at once, each on its own connection. Default reply: upper case.</source>
        <translation>Como o terceiro servidor da disciplina: todos os clientes são aceitos e atendidos ao mesmo tempo, cada um em sua própria conexão. Resposta padrão: maiúsculas.</translation>
    </message>
    <message>
        <source>Clients connected: %1. They are all served at the same time.</source>
        <translation>Clientes conectados: %1. Todos são atendidos ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Every connection is identified by a 4-tuple (client IP, client port, server IP, server port). The server&apos;s local port is the same for all connections; each client has its own ephemeral port (highlighted). That is the port that &quot;changes&quot;.</source>
        <translation>Cada conexão é identificada por uma quádrupla (IP do cliente, porta do cliente, IP do servidor, porta do servidor). A porta local do servidor é a mesma em todas as conexões; cada cliente tem a sua própria porta efêmera (destacada). É essa a porta que &quot;muda&quot;.</translation>
    </message>
</context>
</TS>
