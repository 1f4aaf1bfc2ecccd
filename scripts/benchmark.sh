#!/usr/bin/env bash
# SocketLab against socat under the same loads, on loopback.
#   scripts/benchmark.sh [--rounds N (default 2)] [--loads tcp-100,udp-50k,...] [--no-build]
#                        [--keep-logs] [--gui-capture]
# Builds a Release tree (build-bench, or $SOCKETLAB_BENCH_BUILD) with the load generator
# (bench/loadgen), then for every load runs socat, SocketLab headless and SocketLab's window
# (offscreen: no display needed) one after the other, each on a fresh port, and prints a
# Markdown table with PASS/FAIL per target; the same text goes to build-bench/benchmark.md.
# Then bench/run-model-benchmarks.sh (model, log view and startup targets), when present.
# The loads are described in bench/README.md. Exit status: 0 when every target passes, 1 when
# one fails, 2 when the benchmark could not run (build, missing tools).
# Run as root, the window would capture every packet of the load (capture follows the page
# when permitted); it runs as "nobody" instead, like a student's account without capture
# permission, unless --gui-capture is given.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCKETLAB_BENCH_BUILD:-$here/build-bench}"
rounds=2
do_build=1
keep_logs=0
gui_capture=0
only_loads=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --no-build) do_build=0; shift ;;
        --keep-logs) keep_logs=1; shift ;;
        --gui-capture) gui_capture=1; shift ;;
        --loads) only_loads=",$2,"; shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "benchmark.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$rounds" in ''|*[!0-9]*|0) echo "benchmark.sh: --rounds takes a number from 1" >&2; exit 2 ;; esac

# --- What the build and the loads need (Debian 12 / Ubuntu 22.04+), as bootstrap.sh does ------
packages=(g++ cmake ninja-build pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libpcap-dev libbenchmark-dev python3 socat xvfb xauth procps util-linux)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "benchmark: instalando / installing: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Instale como root / install as root: ${missing[*]}" >&2; exit 2; }
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$do_build" = 1 ]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSOCKETLAB_BUILD_BENCHMARKS=ON -DSOCKETLAB_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
    cmake --build "$build" -j "${SOCKETLAB_BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}" --target socketlab socketlab-loadgen
fi
app="$build/app/socketlab"
loadgen="$build/bench/loadgen/socketlab-loadgen"
for program in "$app" "$loadgen"; do
    [ -x "$program" ] || { echo "benchmark: $program is missing (run without --no-build)" >&2; exit 2; }
done

# 1,000 clients mean 1,000 sockets in the server too: raise the open-files limit for every
# process started from here (the soft limit up to the hard one).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 4096 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 2100 ]; then
    echo "benchmark: the open-files limit is $(ulimit -n); 1,000 connections need ~2,100 (ulimit -Hn)" >&2
fi

runs="$build/benchmark-runs"
rm -rf "$runs"
mkdir -p "$runs"
# The window's settings, runtime files and stats file live in a throwaway folder, owned by the
# user it runs as.
config_home="$(mktemp -d)"
server_pid=""
# Interrupted (Ctrl+C), the server of the current run goes too.
trap '[ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null; rm -rf "$config_home"' EXIT
trap 'exit 130' INT TERM
gui_as=()
gui_note="the window runs as $(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    if [ "$gui_capture" = 1 ]; then
        gui_note="the window runs as root: it captures every packet of the load"
    elif command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
        chown nobody "$config_home"
        gui_as=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
        gui_note="the window runs as nobody: no packet capture (--gui-capture to capture as root)"
    else
        gui_note="the window runs as root (no setpriv or no user nobody): it captures every packet of the load"
    fi
fi
gui_env=(env HOME="$config_home" XDG_CONFIG_HOME="$config_home" XDG_RUNTIME_DIR="$config_home" QT_QPA_PLATFORM=offscreen)
clock_ticks="$(getconf CLK_TCK)"

