#!/usr/bin/env python3
# A TCP client written the way the course writes it (echo-client.py), plus the port as an
# argument. Sends "Hello, world" without a newline and prints what recv() returns.
import socket
import sys

HOST = sys.argv[1] if len(sys.argv) > 2 else "127.0.0.1"
PORT = int(sys.argv[-1])

with socket.socket(socket.AF_INET6 if ":" in HOST else socket.AF_INET, socket.SOCK_STREAM) as s:
    s.settimeout(5)
    s.connect((HOST, PORT))
    s.sendall(b"Hello, world")
    data = s.recv(1024)

print(f"Received {data!r}")
