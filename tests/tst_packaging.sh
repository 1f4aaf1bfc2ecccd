#!/usr/bin/env bash
# tst_packaging.sh BUILD_DIR SOURCE_DIR: what a distribution would check before taking SocketLab.
#  1. `cmake --install` puts the binary, desktop file, icons, AppStream metadata, manual pages and
#     Debian's documentation files in place; the icons have the sizes their folders say.
#  2. desktop-file-validate says nothing, appstreamcli validate --pedantic finds no issue (but one,
#     below), and every version (binary, CPack, metainfo's newest release, Debian changelog) is
#     the one CMake's project() sets.
#  3. CPack's .deb holds all of it, with the project's maintainer, stripped, with sane
#     permissions, and lintian reports no error and no warning on it.
# Needs a built `socketlab` in BUILD_DIR (the manual pages and changelogs are built here if
# missing); packages dpkg-dev, lintian, help2man, locales, desktop-file-utils, appstream, file.
set -u

if [ $# -ne 2 ]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || { echo "FAIL: no build directory $1"; exit 1; }
source_dir=$(cd "$2" && pwd) || { echo "FAIL: no source directory $2"; exit 1; }
app_id=io.github.socketlab.socketlab
maintainer="SocketLab developers <socketlab@users.noreply.github.com>"
icon_sizes=(16 22 24 32 48 64 128 256)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tst_packaging.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

failures=()
fail() { failures+=("$1"); echo "FAIL: $1"; }
need() { command -v "$1" >/dev/null || fail "$1 not found (package $2)"; }
need lintian lintian
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need dpkg-deb dpkg
need file file

expected=(
    "bin/socketlab"
    "share/applications/$app_id.desktop"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    "share/metainfo/$app_id.metainfo.xml"
    "share/man/man1/socketlab.1.gz"
    "share/man/pt_BR/man1/socketlab.1.gz"
    "share/doc/socketlab/copyright"
    "share/doc/socketlab/changelog.Debian.gz"
    "share/doc/socketlab/changelog.gz"
    "share/doc/socketlab/THIRD-PARTY-NOTICES.md"
)
for size in "${icon_sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done

# What the package ships beside the binary is made by the default build; a build of the app
# alone (bootstrap.sh run) has not made it yet.
if ! cmake --build "$build" --target socketlab_manpages socketlab_docs >"$tmp/build.log" 2>&1; then
    cat "$tmp/build.log"
    fail "cmake --build $build --target socketlab_manpages socketlab_docs (help2man and locales installed?)"
fi

# The version CMake's project() gives the binary (SOCKETLAB_VERSION) is the reference.
version=$(QT_QPA_PLATFORM=offscreen "$build/app/socketlab" --headless --version | sed -n 's/^socketlab //p')
[ -n "$version" ] || fail "socketlab --version printed no version"
grep -qxF "set(CPACK_PACKAGE_VERSION \"$version\")" "$build/CPackConfig.cmake" \
    || fail "CPACK_PACKAGE_VERSION is not $version"
metainfo="$source_dir/resources/$app_id.metainfo.xml"
newest_release=$(grep -m1 -oE '<release version="[^"]+"' "$metainfo" | cut -d'"' -f2)
[ "$newest_release" = "$version" ] || fail "the metainfo's newest release is '$newest_release', the version is $version"
changelog="$source_dir/packaging/debian/changelog"
debian_version=$(dpkg-parsechangelog -l "$changelog" -S Version 2>/dev/null)
[ "$debian_version" = "$version-1" ] || fail "packaging/debian/changelog's newest entry is '$debian_version', not $version-1"
grep -qF "[$version] - " "$source_dir/CHANGELOG.md" || fail "CHANGELOG.md has no [$version] section"
[ "$(dpkg-parsechangelog -l "$changelog" -S Maintainer 2>/dev/null)" = "$maintainer" ] \
    || fail "packaging/debian/changelog's maintainer is not $maintainer"

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
    for size in "${icon_sizes[@]}"; do
        png="$prefix/${datadir:-share}/icons/hicolor/${size}x${size}/apps/$app_id.png"
        file -b "$png" | grep -q "PNG image data, $size x $size," || fail "the ${size}x${size} icon is $(file -b "$png")"
    done

    # 2. The freedesktop validators, on the installed files.
    desktop="$prefix/${datadir:-share}/applications/$app_id.desktop"
    hints=$(desktop-file-validate "$desktop" 2>&1)
    [ -z "$hints" ] || fail "desktop-file-validate: $hints"
    # --no-net: the URLs (screenshots on raw.githubusercontent.com) are not fetched, so the
    # test does not depend on the network. Every tag, pedantic ones included, fails the test.
    # With no issue at all the YAML report is empty and the exit status 0.
    appstream_status=0
    appstreamcli validate --pedantic --no-net --format yaml \
        "$prefix/${datadir:-share}/metainfo/$app_id.metainfo.xml" >"$tmp/appstream.yaml" 2>&1 || appstream_status=$?
    issues=$(sed -n 's/^- tag: *//p' "$tmp/appstream.yaml")
    if [ -n "$issues" ] || [ "$appstream_status" -ne 0 ]; then
        cat "$tmp/appstream.yaml"
        fail "appstreamcli validate --pedantic: $(echo $issues)"
    fi
fi

# 3. cpack -G DEB, then look inside the .deb and let lintian judge it.
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
        # Owned by root, directories and the binary 0755, every other file 0644.
        odd=$(awk '$2 != "root/root" { print "owner " $2 ": " $NF; next }
                   /^d/ && $1 != "drwxr-xr-x" { print $1 " " $NF; next }
                   /^-/ && $NF ~ /\/bin\// && $1 != "-rwxr-xr-x" { print $1 " " $NF; next }
                   /^-/ && $NF !~ /\/bin\// && $1 != "-rw-r--r--" { print $1 " " $NF }' <<<"$contents")
        [ -z "$odd" ] || fail ".deb permissions: $odd"
        [ "$(dpkg-deb -f "$deb" Package)" = socketlab ] || fail ".deb control has no 'Package: socketlab'"
        [ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail ".deb version is $(dpkg-deb -f "$deb" Version), not $version-1"
        [ "$(dpkg-deb -f "$deb" Maintainer)" = "$maintainer" ] || fail ".deb maintainer is $(dpkg-deb -f "$deb" Maintainer)"
        dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || fail ".deb control does not depend on libqt6widgets6"
        dpkg-deb -x "$deb" "$tmp/deb-root"
        file -b "$tmp/deb-root/usr/bin/socketlab" | grep -q ', stripped' || fail "the packaged binary is not stripped"
        cmp -s "$tmp/deb-root/usr/share/doc/socketlab/copyright" "$source_dir/packaging/debian/copyright" \
            || fail "the .deb's copyright is not packaging/debian/copyright"

        # No --suppress-tags: every error and warning counts. Informational tags are shown but
        # do not fail (-I). Lintian warns that it runs as root when it does (containers, CI).
        if ! lintian -I --fail-on error,warning "$deb" >"$tmp/lintian.log" 2>&1; then
            fail "lintian found errors or warnings"
        fi
        grep -v 'running with root privileges is not recommended' "$tmp/lintian.log"
    fi
fi

if [ ${#failures[@]} -eq 0 ]; then
    echo "1 passed, 0 failed"
    exit 0
fi
echo "0 passed, 1 failed (${#failures[@]} check(s) failed)"
exit 1
