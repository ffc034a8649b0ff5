#!/usr/bin/env bash
# Installs every Debian 12 package Vigia needs to build, test and run.
# Idempotent and non-interactive: packages already present are skipped, so a
# second run costs one dpkg query.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libsqlite3-dev libsodium-dev libzstd-dev libquazip1-qt6-dev
  postgresql xvfb xauth fonts-dejavu-core
  ccache clang-14 libclang-rt-14-dev zstd age
  libmicrohttpd-dev libpqxx-dev curl openssl
  # The SVG icon engine (navigation icons) and the icon theme used when the
  # desktop's own has none of them.
  libqt6svg6 breeze-icon-theme
  # nginx on a free loopback port, started by the tests and benchmarks
  # themselves: the shipped configuration in front of a hub (tst_nginxproxy)
  # and the hub benchmark's baseline (WebDAV PUT); the system service is not
  # needed.
  nginx
  # Packaging (make package, the `package` test label): the .deb files, their
  # checks, man pages from --help, desktop and AppStream validation, and
  # libzxcvbn for passphrase strength (core/crypto/PassphraseStrength).
  libzxcvbn-dev lintian help2man appstream desktop-file-utils dpkg-dev file
  fakeroot librsvg2-bin
  # Exports and reports (issue 20): XLSX through libxlsxwriter, and the
  # country report's PDF rendered to PNG by its test (pdftoppm).
  libxlsxwriter-dev poppler-utils
  # The dashboard: Qt Charts' CMake package needs Qt6OpenGL's, which
  # qt6-charts-dev does not pull in; the SVG export of a chart (QSvgGenerator).
  libqt6opengl6-dev qt6-svg-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-deps: missing packages (${missing[*]}) and not root; run as root or install sudo." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# Packages such as nginx and postgresql start a system service when they are
# installed; Vigia's tests and benchmarks start their own on free ports, so
# services are kept from starting during the install (Debian's policy-rc.d),
# unless the machine already has a policy of its own.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
  "${sudo_cmd[@]}" chmod 755 "$policy"
  trap '"${sudo_cmd[@]}" rm -f "$policy"' EXIT
fi
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
