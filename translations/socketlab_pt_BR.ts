<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddressPanel</name>
    <message>
        <source>This machine&apos;s IP addresses</source>
        <translation>Endereços IP desta máquina</translation>
    </message>
    <message>
        <source>A classmate connects to one of the addresses in bold (reachable from the network), with the server on &quot;All interfaces&quot;. 127.0.0.1 and ::1 reach only this machine.</source>
        <translation>Um colega se conecta a um dos endereços em negrito (acessíveis pela rede), com o servidor em &quot;Todas as interfaces&quot;. 127.0.0.1 e ::1 só alcançam esta máquina.</translation>
    </message>
    <message>
        <source>Cop&amp;y addresses</source>
        <translation>&amp;Copiar endereços</translation>
    </message>
    <message>
        <source>Copy the selected addresses (or all) to the clipboard</source>
        <translation>Copiar os endereços selecionados (ou todos) para a área de transferência</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Read the interfaces again (after plugging a cable or joining a Wi-Fi network)</source>
        <translation>Ler as interfaces de novo (depois de conectar um cabo ou entrar em uma rede Wi-Fi)</translation>
    </message>
</context>
<context>
    <name>BurstControls</name>
    <message>
        <source> messages</source>
        <translation> mensagens</translation>
    </message>
    <message>
        <source>Send &amp;burst</source>
        <translation>&amp;Enviar rajada</translation>
    </message>
    <message>
        <source>Send the numbered messages as fast as possible; the server page counts what arrived, what is missing and what came out of order</source>
        <translation>Enviar as mensagens numeradas o mais rápido possível; a página do servidor conta o que chegou, o que está faltando e o que chegou fora de ordem</translation>
    </message>
    <message>
        <source>Bu&amp;rst:</source>
        <translation>&amp;Rajada:</translation>
    </message>
    <message>
        <source>How many numbered messages (#1/N, #2/N, …) to send as fast as possible</source>
        <translation>Quantas mensagens numeradas (#1/N, #2/N, …) enviar o mais rápido possível</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Export the ladder diagram</source>
        <translation>Exportar o diagrama em escada</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Ladder diagram saved to %1.</source>
        <translation>Diagrama em escada salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save %1: check the folder and the name.</source>
        <translation>Não foi possível salvar %1: verifique a pasta e o nome.</translation>
    </message>
    <message>
        <source>Save the capture</source>
        <translation>Salvar a captura</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap)</source>
        <translation>Capturas de pacotes (*.pcap)</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>Abrir uma captura</translation>
    </message>
    <message>
        <source>Packet captures (*.pcap *.pcapng *.cap)</source>
        <translation>Capturas de pacotes (*.pcap *.pcapng *.cap)</translation>
    </message>
    <message>
        <source>I&amp;nterface:</source>
        <translation>I&amp;nterface:</translation>
    </message>
    <message>
        <source>A BPF capture filter, as tcpdump and Wireshark take it: &quot;tcp port 65432&quot;, &quot;udp port 65431&quot;</source>
        <translation>Um filtro de captura BPF, no formato que o tcpdump e o Wireshark aceitam: &quot;tcp port 65432&quot;, &quot;udp port 65431&quot;</translation>
    </message>
    <message>
        <source>Stop capture</source>
        <translation>Parar captura</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Start and stop with the page</source>
        <translation>Iniciar e parar junto com a página</translation>
    </message>
    <message>
        <source>Capture while this page&apos;s server or client runs</source>
        <translation>Capturar enquanto o servidor ou o cliente desta página estiver em execução</translation>
    </message>
    <message>
        <source>Save .pcap…</source>
        <translation>Salvar .pcap…</translation>
    </message>
    <message>
        <source>Save the packets in a file that Wireshark and tshark open</source>
        <translation>Salvar os pacotes em um arquivo que o Wireshark e o tshark abrem</translation>
    </message>
    <message>
        <source>Open .pcap…</source>
        <translation>Abrir .pcap…</translation>
    </message>
    <message>
        <source>Copy Wireshark filter</source>
        <translation>Copiar filtro do Wireshark</translation>
    </message>
    <message>
        <source>Copy the display filter %1, to look at the same packets in Wireshark</source>
        <translation>Copiar o filtro de exibição %1, para ver os mesmos pacotes no Wireshark</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Escada</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Packet list</source>
        <translation>Lista de pacotes</translation>
    </message>
    <message>
        <source>Capt&amp;ure filter:</source>
        <translation>&amp;Filtro de captura:</translation>
    </message>
    <message>
        <source>Conversation shown in the ladder</source>
        <translation>Conversa mostrada na escada</translation>
    </message>
    <message>
        <source>Where to capture; it can be changed while capturing (the capture starts again there)</source>
        <translation>Onde capturar; pode ser trocada durante a captura (a captura recomeça nela)</translation>
    </message>
</context>
<context>
    <name>ClientControls</name>
    <message>
        <source>Type the server&apos;s name or IP address, such as 127.0.0.1, ::1 or a classmate&apos;s address.</source>
        <translation>Digite o nome ou o endereço IP do servidor, como 127.0.0.1, ::1 ou o endereço de um colega.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>name or IP address</source>
        <translation>nome ou endereço IP</translation>
    </message>
    <message>
        <source>The server&apos;s host name or IP address (IPv4 such as 127.0.0.1, or IPv6 such as ::1)</source>
        <translation>O nome do host ou o endereço IP do servidor (IPv4, como 127.0.0.1, ou IPv6, como ::1)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>The server&apos;s TCP port (the course uses 65432)</source>
        <translation>A porta TCP do servidor (a disciplina usa 65432)</translation>
    </message>
    <message>
        <source>The server&apos;s UDP port (the course uses 65431)</source>
        <translation>A porta UDP do servidor (a disciplina usa 65431)</translation>
    </message>
    <message>
        <source>C&amp;onnections:</source>
        <translation>Co&amp;nexões:</translation>
    </message>
    <message>
        <source>How many connections to open at once: each gets its own ephemeral port</source>
        <translation>Quantas conexões abrir de uma vez: cada uma recebe a sua própria porta efêmera</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Open the connections (socket, connect: the three-way handshake)</source>
        <translation>Abrir as conexões (socket, connect: o handshake de três vias)</translation>
    </message>
    <message>
        <source>Close every connection of this page (close: FIN)</source>
        <translation>Fechar todas as conexões desta página (close: FIN)</translation>
    </message>
    <message>
        <source>&amp;Open socket</source>
        <translation>Abr&amp;ir socket</translation>
    </message>
    <message>
        <source>Create the UDP socket (no connection is made: UDP has no handshake)</source>
        <translation>Criar o socket UDP (nenhuma conexão é estabelecida: o UDP não tem handshake)</translation>
    </message>
    <message>
        <source>&amp;Close socket</source>
        <translation>&amp;Fechar socket</translation>
    </message>
    <message>
        <source>Close the UDP socket</source>
        <translation>Fechar o socket UDP</translation>
    </message>
    <message>
        <source>Disconnect &amp;all</source>
        <translation>Desconectar &amp;todas</translation>
    </message>
</context>
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
        <source>Address to listen on (default: all interfaces).</source>
        <translation>Endereço em que o servidor vai escutar (padrão: todas as interfaces).</translation>
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
        <source>Unknown reply &quot;%1&quot;: use echo, upper or none.</source>
        <translation>Resposta desconhecida &quot;%1&quot;: use echo, upper ou none.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use pt_BR or en.</source>
        <translation>Idioma desconhecido &quot;%1&quot;: use pt_BR ou en.</translation>
    </message>
    <message>
        <source>--json works with --headless only.</source>
        <translation>--json só funciona junto com --headless.</translation>
    </message>
    <message>
        <source>Unknown --framing value &quot;%1&quot;: use raw (each recv is one message) or line.</source>
        <translation>Valor de --framing desconhecido &quot;%1&quot;: use raw (cada recv é uma mensagem) ou line.</translation>
    </message>
    <message>
        <source>Clients: the server&apos;s name or address (default: 127.0.0.1).</source>
        <translation>Clientes: nome ou endereço do servidor (padrão: 127.0.0.1).</translation>
    </message>
    <message>
        <source>--%1 is for the server modes.</source>
        <translation>--%1 é só para os modos de servidor.</translation>
    </message>
    <message>
        <source>Invalid host &quot;%1&quot;: type a name or an IP address.</source>
        <translation>Host inválido &quot;%1&quot;: digite um nome ou um endereço IP.</translation>
    </message>
    <message>
        <source>Clients: send this text first (tcp-client: on each connection, once connected).</source>
        <translation>Clientes: enviar este texto primeiro (tcp-client: em cada conexão, assim que conectar).</translation>
    </message>
    <message>
        <source>udp-server: ask for this receive buffer size in bytes (SO_RCVBUF); a small one makes loss visible.</source>
        <translation>udp-server: pedir este tamanho de buffer de recepção, em bytes (SO_RCVBUF); um buffer pequeno torna a perda visível.</translation>
    </message>
    <message>
        <source>--report works with --headless only (in the window: File &gt; Export lab report).</source>
        <translation>--report só funciona junto com --headless (na janela: Arquivo &gt; Exportar relatório do laboratório).</translation>
    </message>
    <message>
        <source>--report needs an existing folder: %1</source>
        <translation>--report precisa de uma pasta existente: %1</translation>
    </message>
    <message>
        <source>In the window: at exit, write statistics as JSON to this file (main-thread stalls, time to first frame, what each page received).</source>
        <translation>Na janela: ao sair, gravar estatísticas em JSON neste arquivo (travamentos da thread da janela, tempo até o primeiro quadro, o que cada página recebeu).</translation>
    </message>
    <message>
        <source>--stats-file is for the window (headless runs print every event already).</source>
        <translation>--stats-file é para a janela (sem janela, cada evento já é impresso).</translation>
    </message>
    <message>
        <source>--stats-file needs a file in an existing folder: %1</source>
        <translation>--stats-file precisa de um arquivo em uma pasta existente: %1</translation>
    </message>
    <message>
        <source>Clients: then send this many numbered messages (#1/N …) as fast as possible (%1 to %2).</source>
        <translation>Clientes: depois, enviar esta quantidade de mensagens numeradas (#1/N …) o mais rápido possível (de %1 a %2).</translation>
    </message>
    <message>
        <source>tcp-client: how many connections to open (%1 to %2).</source>
        <translation>tcp-client: quantas conexões abrir (de %1 a %2).</translation>
    </message>
    <message>
        <source>tcp-multi: how many clients may be connected at once (%1 to %2, default %3); the next one is closed at once.</source>
        <translation>tcp-multi: quantos clientes podem estar conectados ao mesmo tempo (de %1 a %2, padrão %3); o seguinte é fechado na hora.</translation>
    </message>
    <message>
        <source>--%1 takes a size in bytes (such as 4096): &quot;%2&quot; is not one.</source>
        <translation>--%1 aceita um tamanho em bytes (como 4096): &quot;%2&quot; não é um.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3: &quot;%4&quot; is not one.</source>
        <translation>--%1 aceita um número de %2 a %3: &quot;%4&quot; não é um.</translation>
    </message>
    <message>
        <source>--%1 takes a size in bytes (such as 4096), with --mode %2.</source>
        <translation>--%1 aceita um tamanho em bytes (como 4096), junto com --mode %2.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3, with --mode %4.</source>
        <translation>--%1 aceita um número de %2 a %3, junto com --mode %4.</translation>
    </message>
    <message>
        <source>Capture the page&apos;s packets where its traffic flows (Linux: every interface, loopback included) and write them to this .pcap file at exit (Wireshark and tshark read it).</source>
        <translation>Capturar os pacotes da página onde o tráfego dela passa (Linux: todas as interfaces, loopback incluída) e gravá-los neste arquivo .pcap ao sair (o Wireshark e o tshark o leem).</translation>
    </message>
    <message>
        <source>--capture needs --mode (the page whose packets it captures).</source>
        <translation>--capture precisa de --mode (a página cujos pacotes ela captura).</translation>
    </message>
    <message>
        <source>--capture %1: not a file that can be written; give a .pcap file in a folder that exists and can be written to.</source>
        <translation>--capture %1: não é um arquivo que possa ser gravado; indique um arquivo .pcap em uma pasta que exista e permita gravação.</translation>
    </message>
    <message>
        <source>With --headless: at exit, write the lab report (README.md: a section per course exercise, the questions with room for the answers) into a new folder inside this one.</source>
        <translation>Com --headless: ao sair, gravar o relatório do laboratório (README.md: uma seção por exercício da disciplina, as perguntas com espaço para as respostas) em uma nova pasta dentro desta.</translation>
    </message>
    <message>
        <source>Mode: tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client.</source>
        <translation>Modo: tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server ou file-client.</translation>
    </message>
    <message>
        <source>Port (default: 65432 for TCP, 65431 for UDP, 12345 for the file modes).</source>
        <translation>Porta (padrão: 65432 para TCP, 65431 para UDP, 12345 para os modos de arquivos).</translation>
    </message>
    <message>
        <source>file-server: the folder to share, read-only (its plain files only; nothing outside it).</source>
        <translation>file-server: a pasta a compartilhar, somente leitura (só os seus arquivos comuns; nada fora dela).</translation>
    </message>
    <message>
        <source>file-client: the name of the file to ask the server for.</source>
        <translation>file-client: o nome do arquivo a pedir ao servidor.</translation>
    </message>
    <message>
        <source>file-client: where to save it (default: the name asked for, in the current folder).</source>
        <translation>file-client: onde salvá-lo (padrão: o nome pedido, na pasta atual).</translation>
    </message>
    <message>
        <source>file-client: replace the --output file if it exists (without it, an existing file is never touched).</source>
        <translation>file-client: substituir o arquivo de --output se ele existir (sem esta opção, um arquivo existente nunca é alterado).</translation>
    </message>
    <message>
        <source>--%1 is for the client modes (tcp-client, udp-client, file-client).</source>
        <translation>--%1 é para os modos cliente (tcp-client, udp-client, file-client).</translation>
    </message>
    <message>
        <source>--headless needs --mode (tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client).</source>
        <translation>--headless precisa de --mode (tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server ou file-client).</translation>
    </message>
    <message>
        <source>--root is for --mode file-server.</source>
        <translation>--root é para --mode file-server.</translation>
    </message>
    <message>
        <source>--%1 is for --mode file-client.</source>
        <translation>--%1 é para --mode file-client.</translation>
    </message>
    <message>
        <source>--mode file-server needs --root with an existing folder: &quot;%1&quot; is not one.</source>
        <translation>--mode file-server precisa de --root com uma pasta existente: &quot;%1&quot; não é uma.</translation>
    </message>
    <message>
        <source>--mode file-client needs --get with the name of the file to ask for.</source>
        <translation>--mode file-client precisa de --get com o nome do arquivo a pedir.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server or file-client.</source>
        <translation>Modo desconhecido &quot;%1&quot;: use tcp-simple, tcp-multi, udp-server, tcp-client, udp-client, file-server ou file-client.</translation>
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
        <source>Abort the selected connection(s): the other side receives a reset (RST)</source>
        <translation>Abortar as conexões selecionadas: o outro lado recebe um reset (RST)</translation>
    </message>
    <message>
        <source>Remove the closed (grey) connections from the table</source>
        <translation>Remover da tabela as conexões fechadas (em cinza)</translation>
    </message>
    <message>
        <source>Forget the peers seen so far</source>
        <translation>Esquecer os pares vistos até agora</translation>
    </message>
    <message>
        <source>Abor&amp;t (RST)</source>
        <translation>A&amp;bortar (RST)</translation>
    </message>
    <message>
        <source>Clear &amp;table</source>
        <translation>&amp;Limpar tabela</translation>
    </message>
    <message>
        <source>Clear clos&amp;ed</source>
        <translation>&amp;Limpar fechadas</translation>
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
    <message>
        <source>Connecting (SYN-SENT)</source>
        <translation>Conectando (SYN-SENT)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
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
    <name>ConversationModel</name>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Address A</source>
        <translation>Endereço A</translation>
    </message>
    <message>
        <source>Port A</source>
        <translation>Porta A</translation>
    </message>
    <message>
        <source>Address B</source>
        <translation>Endereço B</translation>
    </message>
    <message>
        <source>Port B</source>
        <translation>Porta B</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Packets A → B</source>
        <translation>Pacotes A → B</translation>
    </message>
    <message>
        <source>Packets B → A</source>
        <translation>Pacotes B → A</translation>
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
        <source>Invalid address: type an IPv4 address such as 127.0.0.1 or an IPv6 address such as ::1.</source>
        <translation>Endereço inválido: digite um endereço IPv4, como 127.0.0.1, ou um endereço IPv6, como ::1.</translation>
    </message>
    <message>
        <source>This address does not belong to this machine, so the server cannot listen on it. Choose &quot;All interfaces&quot; or one of this machine&apos;s addresses.</source>
        <translation>Este endereço não pertence a esta máquina, então o servidor não pode escutar nele. Escolha &quot;Todas as interfaces&quot; ou um dos endereços desta máquina.</translation>
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
        <source>closed after an error</source>
        <translation>fechada após um erro</translation>
    </message>
    <message>
        <source>Closed after an error</source>
        <translation>Fechada após um erro</translation>
    </message>
    <message>
        <source>A UDP datagram carries at most 65,507 bytes of data: this message is too large to send.</source>
        <translation>Um datagrama UDP carrega no máximo 65.507 bytes de dados: esta mensagem é grande demais para ser enviada.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>rede inacessível</translation>
    </message>
    <message>
        <source>port unreachable</source>
        <translation>porta inacessível</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>%1 of %2 received · %3 missing · %4 duplicated · %5 out of order</source>
        <translation>recebidas: %1 de %2 · faltando: %3 · duplicadas: %4 · fora de ordem: %5</translation>
    </message>
    <message>
        <source>Burst from %1 (%2) finished: %3</source>
        <translation>Rajada de %1 (%2) concluída: %3</translation>
    </message>
    <message>
        <source>Burst from %1 (%2) arriving: %3</source>
        <translation>Rajada de %1 (%2) chegando: %3</translation>
    </message>
    <message>
        <source>UDP socket bound to %1: waiting for datagrams (socket, bind; UDP has no listen and no accept).</source>
        <translation>Socket UDP associado a %1: aguardando datagramas (socket, bind; o UDP não tem listen nem accept).</translation>
    </message>
    <message>
        <source>UDP socket closed: local port %1 is free again.</source>
        <translation>Socket UDP fechado: a porta local %1 está livre novamente.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>Procurando o endereço de &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Connection #%1: connecting to %2 (connect: SYN sent)…</source>
        <translation>Conexão #%1: conectando a %2 (connect: SYN enviado)…</translation>
    </message>
    <message>
        <source>Connection #%1 established with %2 from local port %3 (ephemeral, chosen by the system): three-way handshake done.</source>
        <translation>Conexão #%1 estabelecida com %2 a partir da porta local %3 (efêmera, escolhida pelo sistema): handshake de três vias concluído.</translation>
    </message>
    <message>
        <source>Error: host not found: &quot;%1&quot;. Check the name, or type the IP address.</source>
        <translation>Erro: host não encontrado: &quot;%1&quot;. Verifique o nome ou digite o endereço IP.</translation>
    </message>
    <message>
        <source>Connection #%1 to %2: %3</source>
        <translation>Conexão #%1 com %2: %3</translation>
    </message>
    <message>
        <source>No server answered at %1 (%2); trying the next address of the host.</source>
        <translation>Nenhum servidor respondeu em %1 (%2); tentando o próximo endereço do host.</translation>
    </message>
    <message>
        <source>Now sending to %1, the host&apos;s next address.</source>
        <translation>Agora enviando para %1, o próximo endereço do host.</translation>
    </message>
    <message>
        <source>Nothing is listening on port %1 there: the machine answered with ICMP &quot;port unreachable&quot;. Is the UDP server started, and on this port?</source>
        <translation>Nada está escutando na porta %1 de lá: a máquina respondeu com ICMP &quot;port unreachable&quot; (porta inacessível). O servidor UDP foi iniciado, e nesta porta?</translation>
    </message>
    <message>
        <source>%1 is not reading what this side sends: %2 wait to be sent. Reading from it stops until it catches up (TCP flow control holds it back too); nothing is lost.</source>
        <translation>%1 não está lendo o que este lado envia: %2 aguardam envio. A leitura desse par fica parada até ele alcançar (o controle de fluxo do TCP também o segura); nada se perde.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2 wait for it already, and it is not reading. Send again once it reads.</source>
        <translation>Não enviado para %1: %2 já aguardam por ele, e ele não está lendo. Envie de novo quando ele ler.</translation>
    </message>
    <message>
        <source>%1 is reading again: what waited was sent, and reading from it goes on.</source>
        <translation>%1 voltou a ler: o que aguardava foi enviado, e a leitura desse par continua.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was closed at once: the server already has %n client(s), its limit (Max. clients).</source>
        <translation>
            <numerusform>%1 foi fechado na hora: o servidor já tem %n cliente, o seu limite (Máx. clientes).</numerusform>
            <numerusform>%1 foi fechado na hora: o servidor já tem %n clientes, o seu limite (Máx. clientes).</numerusform>
        </translation>
    </message>
    <message>
        <source>File descriptors are free again: the server accepts new clients.</source>
        <translation>Os descritores de arquivo estão livres de novo: o servidor aceita novos clientes.</translation>
    </message>
    <message>
        <source>Invalid port: type a whole number from %1 to %2 (the course uses %3 for TCP and %4 for UDP).</source>
        <translation>Porta inválida: digite um número inteiro de %1 a %2 (a disciplina usa %3 para TCP e %4 para UDP).</translation>
    </message>
    <message>
        <source>Permission denied for port %1: ports below %2 are reserved for the system administrator. Use a port from %2 to %3, such as %4.</source>
        <translation>Permissão negada para a porta %1: as portas abaixo de %2 são reservadas para o administrador do sistema. Use uma porta de %2 a %3, como a %4.</translation>
    </message>
    <message>
        <source>UDP socket on local port %1 (ephemeral, chosen by the system). connect() to %2 sent no packet and made no connection (UDP has none): it only fixed the destination, so the kernel can report an ICMP port unreachable to this socket.</source>
        <translation>Socket UDP na porta local %1 (efêmera, escolhida pelo sistema). O connect() para %2 não enviou nenhum pacote nem criou conexão (o UDP não tem conexão): ele apenas fixou o destino, para que o kernel possa informar a este socket um ICMP de porta inacessível.</translation>
    </message>
    <message>
        <source>Error: connection refused. That machine&apos;s TCP answered with RST: nothing listens on port %1 there (no server). Is the server started, on this port?</source>
        <translation>Erro: conexão recusada. O TCP daquela máquina respondeu com RST: nada escuta na porta %1 ali (não há servidor). O servidor foi iniciado, nesta porta?</translation>
    </message>
    <message>
        <source>closed by the peer (FIN)</source>
        <translation>fechada pelo outro lado (FIN)</translation>
    </message>
    <message>
        <source>reset by the peer (RST)</source>
        <translation>encerrada com RST pelo outro lado</translation>
    </message>
    <message>
        <source>given up by us while connecting (SYN-SENT)</source>
        <translation>cancelada por nós durante a conexão (SYN-SENT)</translation>
    </message>
    <message>
        <source>Closed by the peer (FIN)</source>
        <translation>Fechada pelo outro lado (FIN)</translation>
    </message>
    <message>
        <source>Reset by the peer (RST)</source>
        <translation>Encerrada com RST</translation>
    </message>
    <message>
        <source>Cancelled while connecting</source>
        <translation>Cancelada ao conectar</translation>
    </message>
</context>
<context>
    <name>FileCapture</name>
    <message>
        <source>Could not capture on %1: %2</source>
        <translation>Não foi possível capturar em %1: %2</translation>
    </message>
</context>
<context>
    <name>FileClientPage</name>
    <message>
        <source>Type the name of the file to ask the server for.</source>
        <translation>Digite o nome do arquivo a pedir ao servidor.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it once the download is complete?</source>
        <translation>%1 já existe. Substituí-lo quando o download estiver completo?</translation>
    </message>
    <message>
        <source>%1 received · %2 · %3</source>
        <translation>%1 recebidos · %2 · %3</translation>
    </message>
    <message>
        <source>SHA-256 of what arrived: %1 (compare it with the server&apos;s)</source>
        <translation>SHA-256 do que chegou: %1 (compare com o do servidor)</translation>
    </message>
    <message>
        <source>File client</source>
        <translation>Cliente de arquivos</translation>
    </message>
    <message>
        <source>Like the course&apos;s file client: connect, send the file&apos;s name and a NUL byte, then recv() until the server closes. One send of a large file arrives as many recv() calls of varying sizes: TCP keeps no message boundaries.</source>
        <translation>Como o cliente de arquivos da disciplina: conectar, enviar o nome do arquivo e um byte NUL, depois recv() até o servidor fechar. Um único envio de um arquivo grande chega em muitas chamadas recv() de tamanhos variados: o TCP não preserva limites de mensagens.</translation>
    </message>
    <message>
        <source>File name on the server</source>
        <translation>Nome do arquivo no servidor</translation>
    </message>
    <message>
        <source>Save &amp;in:</source>
        <translation>Salvar &amp;em:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The file is written to a temporary file first and renamed only when the server has closed normally: an interrupted download leaves no half file behind.</source>
        <translation>O arquivo é gravado primeiro num arquivo temporário e só é renomeado quando o servidor fecha normalmente: um download interrompido não deixa meio arquivo para trás.</translation>
    </message>
    <message>
        <source>The local port (highlighted) is the ephemeral port the system chose for this download&apos;s connection.</source>
        <translation>A porta local (em destaque) é a porta efêmera que o sistema escolheu para a conexão deste download.</translation>
    </message>
</context>
<context>
    <name>FileServerPage</name>
    <message>
        <source>&quot;%1&quot; %2 of %3 (%4)</source>
        <translation>&quot;%1&quot; %2 de %3 (%4)</translation>
    </message>
    <message>
        <source>Clients connected: %1. Each asks for a file by its name; the server sends it and closes.</source>
        <translation>Clientes conectados: %1. Cada um pede um arquivo pelo nome; o servidor o envia e fecha.</translation>
    </message>
    <message>
        <source>Sending now: %1.</source>
        <translation>Enviando agora: %1.</translation>
    </message>
    <message>
        <source>this computer only (%1)</source>
        <translation>somente este computador (%1)</translation>
    </message>
    <message>
        <source>the whole network (%1)</source>
        <translation>toda a rede (%1)</translation>
    </message>
    <message>
        <source>Shared now: the plain files of %1, read-only, to %2.</source>
        <translation>Compartilhado agora: os arquivos comuns de %1, somente leitura, para %2.</translation>
    </message>
    <message>
        <source>Start shares the plain files of %1, read-only, to %2.</source>
        <translation>Iniciar compartilha os arquivos comuns de %1, somente leitura, para %2.</translation>
    </message>
    <message>
        <source>To restrict: address 127.0.0.1, or a folder with less in it.</source>
        <translation>Para restringir: endereço 127.0.0.1, ou uma pasta com menos coisas.</translation>
    </message>
    <message>
        <source>Names with &quot;..&quot;, absolute paths, drive letters, network shares, and links leading out of the folder are refused, and so are devices and folders: the log says why.</source>
        <translation>Nomes com &quot;..&quot;, caminhos absolutos, letras de unidade, compartilhamentos de rede e links que levam para fora da pasta são recusados, assim como dispositivos e pastas: o registro diz por quê.</translation>
    </message>
    <message>
        <source>File server</source>
        <translation>Servidor de arquivos</translation>
    </message>
    <message>
        <source>Like the course&apos;s file server: a name ending in NUL (or a newline) comes in; the file goes out in 4096-byte blocks, then FIN.</source>
        <translation>Como o servidor de arquivos da disciplina: chega um nome terminado em NUL (ou quebra de linha); o arquivo sai em blocos de 4096 bytes, depois o FIN.</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>&amp;Pasta compartilhada:</translation>
    </message>
    <message>
        <source>One row per client: the server&apos;s port is the same for all; each client has its own ephemeral port (highlighted).</source>
        <translation>Uma linha por cliente: a porta do servidor é a mesma para todos; cada cliente tem sua própria porta efêmera (em destaque).</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
</context>
<context>
    <name>GuidedExercises</name>
    <message>
        <source>1. Simple TCP server</source>
        <translation>1. Servidor TCP simples</translation>
    </message>
    <message>
        <source>2. Simple UDP server</source>
        <translation>2. Servidor UDP simples</translation>
    </message>
    <message>
        <source>3. Multi-client TCP server</source>
        <translation>3. Servidor TCP multicliente</translation>
    </message>
    <message>
        <source>4. A classmate&apos;s machine</source>
        <translation>4. A máquina de um colega</translation>
    </message>
    <message>
        <source>Start the simple TCP server</source>
        <translation>Inicie o servidor TCP simples</translation>
    </message>
    <message>
        <source>Connect a client</source>
        <translation>Conecte um cliente</translation>
    </message>
    <message>
        <source>Send a message and get the echo</source>
        <translation>Envie uma mensagem e receba o eco</translation>
    </message>
    <message>
        <source>A second client waits and is served when the first leaves</source>
        <translation>Um segundo cliente aguarda e é atendido quando o primeiro sai</translation>
    </message>
    <message>
        <source>Start the UDP server</source>
        <translation>Inicie o servidor UDP</translation>
    </message>
    <message>
        <source>Send a datagram from a client</source>
        <translation>Envie um datagrama a partir de um cliente</translation>
    </message>
    <message>
        <source>Get the reply (upper case)</source>
        <translation>Receba a resposta (em maiúsculas)</translation>
    </message>
    <message>
        <source>Send a burst and see what was lost</source>
        <translation>Envie uma rajada e veja o que se perdeu</translation>
    </message>
    <message>
        <source>Start the multi-client server</source>
        <translation>Inicie o servidor multicliente</translation>
    </message>
    <message>
        <source>Connect three clients</source>
        <translation>Conecte três clientes</translation>
    </message>
    <message>
        <source>Compare the ports: one server port, three client ports</source>
        <translation>Compare as portas: uma porta do servidor, três portas de clientes</translation>
    </message>
    <message>
        <source>Send to all clients</source>
        <translation>Envie para todos os clientes</translation>
    </message>
    <message>
        <source>Guided exercises</source>
        <translation>Exercícios guiados</translation>
    </message>
    <message>
        <source>Both: see this machine&apos;s addresses (Network tools) and tell them to your classmate</source>
        <translation>Os dois: veja os endereços desta máquina (Ferramentas de rede) e passe-os ao colega</translation>
    </message>
    <message>
        <source>Who serves: start a server on all interfaces (0.0.0.0)</source>
        <translation>Quem serve: inicie um servidor em todas as interfaces (0.0.0.0)</translation>
    </message>
    <message>
        <source>Who serves: see the classmate&apos;s connection in the table (their address, their port)</source>
        <translation>Quem serve: veja a conexão do colega na tabela (o endereço e a porta dele)</translation>
    </message>
    <message>
        <source>Who connects: check the classmate&apos;s port (Network tools)</source>
        <translation>Quem conecta: verifique a porta do colega (Ferramentas de rede)</translation>
    </message>
    <message>
        <source>Who connects: connect to the classmate&apos;s server by its address</source>
        <translation>Quem conecta: conecte-se ao servidor do colega pelo endereço dele</translation>
    </message>
    <message>
        <source>Both: see that connection in the capture (Packets)</source>
        <translation>Os dois: veja essa conexão na captura (Pacotes)</translation>
    </message>
    <message>
        <source>5. File transfer</source>
        <translation>5. Transferência de arquivos</translation>
    </message>
    <message>
        <source>Start the file server</source>
        <translation>Iniciar o servidor de arquivos</translation>
    </message>
    <message>
        <source>Download a file and compare the SHA-256 on both sides</source>
        <translation>Baixar um arquivo e comparar o SHA-256 dos dois lados</translation>
    </message>
    <message>
        <source>Ask for a name outside the folder (../) and see it refused</source>
        <translation>Pedir um nome fora da pasta (../) e ver a recusa</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>Lab report written to %1.</source>
        <translation>Relatório do laboratório gravado em %1.</translation>
    </message>
    <message>
        <source>Capturing on %1 for %2.</source>
        <translation>Capturando em %1 para %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written to %1.</source>
        <translation>
            <numerusform>%n pacote gravado em %1.</numerusform>
            <numerusform>%n pacotes gravados em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>The help for this page is missing.</source>
        <translation>A ajuda desta página está faltando.</translation>
    </message>
    <message>
        <source>Guided exercises: %1 of %2 steps done</source>
        <translation>Exercícios guiados: %1 de %2 passos concluídos</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Guided exercises</source>
        <translation>Exercícios guiados</translation>
    </message>
</context>
<context>
    <name>HexDumpView</name>
    <message>
        <source>Packet bytes</source>
        <translation>Bytes do pacote</translation>
    </message>
</context>
<context>
    <name>HostProblemText</name>
    <message>
        <source>The port goes in its own field: type only the name or the address here, such as 127.0.0.1 or ::1.</source>
        <translation>A porta vai no campo próprio: digite aqui só o nome ou o endereço, como 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>This is not an IP address: an IPv4 address is four numbers from 0 to 255 separated by dots, such as 192.168.0.12; an IPv6 address looks like ::1.</source>
        <translation>Isto não é um endereço IP: um endereço IPv4 tem quatro números de 0 a 255 separados por pontos, como 192.168.0.12; um endereço IPv6 se parece com ::1.</translation>
    </message>
    <message>
        <source>A host name has only letters, digits, hyphens and dots, such as lab-pc or exemplo.com.br; or type the IP address.</source>
        <translation>Um nome de host tem só letras, dígitos, hífens e pontos, como lab-pc ou exemplo.com.br; ou digite o endereço IP.</translation>
    </message>
    <message>
        <source>0.0.0.0 and :: mean &quot;any address&quot; to a server that listens; to reach this machine, type 127.0.0.1 or ::1.</source>
        <translation>0.0.0.0 e :: significam &quot;qualquer endereço&quot; para um servidor que escuta; para chegar a esta máquina, digite 127.0.0.1 ou ::1.</translation>
    </message>
</context>
<context>
    <name>LabJournal</name>
    <message>
        <source>Connection %1 accepted (from %2)</source>
        <translation>Conexão %1 aceita (de %2)</translation>
    </message>
    <message>
        <source>Connection %1 established (local port %2)</source>
        <translation>Conexão %1 estabelecida (porta local %2)</translation>
    </message>
    <message>
        <source>Connection %1 closed</source>
        <translation>Conexão %1 fechada</translation>
    </message>
    <message>
        <source>At export</source>
        <translation>Na exportação</translation>
    </message>
</context>
<context>
    <name>LabPage</name>
    <message>
        <source>Listening on %1. Clients can connect to: %2</source>
        <translation>Escutando em %1. Os clientes podem se conectar a: %2</translation>
    </message>
    <message>
        <source>Bound to %1. Clients can send datagrams to: %2</source>
        <translation>Associado a %1. Os clientes podem enviar datagramas para: %2</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message>
        <source>Socket calls</source>
        <translation>Chamadas de socket</translation>
    </message>
    <message>
        <source>Kernel states</source>
        <translation>Estados do kernel</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>Estados TCP</translation>
    </message>
    <message>
        <source>Connection #%1: the states it went through are blue; where it is now is filled.</source>
        <translation>Conexão #%1: os estados por onde ela passou estão em azul; o estado atual aparece preenchido.</translation>
    </message>
    <message>
        <source>Log</source>
        <comment>view tab: the message log</comment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>view tab: socket calls</comment>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>States</source>
        <comment>view tab: kernel socket states</comment>
        <translation>Estados</translation>
    </message>
    <message>
        <source>TCP diagram</source>
        <comment>view tab: the TCP state machine</comment>
        <translation>Diagrama TCP</translation>
    </message>
    <message>
        <source>Packets</source>
        <comment>view tab: packet capture</comment>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>Packet capture</source>
        <translation>Captura de pacotes</translation>
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
        <source>UDP server</source>
        <translation>Servidor UDP</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>Cliente TCP</translation>
    </message>
    <message>
        <source>UDP client</source>
        <translation>Cliente UDP</translation>
    </message>
    <message>
        <source>File server</source>
        <translation>Servidor de arquivos</translation>
    </message>
    <message>
        <source>File client</source>
        <translation>Cliente de arquivos</translation>
    </message>
</context>
<context>
    <name>LabReport</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>… %1 packets in %2 s: %3 →, %4 ← (data segments and ACKs; every one is in the packet list) …</source>
        <translation>… %1 pacotes em %2 s: %3 →, %4 ← (segmentos de dados e ACKs; cada um está na lista de pacotes) …</translation>
    </message>
</context>
<context>
    <name>LadderDiagram</name>
    <message>
        <source>Ladder diagram</source>
        <translation>Diagrama em escada</translation>
    </message>
    <message>
        <source>Choose a conversation to see its packets as a ladder</source>
        <translation>Escolha uma conversa para ver os pacotes dela em forma de escada</translation>
    </message>
</context>
<context>
    <name>LocalAddressModel</name>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>up · this machine only (loopback)</source>
        <translation>ativa · somente esta máquina (loopback)</translation>
    </message>
    <message>
        <source>up · link-local (this network segment)</source>
        <translation>ativa · link-local (somente este segmento de rede)</translation>
    </message>
    <message>
        <source>up · reachable from the network</source>
        <translation>ativa · acessível pela rede</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes of each message in hexadecimal</source>
        <translation>Mostrar os bytes de cada mensagem em hexadecimal</translation>
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
    <message>
        <source>Only the selected rows</source>
        <translation>Somente as linhas selecionadas</translation>
    </message>
    <message>
        <source>Show only the messages of the connections (or peers) selected in the table</source>
        <translation>Mostrar somente as mensagens das conexões (ou pares) selecionadas na tabela</translation>
    </message>
    <message numerus="yes">
        <source>%Ln older message(s) dropped from this log to keep memory bounded (the log keeps the last %1). The connection table still counts every byte.</source>
        <translation>
            <numerusform>%Ln mensagem mais antiga foi descartada deste registro para limitar o uso de memória (o registro guarda as últimas %1). A tabela de conexões continua contando todos os bytes.</numerusform>
            <numerusform>%Ln mensagens mais antigas foram descartadas deste registro para limitar o uso de memória (o registro guarda as últimas %1). A tabela de conexões continua contando todos os bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Screenshot of the window</source>
        <translation>Captura de tela da &amp;janela</translation>
    </message>
    <message>
        <source>Screenshot of the current &amp;view</source>
        <translation>Captura de tela da &amp;vista atual</translation>
    </message>
    <message>
        <source>Screenshot &amp;folder…</source>
        <translation>&amp;Pasta das capturas de tela…</translation>
    </message>
    <message>
        <source>Export lab &amp;report…</source>
        <translation>Exportar relató&amp;rio do laboratório…</translation>
    </message>
    <message>
        <source>A README.md with the tables, the messages, the packets and pictures, ready for the lab report</source>
        <translation>Um README.md com as tabelas, as mensagens, os pacotes e imagens, pronto para o relatório do laboratório</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Zoom &amp;in (projector)</source>
        <translation>&amp;Aumentar (projetor)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Diminuir</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamanho &amp;normal</translation>
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
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Help and guided exercises</source>
        <translation>Ajuda e exercícios guiados</translation>
    </message>
    <message>
        <source>Help and guided &amp;exercises</source>
        <translation>Ajuda e &amp;exercícios guiados</translation>
    </message>
    <message>
        <source>&amp;About SocketLab</source>
        <translation>&amp;Sobre o SocketLab</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About SocketLab</source>
        <translation>Sobre o SocketLab</translation>
    </message>
    <message>
        <source>SocketLab %1

A socket laboratory for computer networks classes: TCP and UDP servers and clients, their connections and their messages, side by side.</source>
        <translation>SocketLab %1

Um laboratório de sockets para as aulas de redes de computadores: servidores e clientes TCP e UDP, suas conexões e suas mensagens, lado a lado.</translation>
    </message>
</context>
<context>
    <name>MessageComposer</name>
    <message>
        <source>No client is connected yet.</source>
        <translation>Ainda não há nenhum cliente conectado.</translation>
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
    <message>
        <source>No peer has sent a datagram yet.</source>
        <translation>Ainda nenhum par enviou um datagrama.</translation>
    </message>
    <message>
        <source>Nothing is open yet.</source>
        <translation>Ainda não há nada aberto.</translation>
    </message>
    <message>
        <source>Select a row in the table first.</source>
        <translation>Primeiro selecione uma linha na tabela.</translation>
    </message>
    <message>
        <source>To the selected peer(s)</source>
        <translation>Para os pares selecionados</translation>
    </message>
    <message>
        <source>To all peers</source>
        <translation>Para todos os pares</translation>
    </message>
    <message>
        <source>On the selected connection(s)</source>
        <translation>Nas conexões selecionadas</translation>
    </message>
    <message>
        <source>On all connections</source>
        <translation>Em todas as conexões</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar para</translation>
    </message>
    <message>
        <source>A message holds at most %1 characters: what was typed or pasted beyond that was left out.</source>
        <translation>Uma mensagem tem no máximo %1 caracteres: o que foi digitado ou colado além disso ficou de fora.</translation>
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
    <name>NetworkToolsPage</name>
    <message numerus="yes">
        <source>Checking %n port(s) of %1…</source>
        <translation>
            <numerusform>Verificando %n porta de %1…</numerusform>
            <numerusform>Verificando %n portas de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: host not found: &quot;%1&quot;. Check the name, or type the IP address.</source>
        <translation>Erro: host não encontrado: &quot;%1&quot;. Verifique o nome ou digite o endereço IP.</translation>
    </message>
    <message>
        <source>Another machine</source>
        <translation>Outra máquina</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot;…</source>
        <translation>Procurando o endereço de &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>%1: %2 open, %3 closed, %4 filtered, %5 open or filtered.</source>
        <translation>%1 — abertas: %2; fechadas: %3; filtradas: %4; abertas ou filtradas: %5.</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Verificação cancelada. %1</translation>
    </message>
    <message>
        <source>Another machine (a classmate&apos;s)</source>
        <translation>Outra máquina (a de um colega)</translation>
    </message>
    <message>
        <source>1. The one with the server starts it on &quot;All interfaces&quot; and reads its address on the left. 2. The other checks that the port is open (right), then connects with the client pages. 3. No answer at all? Same network? Firewall? The right IP? Wireshark&apos;s display filter tcp.port == 65432 shows what arrives.</source>
        <translation>1. Quem tem o servidor o inicia em &quot;Todas as interfaces&quot; e lê o seu endereço à esquerda. 2. O outro verifica se a porta está aberta (à direita) e depois conecta pelas páginas de cliente. 3. Nenhuma resposta? Mesma rede? Firewall? O IP certo? O filtro de exibição do Wireshark tcp.port == 65432 mostra o que chega.</translation>
    </message>
</context>
<context>
    <name>PacketDetailsView</name>
    <message>
        <source>Packet details</source>
        <translation>Detalhes do pacote</translation>
    </message>
    <message>
        <source>Link: %1 (TCP/IP: network access layer · OSI: layer 2, data link)</source>
        <translation>Enlace: %1 (TCP/IP: camada de acesso à rede · OSI: camada 2, enlace de dados)</translation>
    </message>
    <message>
        <source>Network: %1 (TCP/IP: internet layer · OSI: layer 3, network)</source>
        <translation>Rede: %1 (TCP/IP: camada de internet · OSI: camada 3, rede)</translation>
    </message>
    <message>
        <source>Transport: %1 (TCP/IP and OSI: layer 4, transport)</source>
        <translation>Transporte: %1 (TCP/IP e OSI: camada 4, transporte)</translation>
    </message>
    <message>
        <source>Application data: %1 (TCP/IP: application layer · OSI: layers 5 to 7)</source>
        <translation>Dados da aplicação: %1 (TCP/IP: camada de aplicação · OSI: camadas 5 a 7)</translation>
    </message>
    <message>
        <source>[Problem: %1]</source>
        <translation>[Problema: %1]</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) on the wire</source>
        <translation>
            <numerusform>%n byte na rede</numerusform>
            <numerusform>%n bytes na rede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) captured</source>
        <translation>
            <numerusform>%n byte capturado</numerusform>
            <numerusform>%n bytes capturados</numerusform>
        </translation>
    </message>
    <message>
        <source>Frame %1: %2, %3</source>
        <translation>Quadro %1: %2, %3</translation>
    </message>
</context>
<context>
    <name>PacketListModel</name>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>PageCapture</name>
    <message>
        <source>This capture filter is not valid: %1</source>
        <translation>Este filtro de captura não é válido: %1</translation>
    </message>
    <message>
        <source>Capturing on %1 with the filter &quot;%2&quot;.</source>
        <translation>Capturando em %1 com o filtro &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>This interface does not exist (any more): choose another one.</source>
        <translation>Esta interface não existe (mais): escolha outra.</translation>
    </message>
    <message>
        <source>This interface is down: choose one that is up, such as lo.</source>
        <translation>Esta interface está desativada: escolha uma que esteja ativa, como a lo.</translation>
    </message>
    <message>
        <source>The capture stopped: %1</source>
        <translation>A captura foi interrompida: %1</translation>
    </message>
    <message>
        <source>The oldest packets were dropped from the list to keep memory bounded: %1 so far (it keeps the last %2).</source>
        <translation>Os pacotes mais antigos foram descartados da lista para limitar a memória: %1 até agora (ela guarda os últimos %2).</translation>
    </message>
    <message>
        <source>Capturing on %1 with the filter &quot;%2&quot;, through Wireshark&apos;s dumpcap.</source>
        <translation>Capturando em %1 com o filtro &quot;%2&quot;, por meio do dumpcap do Wireshark.</translation>
    </message>
    <message numerus="yes">
        <source>Capture stopped: %n packet(s),</source>
        <translation>
            <numerusform>Captura parada: %n pacote,</numerusform>
            <numerusform>Captura parada: %n pacotes,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped by the kernel.</source>
        <translation>
            <numerusform>%n descartado pelo kernel.</numerusform>
            <numerusform>%n descartados pelo kernel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capture stopped: %n packet(s).</source>
        <translation>
            <numerusform>Captura parada: %n pacote.</numerusform>
            <numerusform>Captura parada: %n pacotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wireshark&apos;s dumpcap may not capture either (%1).</source>
        <translation>O dumpcap do Wireshark também não pode capturar (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) saved to %1: open it in Wireshark, or with tshark -r.</source>
        <translation>
            <numerusform>%n pacote salvo em %1: abra no Wireshark, ou com tshark -r.</numerusform>
            <numerusform>%n pacotes salvos em %1: abra no Wireshark, ou com tshark -r.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) read from %1.</source>
        <translation>
            <numerusform>%n pacote lido de %1.</numerusform>
            <numerusform>%n pacotes lidos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: the folder does not exist or cannot be written to; choose another one.</source>
        <translation>Não foi possível salvar %1: a pasta não existe ou não permite gravação; escolha outra.</translation>
    </message>
    <message>
        <source>Could not open %1: the file does not exist, cannot be read, or is not a capture file (.pcap or .pcapng).</source>
        <translation>Não foi possível abrir %1: o arquivo não existe, não pode ser lido ou não é um arquivo de captura (.pcap ou .pcapng).</translation>
    </message>
    <message>
        <source>Could not read %1 to the end: the capture file is damaged or cut short.</source>
        <translation>Não foi possível ler %1 até o fim: o arquivo de captura está danificado ou incompleto.</translation>
    </message>
    <message>
        <source>%1 — all interfaces</source>
        <comment>capture interface: Linux&apos;s any</comment>
        <translation>%1 — todas as interfaces</translation>
    </message>
    <message>
        <source>%1 — only this machine (%2)</source>
        <comment>capture interface: loopback</comment>
        <translation>%1 — só esta máquina (%2)</translation>
    </message>
    <message>
        <source>%1 — no IP address</source>
        <comment>capture interface without addresses</comment>
        <translation>%1 — sem endereço IP</translation>
    </message>
    <message>
        <source>choose &quot;%1&quot; in the Interface list to see its packets.</source>
        <translation>escolha &quot;%1&quot; na lista Interface para ver os pacotes dela.</translation>
    </message>
    <message>
        <source>choose &quot;%1&quot; or &quot;%2&quot; in the Interface list to see its packets.</source>
        <translation>escolha &quot;%1&quot; ou &quot;%2&quot; na lista Interface para ver os pacotes dela.</translation>
    </message>
    <message>
        <source>The connection %1 ↔ %2 crosses %3, not the interface captured (%4):</source>
        <translation>A conexão %1 ↔ %2 passa por %3, não pela interface capturada (%4):</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>#</source>
        <comment>peer number column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Endereço do par</translation>
    </message>
    <message>
        <source>Peer port</source>
        <translation>Porta do par</translation>
    </message>
    <message>
        <source>Datagrams in</source>
        <translation>Datagramas recebidos</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>Datagrams out</source>
        <translation>Datagramas enviados</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primeiro contato</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Último contato</translation>
    </message>
    <message>
        <source>Peer #%1: %2 (learned from its datagrams; UDP keeps no connection)</source>
        <translation>Par #%1: %2 (conhecido pelos seus datagramas; o UDP não mantém conexão)</translation>
    </message>