# --- The loads: name, protocol, load generator arguments ----------------------------------
# TCP: 100,000 request/response messages of 32 bytes, one in flight per connection (a client
# that waits for each answer, as the course's clients do). Oneshot: 3,000 connections, 10 at
# once (bounded: each leaves a TIME_WAIT socket for 60 s). UDP: runs of 2-3 s at the rate; the
# unpadded "#seq/total\n" datagrams end in '\n', so socat's output counts them by lines.
loads=(
    "tcp-10|tcp|tcp --connections 10 --messages 10000 --timeout 120"
    "tcp-100|tcp|tcp --connections 100 --messages 1000 --timeout 120"
    "tcp-1000|tcp|tcp --connections 1000 --messages 100 --timeout 120"
    "oneshot|tcp|oneshot --count 3000 --concurrency 10 --timeout 120"
    "udp-10k|udp|udp --rate 10000 --count 30000 --timeout 60"
    "udp-50k|udp|udp --rate 50000 --count 100000 --timeout 60"
    "udp-max|udp|udp --rate max --count 300000 --timeout 60"
)
if [ -n "$only_loads" ]; then
    chosen=()
    for entry in "${loads[@]}"; do
        case "$only_loads" in *",${entry%%|*},"*) chosen+=("$entry") ;; esac
    done
    [ ${#chosen[@]} -gt 0 ] || { echo "benchmark.sh: --loads: none of ${only_loads//,/ } is a load (tcp-10 tcp-100 tcp-1000 oneshot udp-10k udp-50k udp-max)" >&2; exit 2; }
    loads=("${chosen[@]}")
fi
servers=(socat headless gui)
max_clients=1000

# --- Helpers over /proc ---------------------------------------------------------------------
port_hex() { printf ':%04X' "$1"; }

port_in_use() {
    local hex
    hex="$(port_hex "$1")"
    awk -v hex="$hex" 'NR > 1 && substr($2, length($2) - 4) == hex { found = 1 } END { exit !found }' \
        /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/udp6 2>/dev/null
}

# Below the ephemeral range (32768-60999), so that no client socket of an earlier load holds it.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 12000))
        port_in_use "$port" || { echo "$port"; return; }
    done
}

# Listening (TCP state 0A) or bound (UDP) on the port, and the server still alive.
wait_ready() {
    local port="$1" proto="$2" pid="$3" hex files state
    hex="$(port_hex "$port")"
    if [ "$proto" = tcp ]; then files="/proc/net/tcp /proc/net/tcp6"; state=0A; else files="/proc/net/udp /proc/net/udp6"; state=07; fi
    for _ in $(seq 300); do
        kill -0 "$pid" 2>/dev/null || return 1
        # shellcheck disable=SC2086
        awk -v hex="$hex" -v state="$state" 'NR > 1 && substr($2, length($2) - 4) == hex && $4 == state { found = 1 }
                                             END { exit !found }' $files 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# The kernel's drop counter (last column of /proc/net/udp{,6}) of the sockets bound to the port.
udp_drops() {
    local hex
    hex="$(port_hex "$1")"
    awk -v hex="$hex" 'NR > 1 && substr($2, length($2) - 4) == hex { drops += $NF } END { print drops + 0 }' \
        /proc/net/udp /proc/net/udp6 2>/dev/null
}

# utime + stime + cutime + cstime (the reaped children: socat forks one per connection).
cpu_ticks() {
    sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }' || echo 0
}

peak_rss_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# Proportional set size of a process and its children, shared pages counted once overall.
tree_pss_kb() {
    local total=0 pid pss
    for pid in "$1" $(pgrep -P "$1" 2>/dev/null || true); do
        pss=$(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
        total=$((total + ${pss:-0}))
    done
    echo "$total"
}

now_seconds() { date +%s.%N; }

# --- One load against one server ------------------------------------------------------------
run_one() {
    local load="$1" proto="$2" args="$3" server="$4" round="$5"
    local base="$runs/$load.$server.$round" port pid started=1 drops=0 received="" rss pss="" cpu
    port="$(free_port)"
    : > "$base.server.log"
    case "$server.$proto" in
        # PIPE echoes inside each forked socat; EXEC:cat would add a cat process and a pipe hop
        # per message and make the reference slower than socat can be: PIPE is the fair one.
        socat.tcp) socat TCP-LISTEN:"$port",reuseaddr,fork,backlog=1024 PIPE 2> "$base.server.log" & pid=$! ;;
        # Every datagram ends in '\n': the lines socat writes out are the datagrams it received.
        socat.udp) socat -u UDP-RECV:"$port" - > "$base.output" 2> "$base.server.log" & pid=$! ;;
        # SocketLab turns away clients beyond --max-clients (200 by default): the loads go to 1,000.
        headless.tcp) "$app" --headless --mode tcp-multi --port "$port" --reply echo --max-clients "$max_clients" --json \
                          > "$base.output" 2> "$base.server.log" & pid=$! ;;
        headless.udp) "$app" --headless --mode udp-server --port "$port" --reply none --json > "$base.output" 2> "$base.server.log" & pid=$! ;;
        gui.tcp) "${gui_as[@]}" "${gui_env[@]}" "$app" --mode tcp-multi --port "$port" --reply echo --max-clients "$max_clients" \
                     --stats-file "$config_home/stats.json" > /dev/null 2> "$base.server.log" & pid=$! ;;
        gui.udp) "${gui_as[@]}" "${gui_env[@]}" "$app" --mode udp-server --port "$port" --reply none \
                     --stats-file "$config_home/stats.json" > /dev/null 2> "$base.server.log" & pid=$! ;;
    esac
    server_pid="$pid"
    wait_ready "$port" "$proto" "$pid" || started=0

    local cpu_before time_before time_after sampler=""
    cpu_before="$(cpu_ticks "$pid")"
    time_before="$(now_seconds)"
    if [ "$started" = 1 ]; then
        if [ "$server.$proto" = socat.tcp ]; then
            (sleep 1; tree_pss_kb "$pid" > "$base.pss") &
            sampler=$!
        fi
        # shellcheck disable=SC2086
        "$loadgen" $args --port "$port" > "$base.loadgen.json" 2> "$base.loadgen.log" || true
        # What is still queued reaches the server (UDP) and socat reaps its children (TCP).
        sleep 1
    fi
    time_after="$(now_seconds)"
    cpu="$(cpu_ticks "$pid")"
    rss="$(peak_rss_kb "$pid")"
    [ "$proto" = udp ] && drops="$(udp_drops "$port")"
    [ -n "$sampler" ] && wait "$sampler"
    [ -s "$base.pss" ] && pss="$(cat "$base.pss")"

    # SIGTERM: socat exits, SocketLab stops as when its window is closed (stats file written).
    local exit_code=0 stopped=1
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        stopped=0
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || exit_code=$?
    server_pid=""
    [ "$server" = gui ] && [ -f "$config_home/stats.json" ] && mv "$config_home/stats.json" "$base.stats.json"
    if [ -f "$base.output" ]; then
        case "$server.$proto" in
            socat.udp) received="$(wc -l < "$base.output")" ;;
            headless.*) received="$(grep -c '"event":"received"' "$base.output" || true)" ;;
        esac
        [ "$keep_logs" = 1 ] || rm -f "$base.output"
    fi

    python3 - "$base.result.json" <<PY
