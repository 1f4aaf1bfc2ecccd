#!/usr/bin/env python3
"""A crowd of TCP clients for the server-limits tests: opens COUNT connections to
127.0.0.1:PORT, prints "connected N", then obeys lines on stdin:
  close  -> closes every connection, prints "closed N"
  eof    -> waits until the server has closed every connection (recv() == 0), prints "eof N"
"""
import resource
import select
import socket
import sys

port, count = int(sys.argv[1]), int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, count + 64)), hard))

sockets = []
for _ in range(count):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    sockets.append(s)
print("connected", len(sockets), flush=True)

for line in sys.stdin:
    command = line.strip()
    if command == "close":
        for s in sockets:
            s.close()
        print("closed", len(sockets), flush=True)
        sockets = []
    elif command == "eof":
        open_ones = {s.fileno(): s for s in sockets}
        poller = select.poll()
        for fd in open_ones:
            poller.register(fd, select.POLLIN)
        ended = 0
        while open_ones:
            for fd, _ in poller.poll(10000) or [(None, None)]:
                if fd is None:
                    print("timeout", ended, flush=True)
                    sys.exit(1)
                try:
                    data = open_ones[fd].recv(4096)
                except ConnectionResetError:
                    data = b""
                if not data:
                    poller.unregister(fd)
                    open_ones.pop(fd).close()
                    ended += 1
        print("eof", ended, flush=True)
        sockets = []
