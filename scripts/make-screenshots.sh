#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/*.png): the real app under Xvfb, in Portuguese,
# with real clients on loopback. Usage: scripts/make-screenshots.sh [build dir]
# The Windows ones (docs/windows-*.png, under Wine): scripts/make-screenshots.sh --windows [build-windows]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${1:-}" = --windows ]; then
    shift
    exec bash "$here/scripts/make-windows-screenshots.sh" "$@"
fi
build="${1:-$here/build}"
app="$build/app/socketlab"
[ -x "$app" ] || { echo "build first: scripts/bootstrap.sh test" >&2; exit 1; }
for tool in xvfb-run import python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb imagemagick python3)" >&2; exit 1; }
done

if [ -z "${SOCKETLAB_INSIDE_XVFB:-}" ]; then
    SOCKETLAB_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build"
fi

# A settings folder of its own, so the screenshots never depend on the user's choices.
export XDG_CONFIG_HOME="$(mktemp -d)"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
fresh_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(fresh_port)

# Opens a page's view (0 log, 1 socket calls, 2 kernel states, 3 TCP states) at the next start.
show_view() { # show_view MODE INDEX [CAPTURE-VIEW: 0 packets, 1 ladder, 2 conversations]
    mkdir -p "$XDG_CONFIG_HOME/SocketLab"
    printf '[pages]\n%s\\view=%s\n%s\\captureView=%s\n' "$1" "$2" "$1" "${3:-0}" > "$XDG_CONFIG_HOME/SocketLab/socketlab.conf"
}

shoot() { # shoot NAME MODE CLIENT-SCRIPT [more socketlab options]
    local name="$1" mode="$2" clients="$3"
    shift 3
    "$app" --mode "$mode" --port "$port" --lang pt_BR "$@" &
    local pid=$!
    sleep 2
    python3 - "$port" <<<"$clients" &
    local clients_pid=$!
    sleep 4
    import -window root -crop "${SHOT_SIZE:-1280x800}+0+0" +repage "$here/docs/$name.png"
    kill "$pid" "$clients_pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "docs/$name.png"
}

shoot tcp-multi tcp-multi '
import socket, sys, time
port = int(sys.argv[1])
messages = [b"Hello, world", "Olá, servidor!".encode(), b"cliente 3 aqui"]
clients = []
for message in messages:
    s = socket.create_connection(("127.0.0.1", port)); clients.append(s); time.sleep(0.2)
    s.sendall(message); s.recv(100); time.sleep(0.2)
clients[0].close()
time.sleep(30)
'

shoot tcp-simple tcp-simple '
import socket, sys, time
port = int(sys.argv[1])
first = socket.create_connection(("127.0.0.1", port)); time.sleep(0.3)
first.sendall(b"Hello, world"); first.recv(100)
second = socket.create_connection(("127.0.0.1", port))  # waits in the backlog
second.sendall(b"estou na fila")
time.sleep(30)
'

shoot udp-server udp-server '
import socket, sys, time
port = int(sys.argv[1])
peers = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(3)]
for i, (peer, text) in enumerate(zip(peers, ["Olá, UDP!", "datagrama 2", "sem conexão"])):
    peer.sendto(text.encode(), ("127.0.0.1", port)); peer.recvfrom(100); time.sleep(0.3)
peers[0].sendto(b"de novo", ("127.0.0.1", port))
time.sleep(30)
'

# A TCP client page with five connections, against a headless multi-client server.
"$app" --headless --mode tcp-multi --bind 127.0.0.1 --port "$port" > /dev/null &
server=$!
sleep 1
shoot tcp-client tcp-client 'import time; time.sleep(30)' --clients 5 --send "Olá, servidor!"
kill "$server" 2>/dev/null || true

# The file client after a 20 MB download from SocketLab's own file server (headless): bytes,
# rate, the recv() calls and their sizes, the SHA-256.
files="$(mktemp -d)"
downloads="$(mktemp -d)"
head -c 20000000 /dev/urandom > "$files/video.bin"
"$app" --headless --mode file-server --root "$files" --bind 127.0.0.1 --port "$port" > /dev/null &
file_server=$!
sleep 1
shoot file-client file-client 'import time; time.sleep(30)' --get video.bin --output "$downloads/video.bin"
kill "$file_server" 2>/dev/null || true
rm -rf "$files" "$downloads"

