#!/usr/bin/env bash
# Build the Linux app from a clean checkout, then prove it starts:
#   dist/journal-app/                      the one-folder app (run dist/journal-app/journal-app)
#   dist/journal-app-VERSION-linux-ARCH.tar.gz   the same folder, to hand to a person
# Needs only Python 3.11+ with venv; everything else comes from PyPI into packaging/.venv.
# Usage: packaging/build.sh [--no-smoke]
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
PYTHON=${PYTHON:-python3}
VENV=${JOURNAL_APP_BUILD_VENV:-$ROOT/packaging/.venv}
PYINSTALLER_REQ='pyinstaller>=6.10,<7'
SMOKE=1
[[ "${1:-}" == "--no-smoke" ]] && SMOKE=0
started=$(date +%s)

say() { printf 'build: %s\n' "$*"; }

# 1. A venv of its own with the app's runtime dependencies (from pyproject.toml) and PyInstaller.
if [[ ! -x "$VENV/bin/python" ]]; then
    say "creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
mapfile -t DEPS < <("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))')
say "installing ${#DEPS[@]} dependencies and $PYINSTALLER_REQ"
"$PY" -m pip install --quiet --disable-pip-version-check "${DEPS[@]}" "$PYINSTALLER_REQ"

# 2. Compile the translations into package data (src/journal_app/resources/translations/).
QM_DIR="$ROOT/src/journal_app/resources/translations"
# The translations tooling's compile step alone (lrelease): a build never rewrites the .ts files.
if [[ -f "$ROOT/scripts/update_translations.py" ]]; then
    say "compiling translations with scripts/update_translations.py's lrelease()"
    "$PY" -c 'import sys; sys.path.insert(0, "scripts"); import update_translations; update_translations.lrelease()'
else
    mkdir -p "$QM_DIR"
    shopt -s nullglob
    for ts in "$ROOT"/translations/*.ts; do
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$QM_DIR/$(basename "${ts%.ts}").qm"
    done
    shopt -u nullglob
fi
say "translations: $(cd "$QM_DIR" 2>/dev/null && ls -1 -- *.qm 2>/dev/null | tr '\n' ' ' || true)"

# 3. PyInstaller, one folder.
say "running PyInstaller"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/journal-app.spec

# 4. Desktop integration beside the app, and a per-user installer.
APP="$ROOT/dist/journal-app"
APP_ID=se.journalapp.JournalApp
mkdir -p "$APP/share/applications" "$APP/share/metainfo" "$APP/share/icons"
cp packaging/linux/$APP_ID.desktop "$APP/share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$APP/share/metainfo/"
cp -r packaging/linux/icons/hicolor "$APP/share/icons/"
install -m 755 packaging/linux/install.sh "$APP/install.sh"

# 5. Prove it starts: the version, then a headless run that opens and closes the main window.
if [[ $SMOKE == 1 ]]; then
    say "smoke: $("$APP/journal-app" --version)"
    QT_QPA_PLATFORM=offscreen "$APP/journal-app" --smoke-test
fi

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
TARBALL="$ROOT/dist/journal-app-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$ROOT/dist" -czf "$TARBALL" journal-app
say "done in $(( $(date +%s) - started )) s: $APP ($(du -sh "$APP" | cut -f1)), $(basename "$TARBALL") ($(du -sh "$TARBALL" | cut -f1))"
