#!/usr/bin/env bash
# Prints the names of packaging/system-packages.txt for this system, one a line: the first
# column on Debian 12 and Ubuntu before 24.04, the second (where a line has one) on Ubuntu
# 24.04 and later and Debian 13 and later, which renamed some libraries with a "t64" suffix
# (64-bit time). OS_RELEASE names another os-release file to read (for checking the choice).
set -euo pipefail
list="$(dirname "$0")/system-packages.txt"
os_release=${OS_RELEASE:-/etc/os-release}

# Read in a subshell: os-release's variables stay out of this script.
read -r id version < <(
  # shellcheck disable=SC1090
  [ -r "$os_release" ] && . "$os_release"
  echo "${ID:-unknown} ${VERSION_ID:-none}"
)

newer_names() {
  case "$id" in
    ubuntu) [ "$version" != none ] && at_least "$version" 24.04 ;;
    # Debian testing and unstable have no VERSION_ID and are past the rename.
    debian) [ "$version" = none ] || at_least "$version" 13 ;;
    *) return 1 ;;
  esac
}

at_least() {  # at_least VERSION MINIMUM, both "major[.minor]"
  local major=${1%%.*} minor=0 least_major=${2%%.*} least_minor=0
  [[ $1 == *.* ]] && minor=$((10#${1#*.}))
  [[ $2 == *.* ]] && least_minor=$((10#${2#*.}))
  ((10#$major > 10#$least_major || (10#$major == 10#$least_major && minor >= least_minor)))
}

column=1
if newer_names; then column=2; fi
grep -Ev '^[[:space:]]*(#|$)' "$list" | awk -v c="$column" '{ print (NF >= c ? $c : $1) }'
