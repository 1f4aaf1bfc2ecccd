#!/bin/bash
# Loopback throughput of the file server and client (issue 21) beside nc sending the same file.
# Usage: bench/filetransfer.sh [BUILD_DIR] [SIZE_MIB]   (default build, 1024 MiB)
# The file is sparse (zeros, no disk read); both receivers write to a file in the same folder.
# Prints seconds and MiB/s for each, the CPU time each receiver used, and the SocketLab
# processes' peak resident memory. SocketLab hashes (SHA-256) on both sides; nc does not, so
# "nc | sha256sum" is timed too.
set -euo pipefail
build=${1:-build}
mib=${2:-1024}
socketlab=$(realpath "$build/app/socketlab")
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir "$work/shared"
truncate -s "${mib}M" "$work/shared/big.bin"
port=$((20000 + RANDOM % 20000))

now() { date +%s.%N; }
rate() { awk -v s="$1" -v m="$mib" 'BEGIN { printf "%.2f s, %.0f MiB/s", s, m / s }'; }
peak() { awk '/VmHWM/ { printf "%d MB", $2 / 1024 }' "/proc/$1/status"; }

# nc: one connection, the file on stdin, FIN after it (-N); the client writes what arrives.
nc -N -l 127.0.0.1 "$port" < "$work/shared/big.bin" &
sleep 0.3
start=$(now)
/usr/bin/time -f "%U %S" -o "$work/nc.cpu" nc 127.0.0.1 "$port" < /dev/null > "$work/nc.out"
nc_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
wait
echo "nc:        $(rate "$nc_seconds") ($(stat -c %s "$work/nc.out") bytes; client CPU $(awk '{ print $1 + $2 }' "$work/nc.cpu") s)"
rm -f "$work/nc.out"

nc -N -l 127.0.0.1 "$port" < "$work/shared/big.bin" &
sleep 0.3
start=$(now)
nc 127.0.0.1 "$port" < /dev/null | tee "$work/nc.out" | sha256sum > /dev/null
nc_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
wait
echo "nc | tee | sha256sum: $(rate "$nc_seconds")"
rm -f "$work/nc.out"

"$socketlab" --headless --mode file-server --root "$work/shared" --bind 127.0.0.1 --port "$port" > /dev/null &
server=$!
sleep 0.5
start=$(now)
/usr/bin/time -f "%U %S" -o "$work/client.cpu" \
    "$socketlab" --headless --json --mode file-client --port "$port" --get big.bin --output "$work/socketlab.out" \
    > "$work/client.json" &
client=$!
client_peak=0
while kill -0 "$client" 2>/dev/null; do
    child=$(awk '{ print $1 }' "/proc/$client/task/$client/children" 2>/dev/null || true)
    [ -n "$child" ] && client_peak=$(peak "$child" 2>/dev/null || echo "$client_peak")
    sleep 0.1
done
wait "$client"
sl_seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
server_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server/stat")
echo "socketlab: $(rate "$sl_seconds") ($(stat -c %s "$work/socketlab.out") bytes; client CPU $(awk '{ print $1 + $2 }' "$work/client.cpu") s, server CPU $server_cpu s; peak memory client $client_peak, server $(peak "$server"))"
grep '"phase":"finished"' "$work/client.json" | python3 -c '
import json, sys
t = json.loads(sys.stdin.readline())
print("           recv() calls: %d, transfer %.2f s by its own clock, sha256 %s" % (t["recvCalls"], t["seconds"], t["sha256"][:16]))
print("           recv() sizes (from, count):", ", ".join("%s: %d" % kv for kv in sorted(t["callSizes"].items(), key=lambda kv: int(kv[0]))))'
kill -INT "$server"
wait "$server" || true