</context>
<context>
    <name>PlatformFacts</name>
    <message>
        <source>Packet capture needs permission (the CAP_NET_RAW and CAP_NET_ADMIN capabilities); the rest of SocketLab works without it. Two usual ways: give the installed program the capabilities, once: sudo setcap cap_net_raw,cap_net_admin=eip /usr/bin/socketlab — or let Wireshark&apos;s dumpcap capture for you: sudo dpkg-reconfigure wireshark-common (answer yes), sudo usermod -aG wireshark $USER, log in again; SocketLab then captures through dumpcap.</source>
        <translation>A captura de pacotes precisa de permissão (as capacidades CAP_NET_RAW e CAP_NET_ADMIN); o resto do SocketLab funciona sem ela. Dois caminhos usuais: dar as capacidades ao programa instalado, uma vez: sudo setcap cap_net_raw,cap_net_admin=eip /usr/bin/socketlab — ou deixar o dumpcap do Wireshark capturar por você: sudo dpkg-reconfigure wireshark-common (responda sim), sudo usermod -aG wireshark $USER, entre de novo na sessão; o SocketLab passa a capturar pelo dumpcap.</translation>
    </message>
    <message>
        <source>SocketLab captures packets through Wireshark&apos;s dumpcap. Install Wireshark from wireshark.org and, when its installer asks, Npcap with &quot;Support loopback traffic&quot; ticked (the lab&apos;s traffic on 127.0.0.1 goes through Npcap&apos;s loopback adapter); then restart SocketLab. The rest of SocketLab works without it.</source>
        <translation>O SocketLab captura pacotes pelo dumpcap do Wireshark. Instale o Wireshark de wireshark.org e, quando o instalador perguntar, o Npcap com &quot;Support loopback traffic&quot; marcado (o tráfego do laboratório em 127.0.0.1 passa pelo adaptador de loopback do Npcap); depois reinicie o SocketLab. O resto do SocketLab funciona sem ele.</translation>
    </message>
