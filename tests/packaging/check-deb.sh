#!/usr/bin/env bash
# check-deb.sh BUILD_DIR VERSION: build the .deb with cpack into a temporary folder,
# check its control data and contents, unpack it (no system install) and run the
# unpacked binaries.
set -euo pipefail
build=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hallmark-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
debs=("$tmp"/out/*.deb)
((${#debs[@]} == 1)) && [[ -f ${debs[0]} ]] || fail "expected one .deb, got: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

info=$(dpkg-deb -I "$deb")
echo "$info"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == hallmark ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
depends=$(field Depends)
for lib in libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 libssl3 libarchive13 libc6; do
    grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for f in ./usr/bin/hallmark ./usr/bin/hallmark-cli \
         ./usr/share/applications/io.github.hallmark.Hallmark.desktop \
         ./usr/share/metainfo/io.github.hallmark.Hallmark.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.github.hallmark.Hallmark.svg; do
    grep -qxF "$f" <<<"$contents" || fail "$f is not in the package"
done
if grep -E '^\./usr/(include|lib/.*\.a$)|/tst_|hallmark-bench' <<<"$contents"; then
    fail "the package holds development or test files (above)"
fi

root=$tmp/root
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/io.github.hallmark.Hallmark.desktop" ||
    fail "installed .desktop file is not valid"
file "$root/usr/bin/hallmark" "$root/usr/bin/hallmark-cli"
for bin in hallmark hallmark-cli; do
    # $ORIGIN-relative paths (set by qt_standard_project_setup) are harmless; absolute ones leak the build.
    rpath=$(readelf -d "$root/usr/bin/$bin" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p')
    if tr ':' '\n' <<<"$rpath" | grep -q '^/'; then
        fail "$bin has an absolute RPATH/RUNPATH: $rpath"
    fi
done

cli=$("$root/usr/bin/hallmark-cli" --version) || fail "hallmark-cli --version failed"
echo "$cli"
[[ $cli == *"$version"* ]] || fail "hallmark-cli --version printed '$cli'"
runtime=$tmp/xdg && mkdir -m 0700 "$runtime"
gui=$(XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=offscreen "$root/usr/bin/hallmark" --version 2>&1) ||
    fail "hallmark --version failed: $gui"
echo "$gui"
[[ $gui == *"$version"* ]] || fail "hallmark --version printed '$gui'"
echo "PASS"
