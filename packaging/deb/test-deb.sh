#!/usr/bin/env bash
# Build the .deb, install it as a user would (apt-get resolves Depends), run the installed
# app's smoke test, remove it, and check that nothing is left behind. Needs root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."
START=$(date +%s)
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "test-deb: installing a package needs root (or password-less sudo)" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
step() { printf '\n== %s (%ss)\n' "$1" "$(( $(date +%s) - START ))"; }

# What building needs on a fresh Debian/Ubuntu: venv for `make`, binutils for PyInstaller.
missing=""
for tool in make:make strip:binutils objdump:binutils dpkg-deb:dpkg; do
  command -v "${tool%%:*}" >/dev/null || missing="$missing ${tool#*:}"
done
python3 -c 'import ensurepip, venv' 2>/dev/null || missing="$missing python3-venv"
if [ -n "$missing" ]; then
  step "installing build tools:$missing"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

step "building the bundle and the package"
make deb
DEB=$(ls -t dist/kith_*.deb | head -n1)

if dpkg -s kith >/dev/null 2>&1; then
  step "removing an earlier kith package"
  $SUDO apt-get purge -y -qq kith >/dev/null
fi

step "installing $DEB"
$SUDO apt-get install -y -qq --no-install-recommends "./$DEB" >/dev/null
for path in /usr/bin/kith /opt/kith/kith /usr/share/applications/org.kith.Kith.desktop \
    /usr/share/metainfo/org.kith.Kith.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.kith.Kith.svg \
    /usr/share/icons/hicolor/48x48/apps/org.kith.Kith.png; do
  [ -e "$path" ] || { echo "test-deb: $path is missing after install" >&2; exit 1; }
done

step "smoke test of the installed app"
# A bare environment, far from the source tree: only what the package installed is used.
HOME_DIR=$(mktemp -d)
(cd / && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen kith --version)
(cd / && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen kith --smoke-test)
(cd / && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$HOME_DIR" kith --db "$HOME_DIR/k.sqlite3" check)
rm -rf "$HOME_DIR"

step "removing the package"
$SUDO apt-get purge -y -qq kith >/dev/null
for path in /opt/kith /usr/bin/kith /usr/share/applications/org.kith.Kith.desktop \
    /usr/share/metainfo/org.kith.Kith.metainfo.xml; do
  if [ -e "$path" ]; then echo "test-deb: $path is still there after removal" >&2; exit 1; fi
done
if find /usr/share/icons/hicolor -name 'org.kith.Kith.*' | grep -q .; then
  echo "test-deb: icons are still there after removal" >&2; exit 1
fi

step "done"
echo "deb-test passed: $DEB ($(du -h "$DEB" | cut -f1)), bundle $(du -sh dist/kith | cut -f1)," \
  "$(( $(date +%s) - START )) s in all"
