#!/usr/bin/env bash
# The README's Windows screenshots (docs/windows-*.png): the Windows build under Wine, Qt's
# windows platform and native style, Wine's own fonts (fonts-wine), in Portuguese, with real
# python3 peers on loopback, a 1366x768 screen (a lab PC's). Run through
# scripts/make-screenshots.sh --windows [build-windows] after scripts/bootstrap.sh windows;
# SOCKETLAB_QT_PREFIX = the Qt for MinGW it used.
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
    SOCKETLAB_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$build"
fi
# A Wine prefix of its own: its registry holds SocketLab's settings, fresh for every run.
export WINEPREFIX="$(mktemp -d)"
trap 'rm -rf "$WINEPREFIX"' EXIT
export QT_QPA_PLATFORM=windows
. "$here/scripts/screenshot-peers.sh"
fresh_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
bash "$here/scripts/wine-run.sh" "$app" --version > /dev/null 2>&1 # the prefix's first start

# SocketLab's settings live in the registry on Windows (QSettings): which view a page opens
# with (0 log ... 3 packets), and whether the help shows.
setting() { # setting GROUP NAME VALUE
    "$(command -v wine64 || echo /usr/lib/wine/wine64)" reg add "HKCU\\Software\\SocketLab\\socketlab\\${1//\//\\}" \
        /v "$2" /d "$3" /f > /dev/null 2>&1
}

shoot() { # shoot NAME MODE CLIENT-SCRIPT [more socketlab options]
    local name="$1" mode="$2" clients="$3" port
    shift 3
    port=${SHOT_PORT:-$(fresh_port)}
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

shoot windows-tcp-simple tcp-simple "$one_client_one_waiting"

shoot windows-udp-server udp-server "$three_udp_peers"

# The TCP client page with three connections to a Linux python3 echo server.
port=$(fresh_port)
python3 - "$port" <<'PY' &
import socket, sys, threading
server = socket.create_server(("127.0.0.1", int(sys.argv[1])))
def echo(c):
    while (data := c.recv(4096)):
        c.sendall(data)
while True:
    threading.Thread(target=echo, args=(server.accept()[0],), daemon=True).start()
PY
echo_server=$!
sleep 1
SHOT_PORT=$port shoot windows-tcp-client tcp-client 'import time; time.sleep(30)' --clients 3 --send "Olá, servidor!"
kill "$echo_server" 2>/dev/null || true

# Pacotes on a PC without Wireshark: what to install.
setting pages/tcp-simple view 3
shoot windows-packets tcp-simple 'import time; time.sleep(30)'
setting pages/tcp-simple view 0

# The help with the guided exercises, beside the simple server page.
setting ui helpVisible true
shoot windows-help tcp-simple '
import socket, sys, time
c = socket.create_connection(("127.0.0.1", int(sys.argv[1]))); c.sendall(b"Hello, world"); c.recv(100)
time.sleep(30)
'

"$(command -v wineserver || echo /usr/lib/wine/wineserver)" -k 2>/dev/null || true