</context>
<context>
    <name>PortCheckModel</name>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrada</translation>
    </message>
    <message>
        <source>open or filtered</source>
        <translation>aberta ou filtrada</translation>
    </message>
    <message>
        <source>it answered</source>
        <translation>respondeu</translation>
    </message>
    <message>
        <source>refused (RST): nothing listens there</source>
        <translation>recusada (RST): nada está escutando nessa porta</translation>
    </message>
    <message>
        <source>ICMP port unreachable: nothing listens there</source>
        <translation>ICMP port unreachable (porta inacessível): nada está escutando nessa porta</translation>
    </message>
    <message>
        <source>no answer: UDP cannot tell an open port that stays silent from a firewall</source>
        <translation>sem resposta: com UDP, não dá para distinguir uma porta aberta que fica em silêncio de um firewall</translation>
    </message>
    <message>
        <source>no answer in time: a firewall drops the packets, or the machine is not there</source>
        <translation>sem resposta a tempo: um firewall descarta os pacotes, ou não há máquina nesse endereço</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>rede inacessível</translation>
    </message>
    <message>
        <source>not permitted here</source>
        <translation>não permitido aqui</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tempo (ms)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>PortCheckPanel</name>
    <message>
        <source>Type the machine&apos;s name or IP address, such as a classmate&apos;s 192.168.0.12.</source>
        <translation>Digite o nome ou o endereço IP da máquina, como o de um colega: 192.168.0.12.</translation>
    </message>
    <message>
        <source>Type the port to check, such as 65432; or a list (22, 80, 443) or a range (8000-8010).</source>
        <translation>Digite a porta a verificar, como 65432; ou uma lista (22, 80, 443) ou uma faixa (8000-8010).</translation>
    </message>
    <message>
        <source>Ports are numbers: one (65432), a list (22, 80, 443) or a range (8000-8010).</source>
        <translation>Portas são números: uma (65432), uma lista (22, 80, 443) ou uma faixa (8000-8010).</translation>
    </message>
    <message>
        <source>A range goes from the lower port to the higher one, such as 8000-8010.</source>
        <translation>Uma faixa vai da porta menor até a maior, como 8000-8010.</translation>
    </message>
    <message>
        <source>At most %1 ports per check: this checks a classmate&apos;s server, it does not sweep a machine.</source>
        <translation>No máximo %1 portas por verificação: isto verifica o servidor de um colega, não faz uma varredura da máquina.</translation>
    </message>
    <message>
        <source>Is the port open? (port check)</source>
        <translation>A porta está aberta? (verificação de porta)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host to check</source>
        <translation>Host a verificar</translation>
    </message>
    <message>
        <source>P&amp;orts:</source>
        <translation>&amp;Portas:</translation>
    </message>
    <message>
        <source>Ports to check</source>
        <translation>Portas a verificar</translation>
    </message>
    <message>
        <source>TCP: a connection attempt per port. UDP: one empty datagram per port</source>
        <translation>TCP: uma tentativa de conexão por porta. UDP: um datagrama vazio por porta</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>What nmap answers, only for the host and ports you type: for each port, TCP tries the three-way handshake and, if it completes, resets the connection at once. Open: a server accepted. Closed: the machine answered with RST. Filtered: no answer (a firewall, or no machine).</source>
        <translation>O que o nmap responde, só para o host e as portas que você digitar: para cada porta, o TCP tenta o handshake de três vias e, se ele se completa, reseta a conexão na hora. Aberta: um servidor aceitou. Fechada: a máquina respondeu com RST. Filtrada: nenhuma resposta (um firewall, ou nenhuma máquina).</translation>
    </message>
    <message>
        <source>Protocol to check</source>
        <translation>Protocolo a verificar</translation>
    </message>
    <message>
        <source>Port check results</source>
        <translation>Resultados da verificação de porta</translation>
    </message>
    <message>
        <source>One port (65432), a list (22, 80, 443) or a range (8000-8010); at most %1 ports</source>
        <translation>Uma porta (65432), uma lista (22, 80, 443) ou uma faixa (8000-8010); no máximo %1 portas</translation>
    </message>
    <message>
        <source>Ports go from %1 to %2.</source>
        <translation>As portas vão de %1 a %2.</translation>
    </message>
    <message>
        <source>UDP has no handshake: a closed port answers with ICMP &quot;port unreachable&quot;, but an open port that does not reply looks the same as a filtered one or an address where no machine is (open or filtered).</source>
        <translation>O UDP não tem handshake: uma porta fechada responde com ICMP &quot;port unreachable&quot; (porta inacessível), mas uma porta aberta que não responde parece igual a uma filtrada ou a um endereço onde não há máquina nenhuma (aberta ou filtrada).</translation>
    </message>