import json, os, sys
def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None
ticks = float("${cpu:-0}" or 0) - float("${cpu_before:-0}" or 0)
seconds = float("$time_after") - float("$time_before")
record = {
    "load": "$load", "server": "$server", "round": $round, "port": $port, "started": $started == 1,
    "loadgen": load("$base.loadgen.json"), "stats": load("$base.stats.json"),
    "cpu_seconds": ticks / $clock_ticks, "window_seconds": seconds,
    "cpu_percent": 100.0 * ticks / $clock_ticks / seconds if seconds > 0 else None,
    "peak_rss_kb": int("${rss:-0}" or 0), "tree_pss_kb": int("$pss") if "$pss" else None,
    "udp_drops": int("$drops") if "$proto" == "udp" else None,
    "received_lines": int("$received") if "$received" else None,
    "stopped_on_sigterm": $stopped == 1, "exit_code": $exit_code,
}
json.dump(record, open(sys.argv[1], "w"))
PY
    printf '  %-9s %-8s round %s: %s\n' "$load" "$server" "$round" \
        "$( [ "$started" = 1 ] && tail -n 1 "$base.loadgen.log" || echo "did not start (see $base.server.log)")"
}

machine="$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, Linux $(uname -r), $(socat -V 2>/dev/null | awk '/socat version/ { print "socat " $3; exit }')"
echo "benchmark: $machine; $gui_note; runs in $runs"
for entry in "${loads[@]}"; do
    IFS='|' read -r load proto args <<< "$entry"
    for ((round = 1; round <= rounds; ++round)); do
        for server in "${servers[@]}"; do
            run_one "$load" "$proto" "$args" "$server" "$round"
        done
    done
done

