#!/usr/bin/env python3
# A UDP server written the way the course writes it (udp-server.py), with the host from argv[1]
# and port 0 (the kernel picks one), printed as the first line of stdout. Answers each datagram
# with data.upper(): bytes.upper() changes ASCII letters only ("olá" -> "OLá").
import socket
import sys

HOST = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
PORT = 0

with socket.socket(socket.AF_INET6 if ":" in HOST else socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.bind((HOST, PORT))
    print(s.getsockname()[1], flush=True)
    while True:
        data, addr = s.recvfrom(1024)
        s.sendto(data.upper(), addr)
