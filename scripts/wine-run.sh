#!/bin/bash
# Runs a program of the Windows build under Wine: CTest's CMAKE_CROSSCOMPILING_EMULATOR, the
# installer test and the screenshots use it. Qt's DLLs and plugins come from the Qt for MinGW
# the build used, the MinGW runtime from Debian's mingw-w64 packages.
#   SOCKETLAB_QT_PREFIX=<Qt for MinGW> scripts/wine-run.sh program.exe [arguments]
#   SOCKETLAB_QT_PREFIX=<Qt for MinGW> scripts/wine-run.sh --prepare   (make the prefix, then wait)
# A Qt Test's log is written to a file (-o file,txt) and printed afterwards: under Wine its
# standard output does not reach a pipe or a file reliably.
set -u
qt=${SOCKETLAB_QT_PREFIX:?set SOCKETLAB_QT_PREFIX to the Qt for MinGW folder}
wine=$(command -v wine64 || true)
[ -n "$wine" ] || wine=/usr/lib/wine/wine64
export WINEPREFIX=${WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/socketlab/wineprefix}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEPATH="$qt/bin;/usr/lib/gcc/x86_64-w64-mingw32/12-posix;/usr/x86_64-w64-mingw32/lib"
export QT_PLUGIN_PATH="$qt/plugins"
mkdir -p "$WINEPREFIX"

# Debian's wine64 without wine32 leaves the prefix's Fonts folder empty, so Wine offers only the
# host's fonts and Qt's "MS Shell Dlg" falls back to DejaVu Math TeX Gyre, whose metrics push
# every QLineEdit's text out of sight. Windows has Tahoma there; give the prefix Wine's own.
prepare_prefix() {
    local fonts="$WINEPREFIX/drive_c/windows/Fonts"
    [ -e "$fonts/tahoma.ttf" ] && return
    (
        flock 9
        [ -d "$fonts" ] || "$wine" wineboot --init </dev/null >/dev/null 2>&1
        if [ -d /usr/share/wine/fonts ]; then
            mkdir -p "$fonts" && cp -n /usr/share/wine/fonts/*.ttf "$fonts"/
        fi
    ) 9>"$WINEPREFIX/.socketlab-prefix.lock"
}
prepare_prefix
# --prepare: a new prefix made and settled before a suite starts tests side by side (two tests
# starting Wine on a prefix still being set up left one hanging until CTest's timeout).
if [ "${1:-}" = --prepare ]; then
    "$(command -v wineserver || echo /usr/lib/wine/wineserver)" -w
    exit 0
fi

# Tests that show windows use Qt's windows platform, which needs Wine's X11 driver: a
# virtual screen of their own when there is no display.
if [ "${QT_QPA_PLATFORM:-}" = windows ] && [ -z "${DISPLAY:-}" ] && [ -z "${SOCKETLAB_IN_XVFB:-}" ]; then
    SOCKETLAB_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" "$@"
fi

program=$1
shift
case "$(basename "$program")" in
tst_*)
    log=$(mktemp --suffix=.txt)
    # Wine's own processes (wineserver, services.exe, explorer.exe) outlive the test and keep
    # the descriptors it inherited: were those CTest's pipes, CTest would wait for them until
    # its timeout although the test had ended. So the test writes to files only.
    "$wine" "$program" "$@" -o "$log,txt" </dev/null >"$log.out" 2>&1 &
    pid=$!
    # Once Qt Test has written its totals, allow 30 s to exit, then stop the process and let
    # the totals decide.
    while kill -0 "$pid" 2>/dev/null && ! grep -q '^\*\*\*\*\*\*\*\*\* Finished testing' "$log" 2>/dev/null; do
        sleep 1
    done
    for _ in $(seq 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        cat "$log" "$log.out"
        echo "wine-run.sh: the test finished but its process did not exit under Wine; stopped it"
        grep -qE '^Totals: [0-9]+ passed, 0 failed' "$log"
        status=$?
    else
        wait "$pid"
        status=$?
        cat "$log" "$log.out"
    fi
    rm -f "$log" "$log.out"
    exit $status
    ;;
*)
    exec "$wine" "$program" "$@"
    ;;
esac