</context>
<context>
    <name>PrimitiveTimelineModel</name>
    <message>
        <source>SOCKET creates a communication endpoint: a new socket of a type (TCP stream or UDP datagram), not yet tied to any address.</source>
        <translation>SOCKET cria um ponto de comunicação (endpoint): um novo socket de um tipo (fluxo TCP ou datagrama UDP), ainda não associado a nenhum endereço.</translation>
    </message>
    <message>
        <source>BIND gives the socket its local address and port. A server binds a known port so clients can find it; a client usually lets the system pick an ephemeral port.</source>
        <translation>BIND dá ao socket o seu endereço local e a sua porta local. Um servidor se associa a uma porta conhecida para que os clientes possam encontrá-lo; um cliente normalmente deixa o sistema escolher uma porta efêmera.</translation>
    </message>
    <message>
        <source>LISTEN turns a TCP socket into a server socket that waits for connections; the kernel completes handshakes and queues them in the backlog.</source>
        <translation>LISTEN transforma um socket TCP em um socket servidor que aguarda conexões; o kernel completa os handshakes e coloca as conexões na fila de conexões pendentes (backlog).</translation>
    </message>
    <message>
        <source>ACCEPT takes one completed connection from the backlog and returns a NEW socket for it (its own 4-tuple); the listening socket goes on listening.</source>
        <translation>ACCEPT retira uma conexão completa da fila de conexões pendentes (backlog) e devolve um socket NOVO para ela (com a sua própria quádrupla); o socket que está escutando continua escutando.</translation>
    </message>
    <message>
        <source>CONNECT asks for a connection to a server&apos;s address and port: for TCP, the three-way handshake (SYN, SYN-ACK, ACK). For UDP it only sets the default destination.</source>
        <translation>CONNECT pede uma conexão ao endereço e à porta de um servidor: no TCP, é o handshake de três vias (SYN, SYN-ACK, ACK). No UDP, apenas define o destino padrão.</translation>
    </message>
    <message>
        <source>SEND hands bytes to the kernel for the connection; TCP delivers them in order, but may split or merge them on the way.</source>
        <translation>SEND passa bytes ao kernel para a conexão; o TCP os entrega em ordem, mas pode dividi-los ou juntá-los no caminho.</translation>
    </message>
    <message>
        <source>RECEIVE (recv) takes the bytes that arrived; with TCP one recv may return part of a message, or several messages together.</source>
        <translation>RECEIVE (recv) pega os bytes que chegaram; no TCP, um recv pode devolver parte de uma mensagem ou várias mensagens juntas.</translation>
    </message>
    <message>
        <source>SENDTO sends one datagram to an address and port: no connection, no guarantee that it arrives.</source>
        <translation>SENDTO envia um datagrama para um endereço e uma porta: sem conexão, sem garantia de que ele chegue.</translation>
    </message>
    <message>
        <source>RECVFROM takes one datagram and tells who sent it (address and port): that is how a UDP server learns its peers.</source>
        <translation>RECVFROM pega um datagrama e informa quem o enviou (endereço e porta): é assim que um servidor UDP conhece os seus pares.</translation>
    </message>
    <message>
        <source>CLOSE releases the socket: for TCP the connection is closed (FIN, or RST when aborted).</source>
        <translation>CLOSE libera o socket: no TCP, a conexão é fechada (FIN, ou RST quando ela é abortada).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>#</source>
        <comment>connection number column</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Qt socket state</source>
        <translation>Estado do socket no Qt</translation>
    </message>
    <message>
        <source>backlog %1</source>
        <translation>backlog %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>new socket for %1</source>
        <translation>novo socket para %1</translation>
    </message>
    <message>
        <source>SYN sent, waiting</source>
        <translation>SYN enviado, aguardando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>datagram sent</source>
        <translation>datagrama enviado</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>This UDP socket is connect()ed: Qt calls that ConnectedState and ss shows ESTAB, but no packet was exchanged and no connection exists. connect() only fixed the destination (and the ephemeral port), so SEND needs no address and the kernel reports an ICMP port unreachable to this socket.</source>
        <translation>Este socket UDP passou por connect(): o Qt chama isso de ConnectedState e o ss mostra ESTAB, mas nenhum pacote foi trocado e não existe conexão. O connect() apenas fixou o destino (e a porta efêmera); por isso o SEND não precisa de endereço e o kernel informa a este socket um ICMP de porta inacessível.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln message(s))</source>
        <translation>
            <numerusform>%1 (%Ln mensagem)</numerusform>
            <numerusform>%1 (%Ln mensagens)</numerusform>
        </translation>
    </message>
    <message>
        <source>destination fixed, no packet sent</source>
        <translation>destino fixado, nenhum pacote enviado</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln call(s)</source>
        <translation>
            <numerusform>%1 em %Ln chamada</numerusform>
            <numerusform>%1 em %Ln chamadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrimitivesPanel</name>
    <message>
        <source>The socket calls behind each step, in order, as the course&apos;s table names them. Select rows in the table to see only their calls; hover a call to read what it does.</source>
        <translation>As chamadas de socket por trás de cada passo, em ordem, com os nomes da tabela da disciplina. Selecione linhas na tabela para ver somente as chamadas delas; passe o mouse sobre uma chamada para ler o que ela faz.</translation>
    </message>
    <message>
        <source>Socket calls</source>
        <translation>Chamadas de socket</translation>
    </message>
