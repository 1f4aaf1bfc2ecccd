#!/usr/bin/env python3
# A UDP client written the way the course writes it (udp-client.py), plus host and port as
# arguments. Sends "Hello, world" in one datagram and prints what recvfrom() returns.
import socket
import sys

HOST = sys.argv[1] if len(sys.argv) > 2 else "127.0.0.1"
PORT = int(sys.argv[-1])

with socket.socket(socket.AF_INET6 if ":" in HOST else socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.settimeout(5)
    s.sendto(b"Hello, world", (HOST, PORT))
    # The test matches the server's view of this client against our own port.
    print(f"Local port {s.getsockname()[1]}", flush=True)
    data, addr = s.recvfrom(1024)

print(f"Received {data!r}")
