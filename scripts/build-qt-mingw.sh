#!/usr/bin/env bash
# Builds Qt 6.4.2 (qtbase: Core, Gui, Widgets, Network, Test; platform plugins windows and minimal)
# for Windows x86-64 with Debian 12's MinGW-w64 (posix threads), from Debian's own qt6-base source,
# so that it matches the host Qt (moc, rcc, uic) of qt6-base-dev-tools.
# Usage: build-qt-mingw.sh PREFIX [WORKDIR] [TARBALL]
# About 45 minutes on 2 cores. With TARBALL, the installed prefix is stripped and packed. The
# prefix is relocatable. scripts/windows.sh runs it when no prebuilt Qt for MinGW is given
# (SOCKETLAB_QT_WINDOWS); it needs root (apt-get) or sudo.
set -euo pipefail
prefix=${1:?prefix}; work=${2:-/tmp/qt-mingw-work}
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
apt-get() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }
$sudo true
apt-get install -y -q --no-install-recommends g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix \
    mingw-w64-tools qt6-base-dev qt6-base-dev-tools ninja-build cmake perl dpkg-dev >/dev/null
mkdir -p "$work" && cd "$work"
if [ ! -d qtbase-everywhere-src-6.4.2 ]; then
  grep -rqs '^Types: deb-src' /etc/apt/sources.list.d/ || {
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $sudo tee /etc/apt/sources.list.d/debian-src.sources >/dev/null
    apt-get update -q >/dev/null; }
  command apt-get source --download-only qt6-base=6.4.2+dfsg-10 >/dev/null
  tar xf qt6-base_6.4.2+dfsg.orig.tar.xz
  # Debian's dfsg source drops Qt's Wintab headers, which the windows platform plugin includes:
  # take Wine's (Debian's libwine-dev), behind a shim for the two Wine-only macros.
  command apt-get download libwine-dev >/dev/null && dpkg-deb -x libwine-dev_*.deb winedev
  wt=qtbase-everywhere-src-6.4.2/src/3rdparty/wintab; mkdir -p $wt
  cp winedev/usr/include/wine/wine/windows/pktdef.h $wt/
  cp winedev/usr/include/wine/wine/windows/wintab.h $wt/wine_wintab.h
  cat > $wt/wintab.h <<'SHIM'
#pragma once
#ifdef UNICODE
#  define WINELIB_NAME_AW(func) func##W
#else
#  define WINELIB_NAME_AW(func) func##A
#endif
#define DECL_WINELIB_TYPE_AW(type) typedef WINELIB_NAME_AW(type) type;
#include "wine_wintab.h"
#define API WINAPI
SHIM
  # Qt 6.4 leaves dynamicgl on when OpenGL is off; the windows plugin then reaches for GL classes.
  sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' \
      qtbase-everywhere-src-6.4.2/src/plugins/platforms/windows/qwindowswindow.cpp
fi
cat > mingw64.cmake <<'TC'
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
TC
cmake -G Ninja -S qtbase-everywhere-src-6.4.2 -B build \
  -DCMAKE_TOOLCHAIN_FILE="$work/mingw64.cmake" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
  -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF -DFEATURE_printsupport=OFF \
  -DFEATURE_openssl=OFF -DFEATURE_icu=OFF -DFEATURE_glib=OFF -DFEATURE_zstd=OFF -DFEATURE_vulkan=OFF \
  -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF \
  -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF \
  -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_libb2=OFF -DFEATURE_system_md4c=OFF \
  -DFEATURE_freetype=OFF -DFEATURE_fontconfig=OFF
cmake --build build -j "$(nproc)"
cmake --install build
if [ -n "${3:-}" ]; then
  x86_64-w64-mingw32-strip --strip-unneeded "$prefix"/bin/*.dll "$prefix"/plugins/*/*.dll
  tar -C "$prefix" -cJf "$3" .
fi
