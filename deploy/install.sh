#!/usr/bin/env bash
# Set up a Debian 12 computer at an asukastupa as the kumppanuuspöytä kiosk.
#
# Usage:  sudo deploy/install.sh [SOURCE]
#   SOURCE  the kiosk's source folder or a built wheel (.whl); default: the
#           repository this script belongs to.
#
# Safe to run again: it puts the configuration back the way this repository has it,
# keeps /etc/kiosk/kiosk.env and the data folder as they are, and installs the app
# only if /opt/kiosk does not exist yet (use deploy/update.sh for new versions).
#
# What it does:
#   - installs cage, foot, a large font, espeak-ng, aplay, CUPS and python3-venv with apt-get;
#   - creates the user `kiosk` (no password, shell /usr/sbin/nologin);
#   - creates /var/lib/kiosk (the data folder, kiosk:kiosk 0700), /var/cache/kiosk,
#     /var/backups/kiosk and the mount point /media/kiosk-backup;
#   - copies foot.ini and kiosk.env to /etc/kiosk, foot-font.sh to /usr/local/lib/kiosk, the PAM file to /etc/pam.d/kiosk
#     and the systemd units to /etc/systemd/system;
#   - enables kiosk.service on tty1 instead of the login prompt there, the
#     nightly kiosk-backup.timer, and kiosk-syncthing.service (sharing with other centres);
#   - installs the app into /opt/kiosk with deploy/update.sh.
# It does not start the kiosk: reboot when you are done (starting it now would take
# tty1 away from whoever is logged in there).
set -euo pipefail

readonly KIOSK_USER=kiosk
readonly DATA_DIR=/var/lib/kiosk
readonly CONFIG_DIR=/etc/kiosk
readonly UNIT_DIR=/etc/systemd/system
readonly APP_LINK=/opt/kiosk
readonly APT_PACKAGES=(
    cage foot fonts-dejavu-core             # the screen: compositor, terminal, font
    espeak-ng alsa-utils                    # speech: the synthesiser and aplay
    libgl1-mesa-dri                         # graphics drivers for cage (wlroots)
    dbus libpam-systemd                     # logind session for the auto-login
    cups printer-driver-cups-pdf            # printing (cups-pdf: a test "printer")
    python3-venv                            # the app's virtual environment
    syncthing                               # sharing with the other resident centres
)

umask 022
script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_path="${1:-$(dirname "$script_dir")}"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

systemd_is_running() { [[ -d /run/systemd/system ]]; }

check_preconditions() {
    [[ $EUID -eq 0 ]] || die "run this as root: sudo $0 $*"
    [[ -e $source_path ]] || die "no such source folder or wheel: $source_path"
    local release=""
    [[ -r /etc/os-release ]] && release="$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release | tr -d '"')"
    if [[ $release != *"Debian GNU/Linux 12"* ]]; then
        printf 'install.sh: warning: made for Debian 12, this is %s\n' "${release:-unknown}" >&2
    fi
}

install_packages() {
    say "Installing packages: ${APT_PACKAGES[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y "${APT_PACKAGES[@]}"
}

create_kiosk_user() {
    if getent passwd "$KIOSK_USER" >/dev/null; then
        say "User $KIOSK_USER exists"
    else
        say "Creating user $KIOSK_USER"
        useradd --system --user-group --home-dir /nonexistent --no-create-home \
            --shell /usr/sbin/nologin --comment "Kumppanuuspoyta kiosk" "$KIOSK_USER"
    fi
    # No password and no login shell, whatever the account looked like before.
    if [[ "$(getent passwd "$KIOSK_USER" | cut -d: -f7)" != /usr/sbin/nologin ]]; then
        usermod --shell /usr/sbin/nologin "$KIOSK_USER"
    fi
    if [[ "$(passwd --status "$KIOSK_USER" | cut -d' ' -f2)" != L ]]; then
        passwd --lock "$KIOSK_USER" >/dev/null
    fi
}

create_folders() {
    say "Creating $DATA_DIR, /var/cache/kiosk, /var/backups/kiosk, /media/kiosk-backup"
    install -d -o "$KIOSK_USER" -g "$KIOSK_USER" -m 0700 \
        "$DATA_DIR" /var/cache/kiosk /var/backups/kiosk
    # The USB stick is mounted here (see the README); without it the folder stays
    # root's, so a backup to a missing stick fails instead of filling the disk.
    install -d -o root -g root -m 0755 /media/kiosk-backup "$CONFIG_DIR"
}

