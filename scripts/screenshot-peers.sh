# The python3 peers both screenshot scripts (make-screenshots.sh, make-windows-screenshots.sh)
# show, sourced by them; each gets the server's port as its first argument.

# The simple server serves one client; a second one waits in the listen backlog.
one_client_one_waiting='
import socket, sys, time
port = int(sys.argv[1])
first = socket.create_connection(("127.0.0.1", port)); time.sleep(0.3)
first.sendall(b"Hello, world"); first.recv(100)
second = socket.create_connection(("127.0.0.1", port))  # waits in the backlog
second.sendall(b"estou na fila")
time.sleep(30)
'

# Three UDP peers, one of which comes back.
three_udp_peers='
import socket, sys, time
port = int(sys.argv[1])
peers = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(3)]
for peer, text in zip(peers, ["Olá, UDP!", "datagrama 2", "sem conexão"]):
    peer.sendto(text.encode(), ("127.0.0.1", port)); peer.recvfrom(100); time.sleep(0.3)
peers[0].sendto(b"de novo", ("127.0.0.1", port))
time.sleep(30)
'
