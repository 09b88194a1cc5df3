#!/usr/bin/env bash
# The Debian packages the tests need, installed if missing; safe to run again.
#
#   .ci/system-packages.sh            install what is missing (as root on Debian), else say what to install
#   .ci/system-packages.sh --check    only say what is missing (exit 1 if something is)
#
# CUPS with its virtual PDF printer (the printing tests print for real and read the PDF back),
# fonts and poppler (PDFs), tmux, shellcheck and foot (the kiosk's terminal and deploy scripts),
# espeak-ng and alsa-utils (speech), syncthing (sharing the data folder between centres).
# Used by the README's test command and by .ci/run. Never removes or upgrades anything.
set -euo pipefail

PACKAGES=(
    cups cups-client cups-bsd printer-driver-cups-pdf
    fonts-dejavu-core poppler-utils
    tmux shellcheck foot
    espeak-ng alsa-utils
    syncthing
)

missing=()
if command -v dpkg-query >/dev/null; then
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            missing+=("$package")
        fi
    done
else
    missing=("${PACKAGES[@]}")
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "system packages for the tests: all installed"
    exit 0
fi

advise() {
    echo "system packages for the tests: missing ${missing[*]}" >&2
    echo "$1" >&2
}

if [ "${1:-}" = "--check" ]; then
    advise "install them with: sudo apt-get install ${missing[*]}"
    exit 1
fi
if ! command -v apt-get >/dev/null || ! command -v dpkg-query >/dev/null; then
    advise "this is not a Debian system: install the same packages with its own package manager (the tests that print, speak or sync need them)"
    exit 0
fi
if [ "$(id -u)" != 0 ]; then
    advise "not root, so nothing was installed: run  sudo $0  (or sudo apt-get install ${missing[*]})"
    exit 0
fi

echo "system packages for the tests: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages for the tests: installed"