</context>
<context>
    <name>QtSocketStateProxy</name>
    <message>
        <source>unconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>looking up the host</source>
        <translation>procurando o host</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>bound (bind)</source>
        <translation>vinculado (bind)</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escutando</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>fechando</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>The PDF needs the window (fonts): only README.md was written.</source>
        <translation>O PDF precisa da janela (fontes): só o README.md foi gravado.</translation>
    </message>
    <message>
        <source>Sockets lab report</source>
        <translation>Relatório do laboratório de sockets</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>Screenshotter</name>
    <message>
        <source>The screenshot folder does not exist: choose one.</source>
        <translation>A pasta das capturas de tela não existe: escolha uma.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder is writable.</source>
        <translation>Não foi possível gravar %1: verifique se a pasta permite gravação.</translation>
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
    <message>
        <source>Small receive buffer</source>
        <translation>Buffer de recepção pequeno</translation>
    </message>
    <message>
        <source>Ask the system for a tiny receive buffer (SO_RCVBUF): under a burst, datagrams that do not fit are dropped by the kernel, and the loss becomes visible</source>
        <translation>Pedir ao sistema um buffer de recepção minúsculo (SO_RCVBUF): durante uma rajada, os datagramas que não couberem são descartados pelo kernel, e a perda fica visível</translation>
    </message>
    <message>
        <source>Stop the server and close its socket</source>
        <translation>Parar o servidor e fechar o socket dele</translation>
    </message>
    <message>
        <source>Start the server (socket, bind)</source>
        <translation>Iniciar o servidor (socket, bind)</translation>
    </message>
    <message>
        <source>Ma&amp;x. clients:</source>
        <translation>Máx. &amp;clientes:</translation>
    </message>
    <message>
        <source>How many clients may be connected at once; the next one is closed at once and the log says why</source>
        <translation>Quantos clientes podem estar conectados ao mesmo tempo; o seguinte é fechado na hora, e o registro diz por quê</translation>
    </message>
    <message>
        <source>Maximum number of clients</source>
        <translation>Número máximo de clientes</translation>
    </message>
    <message>
        <source>TCP port, %1 to %2 (the course uses 65432)</source>
        <translation>Porta TCP, de %1 a %2 (a disciplina usa 65432)</translation>
    </message>
    <message>
        <source>UDP port, %1 to %2 (the course uses 65431)</source>
        <translation>Porta UDP, de %1 a %2 (a disciplina usa 65431)</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates the socket, binds it to the address and port, and listens.</source>
        <translation>O servidor está parado. Clique em Iniciar: o SocketLab cria o socket, associa-o ao endereço e à porta (bind) e começa a escutar (listen).</translation>
    </message>
    <message>
        <source>The server is stopped. Press Start: SocketLab creates a UDP socket and binds it to the address and port.</source>
        <translation>O servidor está parado. Clique em Iniciar: o SocketLab cria um socket UDP e o associa ao endereço e à porta (bind).</translation>
    </message>
