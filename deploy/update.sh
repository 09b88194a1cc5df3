#!/usr/bin/env bash
# Put a new version of the kiosk app in place, test it, and go back if it fails.
#
# Usage:  sudo deploy/update.sh [SOURCE]
#   SOURCE  the kiosk's source folder or a built wheel (.whl); default: the
#           repository this script belongs to.
#
# Every version gets a virtual environment of its own, /opt/kiosk-releases/<time>,
# and /opt/kiosk is a symbolic link to the one in use (kiosk.service runs
# /opt/kiosk/bin/kiosk).  So going back needs no download: the link is pointed at
# the previous folder again.  The steps:
#   1. build the new venv and `pip install SOURCE` into it (needs the internet for
#      the dependencies);
#   2. run `kiosk check` as the kiosk user on a scratch copy of the data folder, so a
#      failing version never touches the real data;
#   3. only if that passes, switch /opt/kiosk to the new venv and restart
#      kiosk.service if it was running; if the service does not come back, switch to
#      the previous venv again;
#   4. delete all but the newest few venvs.
# deploy/install.sh runs this script for the first installation.
set -euo pipefail

readonly KIOSK_USER=kiosk
readonly DATA_DIR=/var/lib/kiosk
readonly RELEASES_DIR=/opt/kiosk-releases
readonly CURRENT_LINK=/opt/kiosk
readonly SERVICE=kiosk.service
readonly RELEASES_TO_KEEP=3

# Root's umask may be 077; the kiosk user must be able to read the venv.
umask 022

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_path="${1:-$(dirname "$script_dir")}"

say() { printf '==> %s\n' "$*"; }
die() { printf 'update.sh: %s\n' "$*" >&2; exit 1; }

systemd_is_running() { [[ -d /run/systemd/system ]]; }

check_preconditions() {
    [[ $EUID -eq 0 ]] || die "run this as root: sudo $0 ${1:-}"
    [[ -e $source_path ]] || die "no such source folder or wheel: $source_path"
    getent passwd "$KIOSK_USER" >/dev/null || die "user $KIOSK_USER is missing; run deploy/install.sh first"
    [[ -d $DATA_DIR ]] || die "data folder $DATA_DIR is missing; run deploy/install.sh first"
    if [[ -e $CURRENT_LINK && ! -L $CURRENT_LINK ]]; then
        die "$CURRENT_LINK is not a symbolic link; move it away first"
    fi
}

build_release() {
    local release="$1"
    say "Installing $source_path into $release"
    # Called from `if`, where set -e is off: chain the steps so the first failure counts.
    mkdir -p "$RELEASES_DIR" &&
        python3 -m venv "$release" &&
        "$release/bin/pip" install --quiet --disable-pip-version-check --no-cache-dir "$source_path"
}

# Runs `kiosk check` as the kiosk user against a scratch copy of the data folder.
smoke_test_release() {
    local release="$1" scratch status=0
    scratch="$(mktemp -d /var/tmp/kiosk-check.XXXXXX)" || return 1
    say "Running 'kiosk check' on a copy of $DATA_DIR"
    # Called from `if`, where set -e is off: chain the steps so the first failure counts.
    cp -a "$DATA_DIR/." "$scratch/" &&
        chown -R "$KIOSK_USER:$KIOSK_USER" "$scratch" &&
        chmod 0700 "$scratch" &&
        runuser -u "$KIOSK_USER" -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
            HOME=/nonexistent KIOSK_DATA="$scratch" "$release/bin/kiosk" check ||
        status=$?
    rm -rf -- "$scratch"
    return "$status"
}

point_current_link_at() {
    ln -sfn "$1" "$CURRENT_LINK.new"
    mv -Tf "$CURRENT_LINK.new" "$CURRENT_LINK"
}

service_is_active() { systemd_is_running && systemctl is-active --quiet "$SERVICE"; }

# Restarts the kiosk if it was running; returns non-zero if it does not stay up.
restart_if_running() {
    if ! service_is_active; then
        say "$SERVICE is not running; the new version starts with it"
        return 0
    fi
    say "Restarting $SERVICE"
    systemctl restart "$SERVICE"
    sleep 10
    service_is_active
}

prune_old_releases() {
    local current="$1" releases=() release surplus
    # Folder names are times, so the glob lists them oldest first.
    shopt -s nullglob
    releases=("$RELEASES_DIR"/*/)
    shopt -u nullglob
    surplus=$(( ${#releases[@]} - RELEASES_TO_KEEP ))
    (( surplus > 0 )) || return 0
    for release in "${releases[@]:0:surplus}"; do
        release="${release%/}"
        [[ $release == "$current" ]] && continue
        say "Removing old version $release"
        rm -rf -- "$release"
    done
}

main() {
    check_preconditions "$@"
    local previous="" release
    [[ -L $CURRENT_LINK ]] && previous="$(readlink -f "$CURRENT_LINK")"
    release="$RELEASES_DIR/$(date +%Y%m%d-%H%M%S)"
    [[ -e $release ]] && die "$release already exists; try again in a second"

    if ! build_release "$release"; then
        rm -rf -- "$release"
        die "pip install failed; nothing was changed"
    fi
    if ! smoke_test_release "$release"; then
        rm -rf -- "$release"
        die "'kiosk check' failed; still using ${previous:-nothing (first install)}"
    fi

    point_current_link_at "$release"
    if ! restart_if_running; then
        if [[ -n $previous ]]; then
            say "The kiosk did not stay up; going back to $previous"
            point_current_link_at "$previous"
            systemctl restart "$SERVICE" || true
        fi
        die "$SERVICE failed with $release; see: journalctl -u $SERVICE -b"
    fi
    prune_old_releases "$release"
    say "Now using $release ($("$CURRENT_LINK/bin/pip" show kumppanuuspoyta-kiosk 2>/dev/null | sed -n 's/^Version: /version /p'))"
}

main "$@"