# The lesson "UDP does not guarantee delivery": a UDP server with a tiny receive buffer, and a
# headless client that sends a burst of 20,000 numbered datagrams as fast as it can.
shoot udp-burst udp-server "
import subprocess, sys, time
time.sleep(0.5)
subprocess.run(['$app', '--headless', '--mode', 'udp-client', '--port', sys.argv[1], '--burst', '20000'],
               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
time.sleep(30)
" --rcvbuf 4096

# Exercise 1's states: LISTEN on the server, ESTABLISHED on both sides, TIME-WAIT on the side
# that closed first (here the first client), as the kernel reports them.
show_view tcp-multi 2
port=$(fresh_port) # no TIME-WAIT left over from the shots above
shoot states tcp-multi '
import socket, sys, time
port = int(sys.argv[1])
first = socket.create_connection(("127.0.0.1", port)); first.sendall(b"Hello, world"); first.recv(100)
second = socket.create_connection(("127.0.0.1", port)); second.sendall(b"oi"); second.recv(100)
time.sleep(0.3)
first.close()
time.sleep(30)
'

# The TCP state machine with the path of a connection the client closed.
show_view tcp-multi 4
port=$(fresh_port)
shoot state-diagram tcp-multi '
import socket, sys, time
port = int(sys.argv[1])
c = socket.create_connection(("127.0.0.1", port)); c.sendall(b"Hello, world"); c.recv(100); time.sleep(0.3); c.close()
time.sleep(30)
'
show_view tcp-multi 0

# The capture (exercise 1's packets), in a larger window: the list with the handshake, and the
# ladder of the connection. Capturing needs CAP_NET_RAW: run this as root, or after setcap.
capture_client='
import socket, sys, time
time.sleep(1.5)
port = int(sys.argv[1])
c = socket.create_connection(("127.0.0.1", port)); c.sendall(b"Hello, world"); c.recv(100); time.sleep(0.3); c.close()
time.sleep(30)
'
export SHOT_SIZE=1600x1000
show_view tcp-simple 3 0
port=$(fresh_port)
shoot packets tcp-simple "$capture_client" -geometry 1600x1000+0+0
show_view tcp-simple 3 1
port=$(fresh_port)
shoot ladder tcp-simple "$capture_client" -geometry 1600x1000+0+0
show_view tcp-simple 0 0

# The help dock with the guided exercises, beside the simple server page.
export SHOT_SIZE=1600x1000
show_view tcp-simple 0 0
printf '[ui]\nhelpVisible=true\n' >> "$XDG_CONFIG_HOME/SocketLab/socketlab.conf"
port=$(fresh_port)
shoot help tcp-simple '
import socket, sys, time
port = int(sys.argv[1])
c = socket.create_connection(("127.0.0.1", port)); c.sendall(b"Hello, world"); c.recv(100)
time.sleep(30)
' -geometry 1600x1000+0+0

# A lab report rendered as HTML (Python-Markdown, Debian's python3-markdown) and photographed by
# headless Chromium: what the README.md looks like once committed. Optional tools.
if command -v chromium >/dev/null && /usr/bin/python3 -c "import markdown" 2>/dev/null; then
    reports=$(mktemp -d)
    port=$(fresh_port)
    "$app" --headless --mode tcp-multi --bind 127.0.0.1 --port "$port" --report "$reports" --lang pt_BR > /dev/null 2>&1 &
    server=$!
    sleep 1
    python3 - "$port" <<'PY'
import socket, sys, time
port = int(sys.argv[1])
for message in [b"Hello, world", "Olá | <b>negrito</b> `código`".encode(), b"cliente 3"]:
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(message); s.recv(100); time.sleep(0.1); s.close()
PY
    sleep 0.5
    kill "$server"; wait "$server" 2>/dev/null || true
    readme=$(ls "$reports"/*/README.md)
    { echo '<!doctype html><meta charset="utf-8"><style>body{font-family:DejaVu Sans,sans-serif;max-width:900px;margin:24px auto;font-size:14px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>'
      /usr/bin/python3 -m markdown -x tables -x fenced_code "$readme"; } > "$reports/report.html"
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$reports/chromium" \
        --window-size=1000,1400 --screenshot="$here/docs/report.png" "file://$reports/report.html" > /dev/null 2>&1
    rm -rf "$reports"
    echo "docs/report.png"
else
    echo "docs/report.png not made: it needs chromium and python3-markdown" >&2
fi