# --- The table and the targets --------------------------------------------------------------
report="$build/benchmark.md"
status=0
BENCH_HEADER="$machine; $gui_note; $rounds round(s), the best counts." \
LOAD_ORDER="$(printf '%s\n' "${loads[@]}" | cut -d'|' -f1 | tr '\n' ' ')" \
    python3 - "$runs" "$report" <<'PY' || status=$?
import glob, json, os, sys

runs_dir, report_path = sys.argv[1], sys.argv[2]
SOCAT_REFERENCE = {"tcp-1000": 14000}  # the issue's figure on a machine like ours
records = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(runs_dir, "*.result.json")))]

def primary(r):
    """The figure a run is judged by: higher is better."""
    g = r.get("loadgen") or {}
    if r["load"].startswith("tcp"):
        return g.get("messages_per_s", 0.0)
    if r["load"] == "oneshot":
        return g.get("per_s", 0.0)
    return received(r) or 0

def received(r):
    if r["server"] == "gui":
        page = ((r.get("stats") or {}).get("pages") or {}).get("udp-server") or {}
        return page.get("received_events")
    return r.get("received_lines")

def best(load, server):
    candidates = [r for r in records if r["load"] == load and r["server"] == server]
    return max(candidates, key=primary) if candidates else None

def n(x):
    return f"{x:,.0f}" if isinstance(x, (int, float)) else "–"

def cell(r):
    if r is None:
        return "–"
    if not r["started"]:
        return "did not start"
    g = r.get("loadgen") or {}
    failures = (g.get("failures") or {}).get("total", 0)
    warn = f" ⚠ {failures} failures" if failures else ""
    if r["load"].startswith("tcp"):
        held = f", {g.get('connections_held')} held" if r["load"] == "tcp-1000" else ""
        return f"{n(g.get('messages_per_s'))} msg/s (p99 {g.get('latency_p99_us', 0) / 1000:.1f} ms{held}){warn}"
    if r["load"] == "oneshot":
        return f"{n(g.get('per_s'))} conn/s (p99 {g.get('latency_p99_us', 0) / 1000:.1f} ms){warn}"
    got, offered, seconds = received(r), g.get("offered"), g.get("elapsed_s") or 0
    rate = f", {n(got / seconds)}/s" if r["load"] == "udp-max" and got and seconds else ""
    return f"{n(got)}/{n(offered)} received{rate}, {n(r.get('udp_drops'))} dropped"

def ratio(a, b):
    pa, pb = (primary(a) if a else 0), (primary(b) if b else 0)
    return f"{pa / pb:.2f}×" if pa and pb else "–"

def units(r):
    """What the server handled in the run: messages, connections or datagrams."""
    g = r.get("loadgen") or {}
    if r["load"].startswith("tcp"):
        return g.get("messages", 0)
    if r["load"] == "oneshot":
        return g.get("completed", 0)
    return received(r) or 0

def resources(r, label):
    if r is None or not r["started"]:
        return f"{label} –"
    memory = r.get("tree_pss_kb") or r.get("peak_rss_kb") or 0
    kind = "PSS" if r.get("tree_pss_kb") else "RSS"
    cpu, handled = r.get("cpu_percent"), units(r)
    text = f"{label} {memory / 1024:.0f} MB {kind}"
    if cpu is not None:
        text += f", {cpu:.0f}%"
    if handled and r.get("cpu_seconds") is not None:
        # CPU time per message: unlike the rates, hardly changed by other processes on the machine.
        text += f", {r['cpu_seconds'] * 1e6 / handled:.0f} µs each"
    return text

def stall(r):
    s = ((r or {}).get("stats") or {}).get("stall")
    return f"{s['p99_ms']:.0f} / {s['max_ms']:.0f} ms" if s else "–"

loads = [load for load in os.environ["LOAD_ORDER"].split() if any(r["load"] == load for r in records)]
lines = ["# SocketLab under load (scripts/benchmark.sh)", "", os.environ["BENCH_HEADER"], "",
         "Ratios: SocketLab's figure over socat's (messages/s, connections/s, datagrams received).", "",
         "| Load | socat | headless | ratio | GUI | ratio | GUI stall p99 / max | server memory, CPU (one core = 100%), CPU time per message |",
         "|---|---|---|---|---|---|---|---|"]
for load in loads:
    s, h, g = best(load, "socat"), best(load, "headless"), best(load, "gui")
    lines.append(f"| {load} | {cell(s)} | {cell(h)} | {ratio(h, s)} | {cell(g)} | {ratio(g, s)} | {stall(g)} | "
                 + " · ".join([resources(s, "socat"), resources(h, "headless"), resources(g, "GUI")]) + " |")

