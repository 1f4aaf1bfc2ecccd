#!/usr/bin/env bash
# The README's Windows screenshots (docs/windows-*.png): the Windows build under Wine, Qt's
# windows platform and native style, Wine's own fonts (fonts-wine), in Portuguese, with real
# python3 clients on loopback. Run through scripts/make-screenshots.sh --windows [build-windows]
# after scripts/bootstrap.sh windows; SOCKETLAB_QT_PREFIX = the Qt for MinGW it used.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build-windows}"
app="$build/app/socketlab.exe"
[ -f "$app" ] || { echo "build first: scripts/bootstrap.sh windows" >&2; exit 1; }
export SOCKETLAB_QT_PREFIX="${SOCKETLAB_QT_PREFIX:?set SOCKETLAB_QT_PREFIX to the Qt for MinGW folder}"
for tool in xvfb-run import xwininfo python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb imagemagick x11-utils python3)" >&2; exit 1; }
done
if [ -z "${SOCKETLAB_INSIDE_XVFB:-}" ]; then
    SOCKETLAB_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$build"
fi
# A Wine prefix of its own: its registry holds SocketLab's settings, fresh for every run.
export WINEPREFIX="$(mktemp -d)"
trap 'rm -rf "$WINEPREFIX"' EXIT
export QT_QPA_PLATFORM=windows
fresh_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
bash "$here/scripts/wine-run.sh" "$app" --version > /dev/null 2>&1 # the prefix's first start

shoot() { # shoot NAME MODE CLIENT-SCRIPT [more socketlab options]
    local name="$1" mode="$2" clients="$3" port
    shift 3
    port=$(fresh_port)
    bash "$here/scripts/wine-run.sh" "$app" --mode "$mode" --port "$port" --lang pt_BR "$@" > /dev/null 2>&1 &
    local pid=$!
    # Wine's window manager places the window itself: wait for it (titled "<page> - SocketLab"),
    # then take its geometry.
    local window=""
    for _ in $(seq 90); do
        window=$(xwininfo -root -tree | grep -m1 -E ' (—|-) SocketLab"' || true)
        [ -n "$window" ] && break
        sleep 1
    done
    [ -n "$window" ] || { echo "the window never appeared" >&2; exit 1; }
    sleep 3
    python3 - "$port" <<<"$clients" &
    local clients_pid=$!
    sleep 5
    local geometry
    geometry=$(xwininfo -root -tree | grep -m1 -E ' (—|-) SocketLab"' | grep -o '[0-9]*x[0-9]*+[0-9]*+[0-9]*' | head -1)
    import -window root -crop "$geometry" +repage "$here/docs/$name.png"
    kill "$pid" "$clients_pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "docs/$name.png"
}

shoot windows-tcp-multi tcp-multi '
import socket, sys, time
port = int(sys.argv[1])
messages = [b"Hello, world", "Olá do Windows!".encode(), b"cliente 3 aqui"]
clients = []
for message in messages:
    s = socket.create_connection(("127.0.0.1", port)); clients.append(s); time.sleep(0.2)
    s.sendall(message); s.recv(100); time.sleep(0.2)
clients[0].close()
time.sleep(30)
'

shoot windows-tcp-simple tcp-simple '
import socket, sys, time
port = int(sys.argv[1])
first = socket.create_connection(("127.0.0.1", port))
first.sendall("Olá, servidor!".encode()); first.recv(100)
second = socket.create_connection(("127.0.0.1", port)) # waits in the listen backlog
second.sendall(b"estou na fila")
time.sleep(30)
'

shoot windows-udp-server udp-server '
import socket, sys, time
port = int(sys.argv[1])
for text in ["primeiro datagrama", "Olá do Windows!", "terceiro"]:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(2)
    s.sendto(text.encode(), ("127.0.0.1", port))
    try:
        s.recvfrom(100)
    except OSError:
        pass
    time.sleep(0.3)
time.sleep(30)
'

"$(command -v wineserver || echo /usr/lib/wine/wineserver)" -k 2>/dev/null || true