</context>
<context>
    <name>SocketStateModel</name>
    <message>
        <source>Bytes received that the program has not read yet. On a LISTEN socket: connections waiting for accept().</source>
        <translation>Bytes recebidos que o programa ainda não leu. Em um socket em LISTEN: conexões aguardando o accept().</translation>
    </message>
    <message>
        <source>Bytes sent that the peer has not acknowledged yet. On a LISTEN socket: the backlog limit.</source>
        <translation>Bytes enviados que o par ainda não confirmou. Em um socket em LISTEN: o limite da fila de conexões pendentes (backlog).</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
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
        <source>Remote address</source>
        <translation>Endereço remoto</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>Porta remota</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <comment>ss column: receive queue</comment>
        <translation>Recv-Q</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <comment>ss column: send queue</comment>
        <translation>Send-Q</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>%1 (waiting in the backlog)</source>
        <comment>socket state</comment>
        <translation>%1 (esperando na fila do backlog)</translation>
    </message>
    <message>
        <source>A server socket waiting for connections (after listen()).</source>
        <translation>Um socket servidor aguardando conexões (depois de listen()).</translation>
    </message>
    <message>
        <source>The client sent SYN (connect()) and waits for the server&apos;s SYN+ACK.</source>
        <translation>O cliente enviou SYN (connect()) e aguarda o SYN+ACK do servidor.</translation>
    </message>
    <message>
        <source>The server received a SYN and answered SYN+ACK; it waits for the client&apos;s ACK to complete the handshake.</source>
        <translation>O servidor recebeu um SYN e respondeu com SYN+ACK; aguarda o ACK do cliente para completar o handshake.</translation>
    </message>
    <message>
        <source>The three-way handshake is complete: both sides can send and receive data.</source>
        <translation>O handshake de três vias terminou: os dois lados podem enviar e receber dados.</translation>
    </message>
    <message>
        <source>This side closed first (close() sent FIN) and waits for the peer to acknowledge it.</source>
        <translation>Este lado fechou primeiro (close() enviou FIN) e aguarda que o par confirme esse FIN.</translation>
    </message>
    <message>
        <source>The peer acknowledged this side&apos;s FIN; this side waits for the peer to close too (its FIN).</source>
        <translation>O par confirmou o FIN deste lado; este lado aguarda que o par também feche (o FIN dele).</translation>
    </message>
    <message>
        <source>The peer closed its side (FIN received); this program must still call close(), and a socket that stays here means it never does.</source>
        <translation>O par fechou o lado dele (FIN recebido); este programa ainda precisa chamar close(), e um socket que fica parado aqui indica que o programa nunca faz isso.</translation>
    </message>
    <message>
        <source>This side closed after the peer did and waits for the ACK of its own FIN.</source>
        <translation>Este lado fechou depois do par e aguarda o ACK do seu próprio FIN.</translation>
    </message>
    <message>
        <source>The side that closed first waits here (2 × MSL) so that late packets of this connection die out before the 4-tuple is used again.</source>
        <translation>O lado que fechou primeiro espera aqui (2 × MSL) para que pacotes atrasados desta conexão desapareçam antes que a mesma quádrupla seja usada de novo.</translation>
    </message>
    <message>
        <source>The socket has no connection: it was closed, or it was created and bound but is neither listening nor connecting.</source>
        <translation>O socket não tem conexão: foi fechado, ou foi criado e associado a uma porta (bind), mas não está escutando nem conectando.</translation>
    </message>
    <message>
        <source>Both sides closed at the same time; each one waits for the ACK of its FIN.</source>
        <translation>Os dois lados fecharam ao mesmo tempo; cada um aguarda o ACK do seu FIN.</translation>
    </message>
    <message>
        <source>A state SocketLab does not know: %1.</source>
        <translation>Um estado que o SocketLab não conhece: %1.</translation>
    </message>
    <message>
        <source>The kernel completed this connection&apos;s handshake, but the server has not called accept() yet: it waits in the listen backlog.</source>
        <translation>O kernel completou o handshake desta conexão, mas o servidor ainda não chamou accept(): ela aguarda na fila de conexões pendentes (backlog).</translation>
    </message>
    <message>
        <source>A UDP socket bound to a port (ss says UNCONN): it receives datagrams from any sender, because UDP has no connections.</source>
        <translation>Um socket UDP associado a uma porta (o ss mostra UNCONN): ele recebe datagramas de qualquer remetente, porque o UDP não tem conexões.</translation>
    </message>
    <message>
        <source>A UDP socket after connect() (ss says ESTAB, as for TCP): it only fixed a default peer, so the kernel delivers only that peer&apos;s datagrams and reports its ICMP errors. No packet was exchanged to do it: UDP has no connection.</source>
        <translation>Um socket UDP depois de connect() (o ss mostra ESTAB, como no TCP): ele apenas fixou um par padrão, e então o kernel entrega só os datagramas desse par e informa os erros ICMP dele. Nenhum pacote foi trocado para isso: o UDP não tem conexão.</translation>
    </message>