verdicts = []
def target(ok, text):
    verdicts.append(ok)
    lines.append(f"- {'PASS' if ok else 'FAIL'}: {text}")

lines += ["", "Targets:"]
skipped = [load for load in ("tcp-100", "tcp-1000", "udp-50k") if load not in loads]
if skipped:
    lines.append(f"- not judged: the targets of {', '.join(skipped)} (not run: --loads)")
for load in ("tcp-100", "tcp-1000"):
    if load not in loads:
        continue
    s = best(load, "socat")
    for server in ("headless", "gui"):
        r = best(load, server)
        mine, theirs = (primary(r) if r else 0), (primary(s) if s else 0)
        reference = f", issue's reference {n(SOCAT_REFERENCE[load])}" if load in SOCAT_REFERENCE else ""
        target(bool(mine) and mine >= theirs,
               f"TCP echo {load} {server}: {n(mine)} msg/s ≥ socat's {n(theirs)} msg/s{reference}")

for server in ("headless", "gui") if "tcp-1000" in loads else ():
    r = best("tcp-1000", server)
    g = (r or {}).get("loadgen") or {}
    held, failures = g.get("connections_held", 0), (g.get("failures") or {}).get("total", 0)
    if server == "gui":
        page = ((r or {}).get("stats") or {}).get("pages", {}).get("tcp-multi", {})
        rows, peak = page.get("table_rows", 0), page.get("connections_peak", 0)
        target(held == 1000 and failures == 0 and rows >= 1000 and peak >= 1000,
               f"1,000 connections held, GUI: {held} held by the clients, {failures} failures; "
               f"{n(peak)} open at the peak and {n(rows)} rows in the table")
    else:
        target(held == 1000 and failures == 0, f"1,000 connections held, headless: {held} held, {failures} failures")

for server in ("headless", "gui") if "udp-50k" in loads else ():
    r = best("udp-50k", server)
    g = (r or {}).get("loadgen") or {}
    offered, drops, got = g.get("offered", 0), (r or {}).get("udp_drops"), received(r) if r else None
    text = f"UDP at 50,000/s, {server}: {n(drops)} kernel drops, {n(got)}/{n(offered)} datagrams counted"
    ok = r is not None and drops == 0 and got == offered and g.get("sent") == offered
    if server == "gui":
        page = ((r or {}).get("stats") or {}).get("pages", {}).get("udp-server", {})
        logged = page.get("log_rows", 0) + page.get("log_dropped", 0)
        text += f", {n(page.get('log_rows'))} log rows + {n(page.get('log_dropped'))} dropped from the log"
        ok = ok and logged >= offered
    else:
        text += " as \"received\" lines"
    target(ok, text)

for load in loads:
    s = ((best(load, "gui") or {}).get("stats") or {}).get("stall")
    if not s:
        target(False, f"GUI stall under {load}: no statistics (the window did not start or did not write them)")
        continue
    target(s["p99_ms"] < 50 and s["max_ms"] < 200,
           f"GUI stall under {load}: p99 {s['p99_ms']:.1f} ms (< 50), max {s['max_ms']:.1f} ms (< 200), "
           f"{n(s.get('samples'))} samples every {s.get('interval_ms')} ms")

lines.append("")
lines.append(f"{sum(verdicts)} of {len(verdicts)} targets passed.")
text = "\n".join(lines) + "\n"
open(report_path, "w").write(text)
print(text)
sys.exit(0 if all(verdicts) else 1)
PY
[ "$status" -le 1 ] || { echo "benchmark: the report could not be made (status $status)" >&2; exit 2; }

# --- Model, log view and startup targets (another script, appended when present) ------------
models="$here/bench/run-model-benchmarks.sh"
if [ -x "$models" ] || [ -f "$models" ]; then
    echo "benchmark: model, log view and startup benchmarks ($models)"
    if [ "$do_build" = 1 ]; then
        cmake --build "$build" -j "${SOCKETLAB_BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}" \
            --target bench-models bench-messagelogview socketlab >/dev/null || true
    fi
    model_status=0
    { echo; echo "## Models, log view, startup"; echo; bash "$models" "$build"; } 2>&1 | tee -a "$report" || model_status=$?
    [ "$model_status" -eq 0 ] || status=1
fi
echo "benchmark: report saved to $report"
exit "$status"
