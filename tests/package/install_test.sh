#!/usr/bin/env bash
# The install test (label `package`): builds both .deb files from the build
# tree BUILD with CPack, unpacks them with dpkg-deb -x into a throwaway root
# and runs the installed programs from there, then validates the desktop
# entry and the AppStream metainfo and runs lintian on both packages.
# Usage: install_test.sh BUILD VERSION
set -euo pipefail

build=$1
version=$2
arch=$(dpkg --print-architecture)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/vigia-package-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

step() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

step "cpack"
cpack --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log" >&2; fail "cpack failed"; }
app_deb="$scratch/out/vigia_${version}_${arch}.deb"
hub_deb="$scratch/out/vigia-hub_${version}_${arch}.deb"
[ -f "$app_deb" ] || fail "no $app_deb (got: $(ls "$scratch/out"))"
[ -f "$hub_deb" ] || fail "no $hub_deb"

step "control fields"
for deb in "$app_deb" "$hub_deb"; do
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "$deb: version is not $version"
  # CPACK_DEBIAN_PACKAGE_SHLIBDEPS: the libraries come from dpkg-shlibdeps.
  depends=$(dpkg-deb -f "$deb" Depends)
  for lib in libqt6core6 libsodium23 libc6; do
    grep -q "$lib" <<<"$depends" || fail "$deb: Depends lacks $lib: $depends"
  done
done
grep -q libqt6widgets6 <<<"$(dpkg-deb -f "$app_deb" Depends)" || fail "vigia lacks libqt6widgets6"
grep -q libmicrohttpd <<<"$(dpkg-deb -f "$hub_deb" Depends)" || fail "vigia-hub lacks libmicrohttpd"

step "unpack"
root="$scratch/root"
dpkg-deb -x "$app_deb" "$root"
dpkg-deb -x "$hub_deb" "$root"
usr="$root/usr"
for f in bin/vigia bin/vigiactl bin/vigia-hub \
  share/applications/org.vigia.Vigia.desktop share/metainfo/org.vigia.Vigia.metainfo.xml \
  share/mime/packages/org.vigia.Vigia.xml share/icons/hicolor/scalable/apps/org.vigia.Vigia.svg \
  share/icons/hicolor/48x48/apps/org.vigia.Vigia.png share/icons/hicolor/256x256/apps/org.vigia.Vigia.png \
  share/vigia/forms/qualitative_finding.json share/doc/vigia/copyright share/doc/vigia-hub/copyright \
  share/man/man1/vigia.1.gz share/man/man1/vigiactl.1.gz share/man/man1/vigia-hub.1.gz \
  lib/systemd/system/vigia-hub.service; do
  [ -e "$usr/$f" ] || fail "not installed: /usr/$f"
done
[ -f "$root/etc/vigia-hub/vigia-hub.conf" ] || fail "not installed: /etc/vigia-hub/vigia-hub.conf"
# Nothing from the build tree or the test suite ships.
if find "$root" -name 'tst_*' -o -name 'vigia-screenshots' | grep -q .; then
  fail "test programs in the packages"
fi

# Only the installed programs from here on: nothing of the build tree.
export PATH="$usr/bin:/usr/bin:/bin"

step "man pages"
for page in vigia vigiactl vigia-hub; do
  zcat "$usr/share/man/man1/$page.1.gz" | grep -q "^\.TH \"\?${page^^}" ||
    fail "$page.1 has no title"
done
zcat "$usr/share/man/man1/vigiactl.1.gz" | grep -q 'record new' || fail "vigiactl.1 lacks its commands"
zcat "$usr/share/man/man1/vigia.1.gz" | grep -q 'workspace' || fail "vigia.1 lacks --workspace"

