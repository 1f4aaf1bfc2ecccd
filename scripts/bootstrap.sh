#!/usr/bin/env bash
# SocketLab's one command: installs what is missing (Debian 12 / Ubuntu 22.04+), builds, then
#   bootstrap.sh run [socketlab options]   starts the app
#   bootstrap.sh test                      runs every test (CTest), as CI does: the fuzz targets
#                                          for a bounded time (build-fuzz, clang), the whole
#                                          suite under ASan+UBSan (build-asan), then the suite
#                                          in the normal build, and the Windows suite under
#                                          Wine when a Qt for MinGW is at hand; fails if any does
#   bootstrap.sh windows                   cross-builds for Windows, tests under Wine, writes
#                                          build-windows/SocketLab-<version>-win64-setup.exe and
#                                          -win64.zip (scripts/windows.sh; SOCKETLAB_QT_WINDOWS)
set -euo pipefail

action="${1:-run}"
[ $# -gt 0 ] && shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCKETLAB_BUILD_DIR:-$here/build}"

if [ "$action" = windows ]; then
    exec bash "$here/scripts/windows.sh"
fi

# What the build and the app need, by Debian package name; the tests need more (peers, the
# .deb and its checks: lintian, help2man and a pt_BR locale for the manual pages, the desktop
# and AppStream validators), installed only for `test` so the first run stays short.
packages=(g++ cmake ninja-build pkg-config
          qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
          libpcap-dev fonts-dejavu-core)
if [ "$action" = test ]; then
    packages+=(ccache tshark dpkg-dev file xvfb xauth python3 python3-markdown socat netcat-openbsd
               lintian help2man locales man-db desktop-file-utils appstream)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SocketLab: instalando / installing: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Instale como root / install as root: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    # tshark asks whether non-root users may capture: answer "no" ahead (setcap is explained
    # in the README), so the install never stops to ask.
    echo "wireshark-common wireshark-common/install-setuid boolean false" | $sudo debconf-set-selections
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The test command also fuzzes briefly, with clang's libFuzzer. Optional: where these packages
# cannot be had, that step says so and the tests run all the same. (The sanitized suite needs
# nothing more: g++ brings AddressSanitizer and UndefinedBehaviorSanitizer.)
if [ "$action" = test ]; then
    fuzz_missing=()
    for package in clang libclang-rt-dev; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || fuzz_missing+=("$package")
    done
    if [ ${#fuzz_missing[@]} -gt 0 ]; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${fuzz_missing[@]}" \
            || echo "SocketLab: clang/libFuzzer indisponível: sem fuzzing / not available: no fuzzing"
    fi
fi

jobs="$(nproc 2>/dev/null || echo 2)"
# ccache, where installed, makes the rebuilds of the three build folders cheap; paths are
# hashed relative to the checkout, so a clone in another folder shares the cache.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=1
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
if [ "$action" = run ]; then
    # The app alone, not the test suites: `test` builds everything in the same folder.
    cmake --build "$build" -j "$jobs" --target socketlab
else
    cmake --build "$build" -j "$jobs"
fi

case "$action" in
    run)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "Sem tela gráfica: use 'xvfb-run -a $0 run' ou --headless. / No display: use xvfb-run or --headless." >&2
        fi
        exec "$build/app/socketlab" "$@"
        ;;
    test)
        fuzz_status=0
        if command -v clang++ >/dev/null; then
            # A second, small build with clang: only the fuzz targets (and the libraries they
            # link), each run for SOCKETLAB_FUZZ_SECONDS (tests/CMakeLists.txt).
            fuzz_build="$here/build-fuzz"
            fuzz_targets=(fuzz_packetdecoder fuzz_lineframer fuzz_commandline fuzz_reportescaping fuzz_requestname)
            if CC=clang CXX=clang++ cmake -S "$here" -B "$fuzz_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" > "$fuzz_build.log" 2>&1 \
                && cmake --build "$fuzz_build" -j "$jobs" --target "${fuzz_targets[@]}" >> "$fuzz_build.log" 2>&1; then
                (cd "$fuzz_build" && ctest --output-on-failure -R '^fuzz_') || fuzz_status=$?
            else
                echo "SocketLab: the fuzz build failed (see $fuzz_build.log)"
                tail -n 30 "$fuzz_build.log"
                fuzz_status=1
            fi
        else
            echo "SocketLab: clang++ not found: the fuzz step is skipped"
        fi

        # The whole suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer (g++):
        # any memory error, leak or undefined behaviour fails the test it happens in. No leak
        # suppressions: the suite is leak-free, Qt's own start-up and exit included.
        # tst_packaging is left out: it packs the .deb of whatever was built, which is no
        # different for a sanitized build and would only make a second, slower .deb.
        # -O1 -g1 (line tables: enough for the sanitizers' file:line traces) builds in 60% of
        # the time -O2 -g takes (550 s instead of 880 s here, 2 cores).
        sanitize_status=0
        sanitize_build="$here/build-asan"
        if CXX=g++ cmake -S "$here" -B "$sanitize_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
                "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DSOCKETLAB_SANITIZE=ON "${launcher[@]}" > "$sanitize_build.log" 2>&1 \
            && cmake --build "$sanitize_build" -j "$jobs" >> "$sanitize_build.log" 2>&1; then
            (cd "$sanitize_build" \
                && ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1 \
                   UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                   ctest --output-on-failure --timeout 600 -E '^(tst_packaging|fuzz_.*)$') || sanitize_status=$?
        else
            echo "SocketLab: the sanitized build failed (see $sanitize_build.log)"
            tail -n 30 "$sanitize_build.log"
            sanitize_status=1
        fi

        # The Windows build's suite under Wine, when a Qt for MinGW is at hand (CI sets it).
        windows_status=0
        qt_cache="${SOCKETLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/socketlab}/qt-6.4.2-mingw64/.built"
        if [ -n "${SOCKETLAB_QT_WINDOWS:-}" ] || [ -f "$qt_cache" ]; then
            bash "$here/scripts/windows.sh" || windows_status=$?
        else
            echo "SocketLab: the Windows suite did NOT run: no Qt for MinGW (set SOCKETLAB_QT_WINDOWS=<folder or .tar.xz>, or run bootstrap.sh windows once)"
        fi

        cd "$build"
        # GUI tests run offscreen (set per test in tests/CMakeLists.txt): no display needed.
        status=0
        ctest --output-on-failure --timeout 300 "$@" || status=$?
        [ "$status" -ne 0 ] && exit "$status"
        [ "$windows_status" -ne 0 ] && exit "$windows_status"
        [ "$sanitize_status" -ne 0 ] && exit "$sanitize_status"
        exit "$fuzz_status"
        ;;
    *)
        echo "usage: $0 run|test|windows" >&2
        exit 2
        ;;
esac
