#!/usr/bin/env bash
# Build dist/kith_<version>_<arch>.deb from the PyInstaller bundle (`make bundle` first).
# Layout: the app in /opt/kith, /usr/bin/kith, desktop entry, hicolor icons, AppStream metadata.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUNDLE=dist/kith
ICONS=build/icons
APP_ID=org.kith.Kith
[ -x "$BUNDLE/kith" ] || { echo "no bundle in $BUNDLE: run 'make bundle' first" >&2; exit 1; }
[ -d "$ICONS/hicolor" ] || { echo "no icons in $ICONS: run 'make icons' first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is missing (apt-get install dpkg)" >&2; exit 1; }

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/kith/__init__.py)
ARCH=$(dpkg --print-architecture)
STAGE=build/deb/kith_${VERSION}_${ARCH}
OUT=dist/kith_${VERSION}_${ARCH}.deb

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/kith" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/kith"

# A wrapper, not a symlink: the bundle finds its libraries next to the real executable.
cat > "$STAGE/usr/bin/kith" <<'WRAPPER'
#!/bin/sh
exec /opt/kith/kith "$@"
WRAPPER
chmod 0755 "$STAGE/usr/bin/kith"

install -m 0644 "resources/$APP_ID.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "resources/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 0644 "resources/icons/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for png in "$ICONS"/hicolor/*/apps/$APP_ID.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
cat > "$STAGE/usr/share/doc/kith/copyright" <<'COPYRIGHT'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Kith
Files: *
Copyright: The Kith developers
License: GPL-3.0-or-later
 On Debian systems, the full text is in /usr/share/common-licenses/GPL-3.
COPYRIGHT

# Refresh the menus' and icon themes' caches when the tools are there; never fail on them.
for script in postinst postrm; do
  cat > "$STAGE/DEBIAN/$script" <<'CACHES'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
exit 0
CACHES
  chmod 0755 "$STAGE/DEBIAN/$script"
done

# What Qt's xcb/wayland platform plugins load from the system (the bundle carries the rest).
# "t64 | old" alternatives cover Debian 13 / Ubuntu 24.04, where the 64-bit time_t rebuild
# renamed some libraries.
DEPENDS="libc6, libstdc++6, zlib1g, libegl1, libgl1, libopengl0, libfontconfig1, libfreetype6, \
libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, \
libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, \
libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, \
libxcb-xinerama0, libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1, \
fonts-dejavu-core | fonts-freefont-ttf"
SIZE_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: kith
Version: $VERSION
Architecture: $ARCH
Maintainer: The Kith developers <kith@example.org>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Section: utils
Priority: optional
Homepage: https://kith.example.org/
Description: tend the relationships that matter, offline
 Kith remembers who the people in your life are, when you last saw each of
 them in person, and what you share with them, and nudges you calmly to meet
 face to face. Meetups export as calendar files. Everything stays in one local
 file: no account, no server, no network connection.
CONTROL

# zstd -9: 6 s and 58 MB here, against 90 s and 48 MB for xz; dpkg reads it since 1.21.18
# (Debian 12, Ubuntu 21.10).
dpkg-deb --root-owner-group -Zzstd -z9 --build "$STAGE" "$OUT" >/dev/null
echo "built $OUT ($(du -h "$OUT" | cut -f1), installed size $((SIZE_KB / 1024)) MiB)"
