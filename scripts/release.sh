#!/usr/bin/env bash
# SocketLab's release command: every artifact of the version CMake sets, in one folder, with
# SHA256SUMS.
#   bash scripts/release.sh [--windows] [OUT_DIR]       (OUT_DIR: dist/ by default)
# - the .deb (socketlab_<version>-1_<arch>.deb), from build/ as bootstrap.sh builds it, after
#   the packaging and manual page tests pass (lintian included);
# - the source tarball socketlab-<version>.tar.gz (git archive of HEAD, prefix socketlab-<version>/);
# - the Windows installer and zip (SocketLab-<version>-win64-setup.exe, -win64.zip) when
#   build-windows/ has them for this version; --windows (or SOCKETLAB_RELEASE_WINDOWS=1) makes
#   them first with `bash scripts/bootstrap.sh windows`.
# Run it on a clean checkout of the commit to release: the tarball is HEAD, not the work tree.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
windows="${SOCKETLAB_RELEASE_WINDOWS:-0}"
out=""
for argument in "$@"; do
    case "$argument" in
        --windows) windows=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        -*) echo "usage: $0 [--windows] [OUT_DIR]" >&2; exit 2 ;;
        *) out="$argument" ;;
    esac
done
out="${out:-$here/dist}"
build="${SOCKETLAB_BUILD_DIR:-$here/build}"
windows_build="$here/build-windows"

version=$(sed -n 's/^project(SocketLab VERSION \([0-9.]*\).*/\1/p' "$here/CMakeLists.txt")
[ -n "$version" ] || { echo "release: no version in CMakeLists.txt's project()" >&2; exit 1; }
echo "SocketLab $version -> $out"

if [ -n "$(git -C "$here" status --porcelain --untracked-files=no)" ]; then
    echo "release: warning: the work tree has uncommitted changes; the tarball holds HEAD only" >&2
fi
# Manual pages and gzip dates: the commit's time, so a rebuild of the same commit is the same.
SOURCE_DATE_EPOCH=$(git -C "$here" log -1 --format=%ct)
export SOURCE_DATE_EPOCH

mkdir -p "$out"
rm -f "$out"/socketlab_*.deb "$out"/socketlab-*.tar.gz "$out"/SocketLab-*-win64* "$out/SHA256SUMS"

# 1. The .deb, from a full build, only once the packaging tests pass.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target socketlab socketlab_manpages socketlab_docs
bash "$here/tests/tst_manpage.sh" "$build" >/dev/null || { echo "release: tests/tst_manpage.sh failed" >&2; exit 1; }
bash "$here/tests/tst_packaging.sh" "$build" "$here" || { echo "release: tests/tst_packaging.sh failed" >&2; exit 1; }
cpack -G DEB -B "$build/release-pkg" --config "$build/CPackConfig.cmake" >/dev/null
cp "$build"/release-pkg/socketlab_"$version"-*.deb "$out/"
rm -rf "$build/release-pkg"

# 2. The source tarball.
git -C "$here" archive --format=tar --prefix="socketlab-$version/" HEAD | gzip -9n >"$out/socketlab-$version.tar.gz"

# 3. Windows, when it is there (or asked for).
if [ "$windows" = 1 ]; then
    bash "$here/scripts/bootstrap.sh" windows
fi
installer="$windows_build/SocketLab-$version-win64-setup.exe"
zip="$windows_build/SocketLab-$version-win64.zip"
if [ -f "$installer" ] && [ -f "$zip" ]; then
    cp "$installer" "$zip" "$out/"
else
    echo "release: no Windows installer and zip: $windows_build has no SocketLab-$version-win64-setup.exe" \
         "and SocketLab-$version-win64.zip (make them with --windows, or bash scripts/bootstrap.sh windows)"
fi

(cd "$out" && sha256sum -- *.deb *.tar.gz $(ls SocketLab-*-win64* 2>/dev/null) >SHA256SUMS)
echo "release: in $out:"
(cd "$out" && ls -l && cat SHA256SUMS)
