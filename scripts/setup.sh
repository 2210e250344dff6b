#!/usr/bin/env bash
# Installs the system packages the toolkit builds against, only those that are missing.
# Idempotent: on a machine that has them all it installs nothing and needs no network.
set -euo pipefail

packages=(pkg-config libxml2-dev libcmark-dev libsqlite3-dev libxml2-utils libxlsxwriter-dev)
# For the real-browser check of `make test` (Tests/Browser/check_site.py).
packages+=(chromium chromium-driver fonts-dejavu-core python3-selenium)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  if [[ -x /opt/swift/usr/bin/swift ]]; then
    echo "setup: swift is at /opt/swift/usr/bin; add it to PATH" >&2
  else
    echo "setup: Swift 6 is needed (https://www.swift.org/install/)" >&2
  fi
  exit 1
fi
