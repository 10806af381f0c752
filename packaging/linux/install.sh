#!/usr/bin/env bash
# Install journal-app for the current user, from the unpacked app folder this script sits in:
#   the app to ~/.local/opt/journal-app, a `journal-app` command in ~/.local/bin,
#   the menu entry, the icons and the AppStream metadata under ~/.local/share.
# No root needed, nothing outside your home folder is touched. Your vault is never touched:
# it lives in ~/.local/share/journal-app/vault and stays when you uninstall.
# Usage: ./install.sh            install or update
#        ./install.sh --uninstall remove the app (not your vault)
set -euo pipefail

APP_ID=se.journalapp.JournalApp
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=$HOME/.local/opt/journal-app
BIN=$HOME/.local/bin

remove() {
    rm -rf "$TARGET"
    rm -f "$BIN/journal-app" "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.png" -delete 2>/dev/null || true
}

if [[ "${1:-}" == "--uninstall" ]]; then
    remove
    echo "journal-app removed. Your vault in $DATA/journal-app was left as it was."
    exit 0
fi

[[ -x "$HERE/journal-app" ]] || { echo "install.sh: run me from the unpacked journal-app folder" >&2; exit 2; }
if [[ "$HERE" != "$TARGET" ]]; then
    remove
    mkdir -p "$(dirname "$TARGET")"
    cp -a "$HERE" "$TARGET"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/metainfo" "$DATA/icons"
ln -sf "$TARGET/journal-app" "$BIN/journal-app"
# The menu entry names the binary by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=journal-app|Exec=$TARGET/journal-app|" "$TARGET/share/applications/$APP_ID.desktop" \
    > "$DATA/applications/$APP_ID.desktop"
cp "$TARGET/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
cp -r "$TARGET/share/icons/hicolor" "$DATA/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "journal-app installed in $TARGET; start it from the menu or with: journal-app"
