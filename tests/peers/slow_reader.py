#!/usr/bin/env python3
"""A peer that sends TOTAL bytes to 127.0.0.1:PORT without reading anything, then waits for
"read" on stdin and only then reads the echo back; prints "sent N" and "read N"."""
import socket
import sys
import threading

port, total = int(sys.argv[1]), int(sys.argv[2])
s = socket.create_connection(("127.0.0.1", port), timeout=60)
chunk = b"x" * 65535 + b"\n"

def send_all():
    left = total
    while left > 0:
        piece = chunk[:left]
        s.sendall(piece)
        left -= len(piece)
    print("sent", total, flush=True)

sender = threading.Thread(target=send_all)
sender.start()
sys.stdin.readline()
got = 0
while got < total:
    data = s.recv(1 << 20)
    if not data:
        break
    got += len(data)
sender.join()
print("read", got, flush=True)
s.close()
