#!/usr/bin/env bash
# Renders the screenshots of the README and the user guide with the application itself,
# offscreen (no display needed), at the window's default size of 1280x800:
#   bash docs/screenshots/render.sh [BUILD_DIR]
# The sample2b pictures need the corpus (SYNCSTUDIO_CORPUS_DIR, default ../shared/corpus
# beside the repository); they are skipped without it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../../build}")
gui=$build/app/gui/syncstudio
cli=$build/app/cli/syncstudio-cli
corpus=${SYNCSTUDIO_CORPUS_DIR:-$here/../../../shared/corpus}
cd "$here"
# A fresh home at a fixed path (it shows in the status bar): no saved window layout, no
# recent projects; the bundled example project.
home=/tmp/syncstudio-screenshots/home
rm -rf /tmp/syncstudio-screenshots
trap 'rm -rf /tmp/syncstudio-screenshots' EXIT

shoot() { # FILE LANGUAGE [ARGS...]
    local file=$1 lang=$2
    shift 2
    rm -rf "$home"
    mkdir -p "$home"
    env -i PATH="$PATH" HOME="$home" QT_QPA_PLATFORM=offscreen \
        LANG="$lang.UTF-8" LANGUAGE="${lang%%_*}" \
        "$gui" --screenshot "$here/$file" "$@" 2>/dev/null
    echo "rendered docs/screenshots/$file"
}

shoot main-window.png en_US
shoot main-window-de.png de_DE
# The user guide's preview, in English and German (situations and actions stay IDM's).
shoot guide-preview.png en_US --view preview
shoot guide-preview-de.png de_DE --view preview
for view in editor order preview; do
    shoot "example-$view.png" en_US --view "$view"
done
# The run and links views after one reconciliation of the example (a copy of the one the
# application made in the last fresh home, with its seeded repository).
example=/tmp/syncstudio-screenshots/example
cp -r "$home/.local/share/SyncStudio/syncstudio/example" "$example"
"$cli" recon "$example" --mapping hrPeople_managedUser >/dev/null
shoot example-run.png en_US --view run "$example"
shoot example-links.png en_US --view links "$example"
if [ -d "$corpus/openidm/sample2b" ]; then
    # A copy: a preview or run writes its repository into the project folder.
    project=/tmp/syncstudio-screenshots/sample2b
    for view in editor order preview run; do
        rm -rf "$project"
        cp -r "$corpus/openidm/sample2b" "$project"
        shoot "sample2b-$view.png" en_US --view "$view" "$project"
    done
else
    echo "no corpus at $corpus: the sample2b pictures are left as they are" >&2
fi
