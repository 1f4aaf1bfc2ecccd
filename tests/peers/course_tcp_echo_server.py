#!/usr/bin/env python3
# A TCP echo server written the way the course writes it (echo-server.py), with two changes
# for the tests: the host comes from argv[1] and the port is 0 (the kernel picks one), printed
# as the first line of stdout; and it serves connections one after another until killed.
import socket
import sys

HOST = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
PORT = 0

with socket.socket(socket.AF_INET6 if ":" in HOST else socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind((HOST, PORT))
    s.listen()
    print(s.getsockname()[1], flush=True)
    while True:
        conn, addr = s.accept()
        with conn:
            print(f"Connected by {addr}", flush=True)
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data)
