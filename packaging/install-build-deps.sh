#!/usr/bin/env bash
# What building the bundle and the .deb needs from a fresh Debian/Ubuntu: binutils for
# PyInstaller, the libraries Qt's plugins link against (collected into the bundle, and
# loaded by its smoke test). Installs them with apt-get when root; otherwise says what's missing.
set -euo pipefail

need=(binutils dpkg python3-venv libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6
  libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libwayland-client0 libwayland-cursor0
  libwayland-egl1 fonts-dejavu-core)
command -v dpkg-query >/dev/null || exit 0  # not a Debian-like system: nothing to check
missing=()
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
for pkg in "${need[@]}"; do
  # Ubuntu 24.04 and Debian 13 renamed some libraries with "t64" (libglib2.0-0t64).
  installed "$pkg" || installed "${pkg}t64" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing build dependencies: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "missing build dependencies (install them with apt): ${missing[*]}" >&2
  exit 1
fi