step "vigiactl"
[ "$(vigiactl --version)" = "vigiactl $version" ] || fail "vigiactl --version: $(vigiactl --version)"
ws="$scratch/workspace"
export VIGIA_PASSPHRASE='correct horse battery'
vigiactl --workspace "$ws" init --name "Ana - laptop" --role researcher >/dev/null
vigiactl --workspace "$ws" forms list | grep -q qualitative_finding || fail "the form pack is not built in"
vigiactl --workspace "$ws" forms validate "$usr/share/vigia/forms/indicator_report.json" >/dev/null ||
  fail "the installed form pack does not validate"
id=$(vigiactl --workspace "$ws" record new --form qualitative_finding --set country=PY \
  --set date=2026-03-04 --set source_type=field_observation --set confidentiality=restricted \
  --set narrative="Terminal de ómnibus")
[ -n "$id" ] || fail "record new printed no id"
vigiactl --workspace "$ws" record list | grep -q "$id" || fail "the new record is not listed"
# The translations are compiled in: Spanish, whatever prefix.
es=$(vigiactl --lang es --help)
grep -q 'Comandos' <<<"$es" || fail "vigiactl --lang es does not speak Spanish: $(head -3 <<<"$es")"
es=$(vigiactl --lang es --workspace "$scratch/none" record list 2>&1 || true)
grep -q 'No hay un espacio de trabajo' <<<"$es" || fail "vigiactl errors are not in Spanish: $es"

step "vigia"
[ "$(vigia --version)" = "vigia $version" ] || fail "vigia --version: $(vigia --version)"
QT_QPA_PLATFORM=offscreen vigia --workspace "$ws" --lang es --screenshot "$scratch/unlock.png"
QT_QPA_PLATFORM=offscreen vigia --workspace "$scratch/new" --lang pt_BR --screenshot "$scratch/setup.png"
# The interface follows --lang from the installed tree's translations.
QT_QPA_PLATFORM=offscreen vigia --workspace "$ws" --lang en --screenshot "$scratch/unlock-en.png"
cmp -s "$scratch/unlock.png" "$scratch/unlock-en.png" && fail "vigia --lang es looks like English"
for png in unlock setup; do
  [ "$(head -c 8 "$scratch/$png.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] ||
    fail "$png.png is not a PNG"
  [ "$(stat -c %s "$scratch/$png.png")" -gt 2000 ] || fail "$png.png is empty"
done

step "vigia-hub"
vigia-hub --help | grep -q '^Usage: vigia-hub' || fail "vigia-hub --help"
[ "$(vigia-hub --version)" = "vigia-hub $version" ] || fail "vigia-hub --version"
vigia-hub init --data "$scratch/hub" >/dev/null 2>&1 || fail "vigia-hub init"
vigia-hub --help >/dev/null

step "desktop entry, AppStream, MIME"
desktop-file-validate "$usr/share/applications/org.vigia.Vigia.desktop"
appstreamcli validate --no-net --pedantic "$usr/share/metainfo/org.vigia.Vigia.metainfo.xml" ||
  appstreamcli validate --no-net "$usr/share/metainfo/org.vigia.Vigia.metainfo.xml"
# Every version gets a release entry in the metainfo, newest first.
grep -o '<release version="[^"]*"' "$usr/share/metainfo/org.vigia.Vigia.metainfo.xml" | head -1 |
  grep -q "\"$version\"" || fail "the metainfo's newest release is not $version"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' \
  "$usr/share/mime/packages/org.vigia.Vigia.xml"
for t in x-vigia-bundle x-vigia-invitation x-vigia-manifest; do
  grep -q "application/$t" "$usr/share/applications/org.vigia.Vigia.desktop" ||
    fail "the desktop entry does not open application/$t"
done

step "lintian"
if command -v lintian >/dev/null; then
  # Overrides ship in the packages (packaging/debian/*.lintian-overrides),
  # each with its reason.
  lintian --fail-on error,warning "$app_deb" "$hub_deb"
else
  fail "lintian is not installed (packaging/install-deps.sh)"
fi
step "ok"
