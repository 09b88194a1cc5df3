#!/usr/bin/env bash
# Start foot with the largest font at which 80x24 character cells still fit the screen.
#
# kiosk.service runs:  foot-font.sh /usr/bin/foot --config=/etc/kiosk/foot.ini kiosk run
# and this script adds --override=main.font=DejaVu Sans Mono:pixelsize=N before the
# rest of foot's arguments.  The kiosk's smallest layout is 80x24 cells, so every
# letter is as big as the screen allows; "+" in the kiosk cannot change it.
#
#   foot-font.sh --size 1920x1080   prints the pixel size for a screen (the README's table)
#
# The screen's size is the first (preferred) mode of the first connected output in
# /sys/class/drm.  KIOSK_FONT_PIXELS=N in /etc/kiosk/kiosk.env sets the size by hand.
# With no screen found and no KIOSK_FONT_PIXELS, foot.ini's own size is kept.
set -euo pipefail

readonly FONT="DejaVu Sans Mono"
readonly COLUMNS_NEEDED=80 ROWS_NEEDED=24
readonly PAD=12                         # foot.ini: pad=12x12, on each side
# DejaVu Sans Mono's metrics in font units (2048 an em): advance 1233, ascent 1901 + descent 483.
readonly ADVANCE=1233 HEIGHT=2384 EM=2048
drm_dir="${KIOSK_DRM_DIR:-/sys/class/drm}"

# The largest pixel size whose cells fit: a cell is rounded up, plus one pixel of line gap.
pixel_size() {
    local width=$1 height=$2 size cell_width cell_height
    for ((size = 200; size >= 8; size--)); do
        cell_width=$(((size * ADVANCE + EM - 1) / EM))
        cell_height=$(((size * HEIGHT + EM - 1) / EM + 1))
        if ((COLUMNS_NEEDED * cell_width + 2 * PAD <= width && ROWS_NEEDED * cell_height + 2 * PAD <= height)); then
            echo "$size"
            return 0
        fi
    done
    echo 8
}

# "1920x1080" of the first connected output, or nothing.
screen_size() {
    local output
    for output in "$drm_dir"/card*-*; do
        [[ -r $output/status && -r $output/modes ]] || continue
        [[ "$(cat "$output/status")" == connected ]] || continue
        head -n 1 "$output/modes" | grep -Eo '^[0-9]+x[0-9]+' && return 0
    done
    return 0
}

if [[ ${1:-} == --size ]]; then
    [[ ${2:-} =~ ^([0-9]+)x([0-9]+)$ ]] || { echo "usage: $0 --size WIDTHxHEIGHT" >&2; exit 2; }
    pixel_size "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    exit 0
fi
[[ $# -ge 1 ]] || { echo "usage: $0 FOOT [FOOT-ARGUMENTS...]" >&2; exit 2; }

foot=$1
shift
size="${KIOSK_FONT_PIXELS:-}"
if [[ -z $size ]]; then
    mode="$(screen_size)"
    if [[ $mode =~ ^([0-9]+)x([0-9]+)$ ]]; then
        size="$(pixel_size "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}")"
    fi
fi
if [[ $size =~ ^[0-9]+$ ]]; then
    exec "$foot" "--override=main.font=$FONT:pixelsize=$size" "$@"
fi
exec "$foot" "$@"
