#!/usr/bin/env bash
# tst_manpage.sh BUILD_DIR: the manual pages (English and pt_BR, made by help2man at build time)
# name every option `socketlab --help` lists in their language, carry the binary's version,
# and render without a warning from man/groff.
# Needs a built socketlab (the pages are built here if missing); packages help2man, locales, man-db.
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build=$(cd "$1" && pwd) || { echo "FAIL: no build directory $1"; exit 1; }
program="$build/app/socketlab"

failures=()
fail() { failures+=("$1"); echo "FAIL: $1"; }
command -v man >/dev/null || fail "man not found (package man-db)"

if ! build_log=$(cmake --build "$build" --target socketlab_manpages 2>&1); then
    echo "$build_log"
    fail "cmake --build $build --target socketlab_manpages (help2man and locales installed?)"
fi

version=$(QT_QPA_PLATFORM=offscreen "$program" --headless --version | sed -n 's/^socketlab //p')
for language in en pt_BR; do
    page="$build/man/$language/socketlab.1.gz"
    if [ ! -s "$page" ]; then
        fail "no manual page $page"
        continue
    fi
    # Wide lines, no hyphenation or justification, so each option is found whole.
    rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man --nh --nj -l "$page" 2>/dev/null | col -b)
    options=$(QT_QPA_PLATFORM=offscreen "$program" --headless --lang "$language" --help \
              | grep -oE '^ +(-[a-zA-Z?], )?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*')
    [ -n "$options" ] || fail "socketlab --lang $language --help listed no option"
    for option in $options; do
        grep -qF -- "$option" <<<"$rendered" || fail "$language manual page does not list $option"
    done
    grep -qE "^ *socketlab - " <<<"$rendered" || fail "$language manual page has no NAME line"
    zcat "$page" | grep -qE "^\.TH SOCKETLAB \"1\" .*\"socketlab $version\"" \
        || fail "$language manual page's .TH does not say socketlab $version"
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$language manual page: man --warnings: $warnings"
    echo "$language: $(wc -w <<<"$options") options, all in the manual page"
done
zcat "$build/man/pt_BR/socketlab.1.gz" | grep -q '^\.SH OPÇÕES' || fail "pt_BR manual page has no OPÇÕES section"

if [ ${#failures[@]} -eq 0 ]; then
    echo "1 passed, 0 failed"
    exit 0
fi
echo "0 passed, 1 failed (${#failures[@]} check(s) failed)"
exit 1
