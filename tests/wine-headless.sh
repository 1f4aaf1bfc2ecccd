#!/usr/bin/env bash
# The headless command line of the Windows build, under Wine, driven by the Linux build's tests
# (scripts/windows.sh runs it after the Wine suite):
#   wine-headless.sh build-windows/app/socketlab.exe
# tst_headless, tst_abusivedata and tst_nothinglost start socketlab.exe through
# scripts/wine-run.sh (SOCKETLAB_TEST_BINARY / SOCKETLAB_TEST_LAUNCHER,
# tests/support/socketlabprocess.h), so their python3 peers and checks stay on the Linux side:
# a Windows process under Wine cannot exchange standard input and output with a Linux program
# (tests/windows.cmake). They come from the Linux build (SOCKETLAB_LINUX_BUILD_DIR, else
# bootstrap.sh's SOCKETLAB_BUILD_DIR, else build/), built here if missing or stale; without a
# configured Linux build this part is skipped, and said so.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exe=$(readlink -f "${1:?socketlab.exe}")
linux="${SOCKETLAB_LINUX_BUILD_DIR:-${SOCKETLAB_BUILD_DIR:-$here/build}}"
: "${SOCKETLAB_QT_PREFIX:?set SOCKETLAB_QT_PREFIX (scripts/windows.sh does)}"

# Each program with the test functions that start the binary (the others run in-process and
# are covered by the Linux suite and the Wine list).
suites=("tst_headless"
        "tst_abusivedata headlessOutputShowsHostileBytesLiterally headlessLargestAndEmptyDatagrams"
        "tst_nothinglost headlessJsonUnderFlood headlessJsonUnderChurn")

if [ ! -f "$linux/CMakeCache.txt" ]; then
    echo "SocketLab (Windows): the headless command line was NOT tested under Wine: no Linux build in $linux (bash scripts/bootstrap.sh makes one)"
    exit 0
fi
cmake --build "$linux" --target tst_headless tst_abusivedata tst_nothinglost >/dev/null || exit 1

status=0
started=$(date +%s)
for suite in "${suites[@]}"; do
    read -r -a words <<<"$suite"
    echo "SocketLab (Windows): ${words[0]} against socketlab.exe under Wine"
    # The Linux test runs offscreen; socketlab.exe gets Qt's minimal platform (Windows has no
    # offscreen plugin), the launcher's env overriding what a test sets for the binary.
    QT_QPA_PLATFORM=offscreen SOCKETLAB_TEST_BINARY="$exe" \
    SOCKETLAB_TEST_LAUNCHER="env QT_QPA_PLATFORM=minimal bash $here/scripts/wine-run.sh" \
        timeout 600 "$linux/tests/${words[0]}" "${words[@]:1}" || status=1
done
echo "SocketLab (Windows): headless tests under Wine took $(( $(date +%s) - started )) s"
exit $status
