#!/bin/bash
# Pack the built macOS app into a disk image a person drags to Applications, then prove the
# image is sound: hdiutil verifies its checksum, and the app inside it, mounted read-only,
# answers --version with the package's version.
#   packaging/macos/make_dmg.sh      (after pyinstaller packaging/journal-app.spec, on macOS)
#   -> dist/journal-app-VERSION-macos-ARCH.dmg
# Runs in .github/workflows/build.yml; macOS only (hdiutil), so never run on the Linux machine.
# Written for macOS's own bash 3.2: no mapfile, no associative arrays.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
APP_NAME="Journal App"
APP="dist/$APP_NAME.app"
VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
DMG="dist/journal-app-$VERSION-macos-$(uname -m).dmg"

[ -d "$APP" ] || { echo "make_dmg: $APP is missing; run pyinstaller packaging/journal-app.spec first" >&2; exit 1; }

# The image shows the app beside a link to /Applications: drag one onto the other to install.
STAGING=$(mktemp -d)
MOUNT=$(mktemp -d)
cleanup() { hdiutil detach "$MOUNT" -quiet 2>/dev/null || true; rm -rf "$STAGING" "$MOUNT"; }
trap cleanup EXIT
# ditto keeps the bundle's symlinks, extended attributes and signature intact (cp -R may not).
ditto "$APP" "$STAGING/$APP_NAME.app"
ln -s /Applications "$STAGING/Applications"

rm -f "$DMG"
# hdiutil create now and then fails with "Resource busy" on build machines; try three times.
for attempt in 1 2 3; do
    if hdiutil create -volname "$APP_NAME" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"; then
        break
    fi
    [ "$attempt" = 3 ] && { echo "make_dmg: hdiutil create failed three times" >&2; exit 1; }
    sleep 5
done
hdiutil verify "$DMG"

# The app as a person would get it: from the mounted image, read-only.
hdiutil attach "$DMG" -readonly -nobrowse -mountpoint "$MOUNT" -quiet
reported=$("$MOUNT/$APP_NAME.app/Contents/MacOS/journal-app" --version)
[ "$reported" = "journal-app $VERSION" ] || { echo "make_dmg: the app in the image says '$reported'" >&2; exit 1; }
echo "make_dmg: $DMG ($(du -h "$DMG" | cut -f1)), the app inside says: $reported"