install_configuration() {
    say "Copying configuration to $CONFIG_DIR, /etc/pam.d and $UNIT_DIR"
    install -m 0644 "$script_dir/foot/foot.ini" "$CONFIG_DIR/foot.ini"
    install -d -m 0755 /usr/local/lib/kiosk
    install -m 0755 "$script_dir/foot-font.sh" /usr/local/lib/kiosk/foot-font.sh
    if [[ -e $CONFIG_DIR/kiosk.env ]]; then
        if ! cmp -s "$script_dir/etc/kiosk.env" "$CONFIG_DIR/kiosk.env"; then
            echo "Keeping your $CONFIG_DIR/kiosk.env; compare it with $script_dir/etc/kiosk.env"
        fi
    else
        install -m 0644 "$script_dir/etc/kiosk.env" "$CONFIG_DIR/kiosk.env"
    fi
    install -m 0644 "$script_dir/pam/kiosk" /etc/pam.d/kiosk
    local unit
    for unit in kiosk.service kiosk-backup.service kiosk-backup.timer kiosk-syncthing.service; do
        install -m 0644 "$script_dir/systemd/$unit" "$UNIT_DIR/$unit"
    done
}

enable_services() {
    say "Enabling kiosk.service on tty1 and the nightly backup"
    if systemd_is_running; then
        systemctl daemon-reload
    fi
    # The kiosk replaces the login prompt on tty1 (kiosk.service also Conflicts= it).
    systemctl disable getty@tty1.service
    # Syncthing shares nothing until `kiosk sync init` sets it up (see MUNICIPALITY.md).
    systemctl enable kiosk.service kiosk-backup.timer kiosk-syncthing.service cups.service
    if [[ "$(systemctl get-default)" != graphical.target ]]; then
        systemctl set-default graphical.target
    fi
    if systemd_is_running; then
        systemctl start kiosk-backup.timer kiosk-syncthing.service
    fi
}

install_app() {
    if [[ -e $APP_LINK ]]; then
        say "$APP_LINK exists; leaving the app as it is (use deploy/update.sh to update)"
    else
        say "Installing the app"
        "$script_dir/update.sh" "$source_path"
    fi
}

print_next_steps() {
    cat <<EOF

The kiosk is installed.  Next steps:

1. Set the staff PIN:
     sudo runuser -u $KIOSK_USER -- env KIOSK_DATA=$DATA_DIR $APP_LINK/bin/kiosk staff set-pin

2. Add the printer and make it the default (IPP Everywhere; use the printer's address):
     sudo lpadmin -p asukastupa -E -v ipp://PRINTER-ADDRESS/ipp/print -m everywhere
     sudo lpoptions -d asukastupa
     lp -d asukastupa /usr/share/cups/data/testprint    # a test page
   No printer yet?  cups-pdf's printer "PDF" writes files instead; it writes into
   the printing user's ~/PDF, which $KIOSK_USER has not got, so for trying it from
   the kiosk set "Out /var/spool/cups-pdf/\${USER}" in /etc/cups/cups-pdf.conf.

3. Nightly backup at 02:30: to a USB stick mounted at /media/kiosk-backup (see the
   README for the /etc/fstab line), or set KIOSK_BACKUP_DEST=/var/backups/kiosk in
   $CONFIG_DIR/kiosk.env.  Try it now:  sudo systemctl start kiosk-backup.service

4. Sharing with the other resident centres of the municipality (optional; see
   $script_dir/MUNICIPALITY.md):
     sudo runuser -u $KIOSK_USER -- env KIOSK_DATA=$DATA_DIR KIOSK_SYNC_HOME=/var/lib/kiosk-syncthing \\
          $APP_LINK/bin/kiosk sync init --centre KAR --name "Karttulan asukastupa"

5. Reboot.  The kiosk starts on the screen (tty1).
EOF
}

main() {
    check_preconditions "$@"
    install_packages
    create_kiosk_user
    create_folders
    install_configuration
    enable_services
    install_app
    print_next_steps
}

main "$@"
