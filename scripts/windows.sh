#!/usr/bin/env bash
# bootstrap.sh windows (and the Windows half of bootstrap.sh test): cross-builds SocketLab for
# Windows x86-64 from Debian with MinGW-w64, runs the Windows suite under Wine, and packs
#   build-windows/SocketLab-<version>-win64-setup.exe   (installer: Start menu, uninstaller)
#   build-windows/SocketLab-<version>-win64.zip         (portable)
# then installs the setup.exe silently under Wine and checks the installed program.
# Both bootstrap.sh windows and bootstrap.sh test run all of it.
# Qt for MinGW: SOCKETLAB_QT_WINDOWS=<folder or .tar.xz>; without it the one cached in
# ~/.cache/socketlab (or SOCKETLAB_CACHE) is used, or built there from Debian's qt6-base source
# (scripts/build-qt-mingw.sh, about 45 minutes on 2 cores).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SOCKETLAB_WINDOWS_BUILD_DIR:-$here/build-windows}"
cache="${SOCKETLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/socketlab}"
mkdir -p "$cache"

packages=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine64 nsis fonts-wine
          cmake ninja-build qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n xvfb xauth x11-utils imagemagick python3)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SocketLab (Windows): instalando / installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Qt for MinGW: a folder is used as it is; a .tar.xz is unpacked once into the cache (by its
# checksum, so a new tarball is unpacked again); otherwise the cached build, or a new one.
qt_prefix() {
    local given="${SOCKETLAB_QT_WINDOWS:-}"
    if [ -n "$given" ] && [ -d "$given" ]; then
        echo "$given"
    elif [ -n "$given" ] && [ -f "$given" ]; then
        local sum target
        sum=$(sha256sum "$given" | cut -c1-16)
        target="$cache/qt-mingw-$sum"
        if [ ! -f "$target/.unpacked" ]; then
            rm -rf "$target" && mkdir -p "$target"
            tar -C "$target" -xf "$given" && touch "$target/.unpacked"
        fi
        echo "$target"
    elif [ -n "$given" ]; then
        echo "SOCKETLAB_QT_WINDOWS=$given: no such folder or file" >&2
        return 1
    elif [ -f "$cache/qt-6.4.2-mingw64/.built" ]; then
        echo "$cache/qt-6.4.2-mingw64"
    else
        echo "SocketLab (Windows): building Qt 6.4.2 for MinGW into $cache (about 45 min)..." >&2
        bash "$here/scripts/build-qt-mingw.sh" "$cache/qt-6.4.2-mingw64" "$cache/qt-mingw-work" >&2
        touch "$cache/qt-6.4.2-mingw64/.built"
        echo "$cache/qt-6.4.2-mingw64"
    fi
}
qt="$(qt_prefix)"
echo "SocketLab (Windows): Qt for MinGW: $qt"

export WINEPREFIX="${WINEPREFIX:-$cache/wineprefix}"
export SOCKETLAB_QT_PREFIX="$qt"
started=$(date +%s)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$here/cmake/mingw-w64-x86_64.cmake" \
    -DCMAKE_PREFIX_PATH="$qt" -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    "${launcher[@]}"
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"

# The suite under Wine, in one virtual screen: a Wine prefix keeps its desktop on the display
# its first window used, so windowed tests (Qt's windows platform, tests/windows.cmake) must
# share one. The others use the minimal platform.
status=0
ctest_command=(ctest --output-on-failure --timeout 300 -j "$(nproc 2>/dev/null || echo 2)")
if [ -z "${DISPLAY:-}" ]; then
    ctest_command=(xvfb-run -a -s "-screen 0 1600x1000x24" "${ctest_command[@]}")
fi
wineserver="$(command -v wineserver || echo /usr/lib/wine/wineserver)"
"$wineserver" -k 2>/dev/null || true # a desktop left on a display that is gone
bash "$here/scripts/wine-run.sh" --prepare
(cd "$build" && "${ctest_command[@]}") || status=$?
# The command line of socketlab.exe, driven by the Linux build's tests and python3 peers.
bash "$here/tests/wine-headless.sh" "$build/app/socketlab.exe" || status=$?
"$wineserver" -k 2>/dev/null || true
echo "SocketLab (Windows): build + Wine suite took $(( $(date +%s) - started )) s"
[ "$status" -ne 0 ] && exit "$status"

(cd "$build" && cpack --config CPackConfig.cmake -B "$build")
rm -rf "$build/_CPack_Packages"
ls -l "$build"/SocketLab-*-win64-setup.exe "$build"/SocketLab-*-win64.zip

# The installer, installed and removed silently under Wine.
bash "$here/tests/tst_windows_installer.sh" "$build"/SocketLab-*-win64-setup.exe
