#!/usr/bin/env bash
# tst_exercise4_netns.sh BUILD_DIR: guided exercise 4 (a classmate's machine) end to end. Two
# network namespaces joined by a veth pair stand for two lab PCs: a headless SocketLab server
# with --capture in one, a headless SocketLab client with --capture in the other, connecting
# to the server's veth address. Both machines' default captures must hold the client's SYN,
# and the server's JSON events the connection. Needs root (CI runs as root) and `ip netns`;
# skipped with the reason (exit 77) elsewhere. Traffic goes only to the namespaces made here.
set -u

program="$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)/app/socketlab" || { echo "FAIL: no build directory $1"; exit 1; }
[ -x "$program" ] || { echo "FAIL: no socketlab in $1 (build it first)"; exit 1; }
skip() { echo "SKIP: $1"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "creating network namespaces needs root"
command -v ip >/dev/null || skip "the ip command (iproute2) is not installed"
command -v python3 >/dev/null || skip "python3 reads the captures back"

# Unique names, so parallel runs never meet; everything made here goes on exit, even on failure.
tag="$$"
server_ns="slab-srv-$tag"
client_ns="slab-cli-$tag"
server_if="slv${tag}s"
client_if="slv${tag}c"
server_ip=198.18.0.1 # RFC 2544's benchmark range: never a real network
client_ip=198.18.0.2
port=65432
work=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null
    ip netns del "$server_ns" 2>/dev/null # takes its end of the veth pair, and so the pair
    ip netns del "$client_ns" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$server_ns" 2>"$work/netns.err" || skip "ip netns add is not allowed here: $(cat "$work/netns.err")"
ip netns add "$client_ns" || skip "ip netns add is not allowed here"
ip link add "$server_if" type veth peer name "$client_if" 2>"$work/veth.err" \
    || skip "no veth pair here: $(cat "$work/veth.err")"
ip link set "$server_if" netns "$server_ns"
ip link set "$client_if" netns "$client_ns"
ip -n "$server_ns" addr add "$server_ip/24" dev "$server_if"
ip -n "$client_ns" addr add "$client_ip/24" dev "$client_if"
for ns in "$server_ns" "$client_ns"; do
    ip -n "$ns" link set lo up
done
ip -n "$server_ns" link set "$server_if" up
ip -n "$client_ns" link set "$client_if" up

failures=()
fail() { failures+=("$1"); echo "FAIL: $1"; }

# The server, as a student starts it: default capture, nothing chosen.
ip netns exec "$server_ns" env QT_QPA_PLATFORM=offscreen "$program" --headless --mode tcp-multi --port "$port" \
    --json --lang en --capture "$work/server.pcap" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
    grep -q '"listening"' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
grep -q '"listening"' "$work/server.out" || { cat "$work/server.err"; fail "the server did not start listening"; exit 1; }

# The classmate's client, on the other machine.
ip netns exec "$client_ns" env QT_QPA_PLATFORM=offscreen "$program" --headless --mode tcp-client --host "$server_ip" \
    --port "$port" --send "hello from the other machine" --json --lang en --capture "$work/client.pcap" \
    </dev/null >"$work/client.out" 2>"$work/client.err"
client_exit=$?
[ "$client_exit" -eq 0 ] || fail "the client exited with $client_exit: $(cat "$work/client.err")"
grep -q '"HELLO FROM THE OTHER MACHINE' "$work/client.out" || fail "the client got no reply: $(cat "$work/client.out")"

sleep 0.3
kill -TERM "$server_pid"
wait "$server_pid"
server_exit=$?
server_pid=""
[ "$server_exit" -eq 0 ] || fail "the server exited with $server_exit: $(cat "$work/server.err")"
grep -q "\"event\":\"accepted\".*\"remote\":\"$client_ip:" "$work/server.out" \
    || fail "the server's JSON events have no connection from $client_ip: $(cat "$work/server.out")"

# Each machine's capture holds the client's SYN to the server's port (read with python3's
# struct: classic .pcap, Linux cooked capture v1/v2 or Ethernet).
has_syn() {
    python3 - "$1" "$client_ip" "$server_ip" "$port" <<'PYTHON'
import ipaddress, struct, sys
path, source, destination, port = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
data = open(path, "rb").read()
magic = struct.unpack("<I", data[:4])[0]
endian = "<" if magic in (0xa1b2c3d4, 0xa1b23c4d) else ">"
link = struct.unpack(endian + "I", data[20:24])[0] & 0x0fffffff
header = {1: 14, 113: 16, 276: 20}.get(link)
if header is None:
    sys.exit(f"unexpected link type {link}")
offset = 24
while offset + 16 <= len(data):
    captured = struct.unpack(endian + "I", data[offset + 8:offset + 12])[0]
    frame = data[offset + 16:offset + 16 + captured]
    offset += 16 + captured
    ip = frame[header:]
    if len(ip) < 40 or ip[0] >> 4 != 4 or ip[9] != 6:
        continue
    tcp = ip[(ip[0] & 0x0f) * 4:]
    flags = tcp[13]
    if (str(ipaddress.ip_address(ip[12:16])) == source and str(ipaddress.ip_address(ip[16:20])) == destination
            and struct.unpack(">H", tcp[2:4])[0] == port and flags & 0x02 and not flags & 0x10):
        sys.exit(0)
sys.exit("no SYN from the client in " + path)
PYTHON
}
for machine in server client; do
    if [ ! -s "$work/$machine.pcap" ]; then
        fail "the $machine wrote no capture: $(cat "$work/$machine.err")"
        continue
    fi
    has_syn "$work/$machine.pcap" || fail "the $machine machine's default capture lacks the client's SYN"
    if command -v tshark >/dev/null; then
        tshark -r "$work/$machine.pcap" 2>/dev/null | grep -q "$client_ip → $server_ip .*→ $port \[SYN\]" \
            || fail "tshark does not find the client's SYN in the $machine's capture"
    fi
done

if [ ${#failures[@]} -gt 0 ]; then
    echo "${#failures[@]} failure(s)"
    exit 1
fi
echo "PASS: the classmate's connection is in both machines' default captures and in the server's events"
