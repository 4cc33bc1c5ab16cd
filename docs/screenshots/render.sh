#!/usr/bin/env bash
# Renders the screenshots of the README and the user guide with the application itself,
# offscreen (no display needed): bash docs/screenshots/render.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gui=$(realpath "${1:-$here/../../build}")/app/gui/syncstudio
cd "$here"
# A fresh home at a fixed path (it shows in the status bar): no saved window layout, no
# recent projects; the bundled example project.
home=/tmp/syncstudio-screenshots/home
rm -rf /tmp/syncstudio-screenshots
mkdir -p "$home"
trap 'rm -rf /tmp/syncstudio-screenshots' EXIT
shoot() { # FILE LANGUAGE [ARGS...]
    local file=$1 lang=$2
    shift 2
    env -i PATH="$PATH" HOME="$home" QT_QPA_PLATFORM=offscreen \
        LANG="$lang.UTF-8" LANGUAGE="${lang%%_*}" \
        "$gui" --screenshot "$PWD/$file" "$@"
    echo "rendered docs/screenshots/$file"
}
shoot main-window.png en_US
shoot main-window-de.png de_DE
