#!/usr/bin/env bash
# tst_packaging.sh BUILD_DIR SOURCE_DIR: `cmake --install` puts the binary, the desktop file, the icon
# and the AppStream metadata in place, and CPack makes a .deb named socketlab that holds them.
# Needs a built `socketlab` in BUILD_DIR; cpack's DEB generator needs dpkg-deb (and dpkg-shlibdeps).
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || { echo "FAIL: no build directory $1"; exit 1; }
source_dir=$(cd "$2" && pwd) || { echo "FAIL: no source directory $2"; exit 1; }
app_id=io.github.socketlab.SocketLab

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_packaging.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

failures=()
fail() { failures+=("$1"); echo "FAIL: $1"; }

expected=(
    "bin/socketlab"
    "share/applications/$app_id.desktop"
    "share/icons/hicolor/256x256/apps/$app_id.png"
    "share/metainfo/$app_id.metainfo.xml"
)

# 1. cmake --install into a staging prefix.
prefix="$tmp/prefix"
if ! cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    fail "cmake --install $build --prefix $prefix"
else
    # GNUInstallDirs' BINDIR/DATADIR may be absolute or differ from bin/share if the cache says so.
    bindir=$(sed -n 's/^CMAKE_INSTALL_BINDIR:[A-Z]*=//p' "$build/CMakeCache.txt")
    datadir=$(sed -n 's/^CMAKE_INSTALL_DATADIR:[A-Z]*=//p' "$build/CMakeCache.txt")
    for f in "${expected[@]}"; do
        f=${f/#bin\//${bindir:-bin}/}
        f=${f/#share\//${datadir:-share}/}
        [ -s "$prefix/$f" ] || fail "cmake --install did not install $f"
    done
    [ -x "$prefix/${bindir:-bin}/socketlab" ] || fail "installed socketlab is not executable"
    cmp -s "$prefix/${datadir:-share}/icons/hicolor/256x256/apps/$app_id.png" \
           "$source_dir/resources/icons/socketlab.png" || fail "installed icon differs from resources/icons/socketlab.png"
fi

# 2. cpack -G DEB, then look inside the .deb.
if ! cpack -G DEB -B "$tmp/pkg" --config "$build/CPackConfig.cmake" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    fail "cpack -G DEB"
else
    debs=("$tmp"/pkg/socketlab_*.deb)
    if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        ls -l "$tmp/pkg"
        fail "expected exactly one socketlab_*.deb in $tmp/pkg"
    else
        deb=${debs[0]}
        contents=$(dpkg-deb -c "$deb") || fail "dpkg-deb -c $deb"
        for f in "${expected[@]}"; do
            grep -qE "[[:space:]]\./usr/$f\$" <<<"$contents" || fail ".deb does not hold usr/$f"
        done
        info=$(dpkg-deb -I "$deb") || fail "dpkg-deb -I $deb"
        grep -qE '^ Package: socketlab$' <<<"$info" || fail ".deb control has no 'Package: socketlab'"
        grep -qE '^ Depends: .*libqt6widgets6' <<<"$info" || fail ".deb control does not depend on libqt6widgets6"
    fi
fi

if [ ${#failures[@]} -eq 0 ]; then
    echo "1 passed, 0 failed"
    exit 0
fi
echo "0 passed, 1 failed (${#failures[@]} check(s) failed)"
exit 1