</context>
<context>
    <name>SocketStatesPanel</name>
    <message>
        <source>Kernel socket states</source>
        <translation>Estados dos sockets no kernel</translation>
    </message>
    <message>
        <source>The kernel&apos;s socket table cannot be read on this platform: this view works on Linux and Windows.</source>
        <translation>Não é possível ler a tabela de sockets do kernel nesta plataforma: esta vista funciona no Linux e no Windows.</translation>
    </message>
    <message>
        <source>The sockets the kernel keeps for the lab&apos;s port appear here, as %1 shows them, as soon as the page has a port.</source>
        <translation>Os sockets que o kernel mantém para a porta do laboratório aparecem aqui, como o %1 os mostra, assim que a página tiver uma porta.</translation>
    </message>
    <message>
        <source>The sockets on port %1 as the kernel sees them (%2), read twice a second: LISTEN on the server, ESTABLISHED on both sides, TIME-WAIT on the side that closed first. Changes are highlighted; hover a state for what it means.</source>
        <translation>Os sockets na porta %1 como o kernel os vê (%2), lidos duas vezes por segundo: LISTEN no servidor, ESTABLISHED nos dois lados, TIME-WAIT no lado que fechou primeiro. As mudanças ficam destacadas; passe o mouse sobre um estado para ver o que ele significa.</translation>
    </message>
    <message>
        <source>The UDP sockets on port %1 as the kernel sees them (%2), read twice a second. UDP has no connection, so no LISTEN, ESTABLISHED or TIME-WAIT: UNCONN is a socket with only its local port, receiving from any sender (the server); ESTAB is a socket after connect(), which only fixed its destination (SocketLab&apos;s client), without sending any packet. Hover a state for what it means.</source>
        <translation>Os sockets UDP na porta %1 como o kernel os vê (%2), lidos duas vezes por segundo. O UDP não tem conexão, então não há LISTEN, ESTABLISHED nem TIME-WAIT: UNCONN é um socket só com a sua porta local, que recebe de qualquer remetente (o servidor); ESTAB é um socket depois de connect(), que apenas fixou o destino (o cliente do SocketLab), sem enviar nenhum pacote. Passe o mouse sobre um estado para ver o que ele significa.</translation>
    </message>
</context>
<context>
    <name>TcpClientPage</name>
    <message>
        <source>This machine&apos;s addresses: %1.</source>
        <translation>Endereços IP desta máquina: %1.</translation>
    </message>
    <message>
        <source>Open connections: %1. Each has its own local port; the server&apos;s port is the same for all.</source>
        <translation>Conexões abertas: %1. Cada uma tem a sua própria porta local; a porta do servidor é a mesma para todas.</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>Cliente TCP</translation>
    </message>
    <message>
        <source>Like the course&apos;s client: socket, connect (the three-way handshake), send, recv, close. Open one connection, or many at once.</source>
        <translation>Como o cliente da disciplina: socket, connect (o handshake de três vias), send, recv, close. Abra uma conexão ou várias de uma vez.</translation>
    </message>
    <message>
        <source>The burst sends numbered messages on the selected connections (or all): the server page counts them. Over TCP nothing is lost and the order is kept.</source>
        <translation>A rajada envia mensagens numeradas pelas conexões selecionadas (ou por todas): a página do servidor as conta. No TCP, nada se perde e a ordem é mantida.</translation>
    </message>
    <message>
        <source>Each connection is a socket of this machine: the local port (highlighted) is an ephemeral port that the system chose for it; the remote port is the server&apos;s, the same for all.</source>
        <translation>Cada conexão é um socket desta máquina: a porta local (destacada) é uma porta efêmera que o sistema escolheu para ela; a porta remota é a do servidor, a mesma para todas.</translation>
    </message>
</context>
<context>
    <name>TcpServerPage</name>
    <message>
        <source>Waiting for a client (accept). This server serves one client at a time.</source>
        <translation>Aguardando um cliente (accept). Este servidor atende um cliente por vez.</translation>
    </message>
    <message>
        <source>Busy serving %1. Other clients that connect now complete the handshake but wait in the listen backlog, without an answer, until this client leaves.</source>
        <translation>Ocupado atendendo %1. Outros clientes que se conectarem agora completam o handshake de três vias, mas esperam na fila de conexões pendentes (backlog), sem resposta, até que este cliente saia.</translation>
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
    <message>
        <source>Waiting in the backlog now: %1.</source>
        <translation>Esperando na fila de conexões pendentes (backlog) agora: %1.</translation>
    </message>
</context>
<context>
    <name>TcpStateDiagram</name>
    <message>
        <source>TCP state diagram</source>
        <translation>Diagrama de estados do TCP</translation>
    </message>
    <message>
        <source>Select a TCP connection in the table to see its path</source>
        <translation>Selecione uma conexão TCP na tabela para ver o caminho dela</translation>
    </message>
    <message>
        <source>RST on an open connection: straight to CLOSED</source>
        <translation>RST numa conexão aberta: direto para CLOSED</translation>
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
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 ou mais</translation>
    </message>
    <message>
        <source>%1 send() blocks</source>
        <translation>%1 blocos de send()</translation>
    </message>
    <message>
        <source>%1 recv() calls</source>
        <translation>%1 chamadas recv()</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>o nome está vazio</translation>
    </message>
    <message>
        <source>no NUL or newline within %1</source>
        <translation>nenhum NUL ou quebra de linha em %1</translation>
    </message>
    <message>
        <source>the name holds control characters</source>
        <translation>o nome contém caracteres de controle</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8 text</source>
        <translation>o nome não é texto UTF-8 válido</translation>
    </message>
    <message>
        <source>an absolute path: only names inside the shared folder are served</source>
        <translation>um caminho absoluto: só nomes dentro da pasta compartilhada são servidos</translation>
    </message>
    <message>
        <source>a network share path (\\server\share)</source>
        <translation>um caminho de compartilhamento de rede (\\servidor\compartilhamento)</translation>
    </message>
    <message>
        <source>a colon: a drive letter (C:) or a Windows stream</source>
        <translation>dois-pontos: uma letra de unidade (C:) ou um fluxo alternativo do Windows</translation>
    </message>
    <message>
        <source>&quot;..&quot; would climb out of the shared folder</source>
        <translation>&quot;..&quot; subiria para fora da pasta compartilhada</translation>
    </message>
    <message>
        <source>a link (or junction) that leads out of the shared folder</source>
        <translation>um link (ou junção) que leva para fora da pasta compartilhada</translation>
    </message>
    <message>
        <source>no such file in the shared folder</source>
        <translation>não há esse arquivo na pasta compartilhada</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>not a plain file (a device, FIFO or socket)</source>
        <translation>não é um arquivo comum (um dispositivo, FIFO ou socket)</translation>
    </message>
    <message>
        <source>the server may not read it</source>
        <translation>o servidor não tem permissão para lê-lo</translation>
    </message>
    <message>
        <source>the client closed the connection before the end of the file</source>
        <translation>o cliente fechou a conexão antes do fim do arquivo</translation>
    </message>
    <message>
        <source>the server closed without sending a byte (it refused the name, or the file is empty); nothing was saved</source>
        <translation>o servidor fechou sem enviar nenhum byte (recusou o nome, ou o arquivo está vazio); nada foi salvo</translation>
    </message>
    <message>
        <source>%1 exists already; choose another destination, or allow replacing it</source>
        <translation>%1 já existe; escolha outro destino, ou permita substituí-lo</translation>
    </message>
    <message>
        <source>cannot write the destination file: %1</source>
        <translation>não foi possível gravar o arquivo de destino: %1</translation>
    </message>
    <message>
        <source>reading the file failed</source>
        <translation>a leitura do arquivo falhou</translation>
    </message>
    <message>
        <source>the connection failed (see the error above)</source>
        <translation>a conexão falhou (veja o erro acima)</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>interrompido antes do fim</translation>
    </message>
    <message>
        <source>Connection #%1: sending &quot;%2&quot; (%3) to %4 in %5 blocks.</source>
        <translation>Conexão #%1: enviando &quot;%2&quot; (%3) para %4 em blocos de %5.</translation>
    </message>
    <message>
        <source>Connection #%1: asked for &quot;%2&quot; (its name and a NUL byte); receiving until the server closes.</source>
        <translation>Conexão #%1: pediu &quot;%2&quot; (o nome e um byte NUL); recebendo até o servidor fechar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 so far, %3 · %4</source>
        <translation>&quot;%1&quot;: %2 até agora, %3 · %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; sent to %2: %3 in %4 s (%5), then FIN. SHA-256 %6 · %7</source>
        <translation>&quot;%1&quot; enviado para %2: %3 em %4 s (%5), depois FIN. SHA-256 %6 · %7</translation>
    </message>
    <message>
        <source>&quot;%1&quot; received: %2 in %3 s (%4), saved as %5. SHA-256 %6 · %7</source>
        <translation>&quot;%1&quot; recebido: %2 em %3 s (%4), salvo como %5. SHA-256 %6 · %7</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not completely sent to %2: %3. %4 reached the kernel.</source>
        <translation>&quot;%1&quot; não foi enviado por completo para %2: %3. %4 chegaram ao kernel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not saved: %2. %3 arrived; %4 was neither created nor changed.</source>
        <translation>&quot;%1&quot; não foi salvo: %2. %3 chegaram; %4 não foi criado nem alterado.</translation>
    </message>
    <message>
        <source>Connection #%1: &quot;%2&quot; refused: %3. Closed without sending data.</source>
        <translation>Conexão #%1: &quot;%2&quot; recusado: %3. Fechada sem enviar dados.</translation>
    </message>
