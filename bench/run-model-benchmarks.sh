#!/usr/bin/env bash
# The model, decoder, log-view and startup targets, measured and judged:
#   bench/run-model-benchmarks.sh [BUILD_DIR]      (default: build-bench next to this folder)
# BUILD_DIR must be configured with -DSOCKETLAB_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
# and have built: bench-models bench-messagelogview socketlab.
# Runs the Google Benchmark executables (each model benchmark in its own process, so that its
# RSS is its own), then SocketLab's time to first frame (STARTUP_RUNS starts, offscreen and
# under xvfb-run, where the target is judged), then prints a
# Markdown table with PASS/FAIL per target. Raw JSON stays in BENCH_OUT (default: a new temp
# folder, printed). Exit status: 0 when every target passes, 1 when one fails or was not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# Internal: one startup series on the display the caller set up (this script under xvfb-run).
if [ "${1:-}" = "--startup-series" ]; then
    shift
    platform=$1 runs=$2 app=$3 out=$4
    config="$(mktemp -d)"
    # SocketLab's settings go to a throwaway folder: the runs never touch the user's.
    export XDG_CONFIG_HOME="$config"
    : > "$out"
    # Each program is started through this, which writes CLOCK_MONOTONIC into
    # SOCKETLAB_LAUNCHED_AT_NS right before exec(): the probe (app/startupprobe.h) then counts
    # from there to the microsecond, not from /proc's 10 ms clock ticks.
    launch='import os, sys, time
os.environ["SOCKETLAB_LAUNCHED_AT_NS"] = str(time.monotonic_ns())
os.execv(sys.argv[1], sys.argv[1:])'
    # One start not counted: later starts find the libraries and fonts in the page cache.
    timeout 1 "$app" > /dev/null 2>&1 || true
    for ((run = 1; run <= runs; ++run)); do
        # SocketLab writes its statistics at exit; idle RSS is read 2 s after launch, which is
        # at least a second after its first frame (checked below from first_frame_ms).
        stats="$config/stats.json"
        rm -f "$stats"
        python3 -c "$launch" "$app" --stats-file "$stats" >/dev/null 2>&1 &
        pid=$!
        sleep 2
        rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        app_ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["first_frame_ms"])' "$stats" 2>/dev/null || echo -1)
        echo "{\"platform\": \"$platform\", \"program\": \"socketlab\", \"first_frame_ms\": $app_ms, \"rss_kb\": ${rss_kb:-0}}" >> "$out"
    done
    rm -rf "$config"
    exit 0
fi

build="$(cd "${1:-$here/../build-bench}" && pwd)"
runs="${STARTUP_RUNS:-15}"
out="${BENCH_OUT:-$(mktemp -d /tmp/socketlab-model-bench.XXXXXX)}"
mkdir -p "$out"

models="$build/bench/models/bench-models"
logview="$build/bench/models/bench-messagelogview"
app="$build/app/socketlab"
for program in "$models" "$logview" "$app"; do
    if [ ! -x "$program" ]; then
        echo "Missing $program. Build it first:" >&2
        echo "  cmake -S $here/.. -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSOCKETLAB_BUILD_BENCHMARKS=ON" >&2
        echo "  ninja -C $build bench-models bench-messagelogview socketlab" >&2
        exit 2
    fi
done

export QT_QPA_PLATFORM=offscreen
echo "Model benchmarks (one process each) -> $out" >&2
index=0
while read -r name; do
    index=$((index + 1))
    echo "  $name" >&2
    "$models" --benchmark_filter="^${name}\$" --benchmark_format=console \
        --benchmark_out="$out/models-$index.json" --benchmark_out_format=json >&2 \
        || echo "  $name failed: its figures are reported as not run" >&2
done < <("$models" --benchmark_list_tests)

echo "Log view benchmarks (1M rows, offscreen) -> $out" >&2
"$logview" --benchmark_out="$out/logview.json" --benchmark_out_format=json >&2 \
    || echo "  bench-messagelogview failed: its figures are reported as not run" >&2

echo "Startup: $runs runs" >&2
"$0" --startup-series offscreen "$runs" "$app" "$out/startup-offscreen.jsonl"
if command -v xvfb-run >/dev/null; then
    # -noreset: otherwise Xvfb resets (rebuilding its keyboard map) when its last client leaves,
    # beside the next start; a desktop's X server does not reset between two applications.
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" \
        "$0" --startup-series xcb "$runs" "$app" "$out/startup-xcb.jsonl"
else
    echo "  xvfb-run is not installed: offscreen only" >&2
fi

python3 "$here/models/targets-report.py" "$out"