</context>
<context>
    <name>UdpClientPage</name>
    <message>
        <source>The socket is closed. Open it: the system gives it an ephemeral local port; no packet is sent until you send a datagram.</source>
        <translation>O socket está fechado. Abra-o: o sistema atribui a ele uma porta local efêmera; nenhum pacote é enviado até que você envie um datagrama.</translation>
    </message>
    <message>
        <source>UDP client</source>
        <translation>Cliente UDP</translation>
    </message>
    <message>
        <source>There is no connection: the table lists whom this socket exchanged datagrams with.</source>
        <translation>Não há conexão: a tabela lista com quem este socket trocou datagramas.</translation>
    </message>
    <message>
        <source>Local port: %1 (ephemeral, chosen by the system). Datagrams go to %2, the destination connect() fixed: no packet was sent for it, no connection exists.</source>
        <translation>Porta local: %1 (efêmera, escolhida pelo sistema). Os datagramas vão para %2, o destino que o connect() fixou: nenhum pacote foi enviado para isso, e não existe conexão.</translation>
    </message>
    <message>
        <source>Like the course&apos;s UDP client, with one difference: it calls connect() on its socket. For UDP that sends no packet and makes no connection; it only fixes the destination (and the ephemeral port), so the kernel can report an ICMP &quot;port unreachable&quot; here. Each message is one datagram; nothing guarantees that it arrives, or in which order.</source>
        <translation>Como o cliente UDP da disciplina, com uma diferença: ele chama connect() no seu socket. No UDP isso não envia nenhum pacote nem cria conexão; apenas fixa o destino (e a porta efêmera), para que o kernel possa informar aqui um ICMP de &quot;porta inacessível&quot;. Cada mensagem é um datagrama; nada garante que ele chegue, nem em que ordem.</translation>
    </message>
</context>
<context>
    <name>UdpServerPage</name>
    <message>
        <source>UDP server</source>
        <translation>Servidor UDP</translation>
    </message>
    <message>
        <source>UDP keeps no connection: the server learns each peer (address and port) only from the datagrams it receives. One datagram is always one message: its boundaries are kept, unlike TCP&apos;s byte stream.</source>
        <translation>O UDP não mantém conexão: o servidor conhece cada par (endereço e porta) somente pelos datagramas que recebe. Um datagrama é sempre uma mensagem: os limites dele são preservados, ao contrário do fluxo de bytes do TCP.</translation>
    </message>
    <message>
        <source>Like the course&apos;s second server: datagrams, no connection, no handshake, no guarantee. The reply to each datagram goes back to whoever sent it. Default reply: upper case.</source>
        <translation>Como o segundo servidor da disciplina: datagramas, sem conexão, sem handshake, sem garantia. A resposta a cada datagrama volta para quem o enviou. Resposta padrão: maiúsculas.</translation>
    </message>
</context>
<context>
    <name>WholeLabReport</name>
    <message>
        <source>Which Berkeley primitives did the server and the client call, and in what order?</source>
        <translation>Quais primitivas de Berkeley o servidor e o cliente chamaram, e em que ordem?</translation>
    </message>
    <message>
        <source>Which socket states did the kernel show (LISTEN, ESTABLISHED, TIME-WAIT...) and when?</source>
        <translation>Quais estados de socket o kernel mostrou (LISTEN, ESTABLISHED, TIME-WAIT...) e quando?</translation>
    </message>
    <message>
        <source>Where are SYN, SYN-ACK, ACK, PSH and FIN in the capture (Wireshark filter tcp.port == 65432)?</source>
        <translation>Onde estão SYN, SYN-ACK, ACK, PSH e FIN na captura (filtro do Wireshark tcp.port == 65432)?</translation>
    </message>
    <message>
        <source>What does TCP do here that UDP does not?</source>
        <translation>O que o TCP faz aqui que o UDP não faz?</translation>
    </message>
    <message>
        <source>Why is there no connection and no handshake before the first datagram?</source>
        <translation>Por que não há conexão nem handshake antes do primeiro datagrama?</translation>
    </message>
    <message>
        <source>What does each datagram carry, and what happens when nobody listens on the port?</source>
        <translation>O que cada datagrama leva, e o que acontece quando ninguém escuta na porta?</translation>
    </message>
    <message>
        <source>What did the burst show about datagrams lost or out of order?</source>
        <translation>O que a rajada mostrou sobre datagramas perdidos ou fora de ordem?</translation>
    </message>
    <message>
        <source>Why does the port seem to &quot;change&quot;? Explain with the 4-tuple.</source>
        <translation>Por que a porta parece &quot;mudar&quot;? Explique com a quádrupla.</translation>
    </message>
    <message>
        <source>Which port does the server use for every connection, and which ports do the clients use?</source>
        <translation>Que porta o servidor usa em todas as conexões, e que portas os clientes usam?</translation>
    </message>
    <message>
        <source>How does the server tell its clients apart?</source>
        <translation>Como o servidor distingue seus clientes?</translation>
    </message>
    <message>
        <source>Which addresses does this machine have, and which one did your classmate use?</source>
        <translation>Quais endereços esta máquina tem, e qual deles o colega usou?</translation>
    </message>
    <message>
        <source>Was the port open? How did you check it?</source>
        <translation>A porta estava aberta? Como você verificou?</translation>
    </message>
    <message>
        <source>What did the capture filtered by the port show on each machine?</source>
        <translation>O que a captura filtrada pela porta mostrou em cada máquina?</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the middle of the session were left out (the journal keeps the first and the last).</source>
        <translation>
            <numerusform>%n evento do meio da sessão ficou de fora (o diário guarda os primeiros e os últimos).</numerusform>
            <numerusform>%n eventos do meio da sessão ficaram de fora (o diário guarda os primeiros e os últimos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>client (connects to)</source>
        <translation>cliente (conecta-se a)</translation>
    </message>
    <message>
        <source>server (listens on)</source>
        <translation>servidor (escuta em)</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message numerus="yes">
        <source>The last %n row(s) of %1.</source>
        <translation>
            <numerusform>A última linha de %1.</numerusform>
            <numerusform>As últimas %n linhas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket calls</source>
        <translation>Chamadas</translation>
    </message>
    <message numerus="yes">
        <source>The first %n call(s) of %1.</source>
        <translation>
            <numerusform>A primeira chamada de %1.</numerusform>
            <numerusform>As primeiras %n chamadas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket states (kernel)</source>
        <translation>Estados dos sockets (kernel)</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) in between were left out.</source>
        <translation>
            <numerusform>%n leitura intermediária ficou de fora.</numerusform>
            <numerusform>%n leituras intermediárias ficaram de fora.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No socket on the lab&apos;s port.</source>
        <translation>Nenhum socket na porta do laboratório.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s). Ports of the side that spoke first (the clients): %1. Ports of the other side (the server): %2.</source>
        <translation>
            <numerusform>%n conversa. Portas do lado que falou primeiro (os clientes): %1. Portas do outro lado (o servidor): %2.</numerusform>
            <numerusform>%n conversas. Portas do lado que falou primeiro (os clientes): %1. Portas do outro lado (o servidor): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <source>No packet was captured for this exercise: the capture was not on while it ran.</source>
        <translation>Nenhum pacote foi capturado neste exercício: a captura não estava ligada enquanto ele rodou.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n packet(s) of %1: the handshake is at the start.</source>
        <translation>
            <numerusform>O primeiro pacote de %1: o handshake está no início.</numerusform>
            <numerusform>Os primeiros %n pacotes de %1: o handshake está no início.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Ladder diagram and screenshots</source>
        <translation>Diagrama em escada e capturas de tela</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Resposta:</translation>
    </message>
    <message>
        <source>write your answer here, citing the evidence above.</source>
        <translation>escreva aqui sua resposta, citando as evidências acima.</translation>
    </message>
    <message>
        <source>Not done in this session: nothing was recorded for this exercise.</source>
        <translation>Não realizado nesta sessão: nada foi registrado para este exercício.</translation>
    </message>
    <message>
        <source>Taken at export, %1. Activity from %2 to %3.</source>
        <translation>Gerado na exportação, %1. Atividade de %2 a %3.</translation>
    </message>
    <message>
        <source>Servers and clients used</source>
        <translation>Servidores e clientes usados</translation>
    </message>
    <message>
        <source>Sockets lab report</source>
        <translation>Relatório do laboratório de sockets</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Aluno(a):</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>seu nome</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Exportado em:</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses:</source>
        <translation>Endereços desta máquina:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Done in this session</source>
        <translation>Feito nesta sessão</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>How many recv() calls delivered the file, and why do their sizes differ from the server&apos;s 4096-byte blocks?</source>
        <translation>Quantas chamadas recv() entregaram o arquivo, e por que os tamanhos delas diferem dos blocos de 4096 bytes do servidor?</translation>
    </message>
    <message>
        <source>How does the client know that the file has ended?</source>
        <translation>Como o cliente sabe que o arquivo terminou?</translation>
    </message>
    <message>
        <source>Do the SHA-256 sums on both sides match, and what does that show?</source>
        <translation>Os SHA-256 dos dois lados coincidem? O que isso mostra?</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Where screenshots go</source>
        <translation>Onde salvar as capturas de tela</translation>
    </message>
    <message>
        <source>Screenshot saved to %1 and copied to the clipboard.</source>
        <translation>Captura de tela salva em %1 e copiada para a área de transferência.</translation>
    </message>
    <message>
        <source>Where to write the lab report</source>
        <translation>Onde gravar o relatório do laboratório</translation>
    </message>
    <message>
        <source>Lab report written to %1.</source>
        <translation>Relatório do laboratório gravado em %1.</translation>
    </message>
    <message>
        <source>Export lab report</source>
        <translation>Exportar relatório do laboratório</translation>
    </message>
    <message>
        <source>Ladder diagram: %1 and %2</source>
        <translation>Diagrama em escada: %1 e %2</translation>
    </message>
    <message>
        <source>The page %1 at export</source>
        <translation>A página %1 na exportação</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
</TS>
