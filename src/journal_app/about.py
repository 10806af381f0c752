"""The components the app carries, with their installed versions and licences, for the About
box. Read from the installed packages' metadata (importlib.metadata), so it tells the truth
about the build it is in; a known licence stands in where a package's metadata does not say.
Qt-free: the caller passes Qt's version."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from journal_app import __version__

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


# (shown name, distribution name, licence when the metadata does not say)
_DISTRIBUTIONS: tuple[tuple[str, str, str], ...] = (
    ("PySide6", "PySide6_Essentials", "LGPL-3.0-only"),
    ("shiboken6", "shiboken6", "LGPL-3.0-only"),
    ("sqlcipher3", "sqlcipher3", "zlib"),
    ("argon2-cffi", "argon2-cffi", "MIT"),
    ("argon2-cffi-bindings", "argon2-cffi-bindings", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("cffi", "cffi", "MIT-0"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("rl_accel (ReportLab's speed-ups)", "rl_accel", "BSD-3-Clause"),
    ("pypdf", "pypdf", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0-or-later"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("Babel", "babel", "BSD-3-Clause"),
    # Spell checking: Hunspell (LGPL/MPL) in the binding's wheel, the Swedish word list (LGPL).
    ("Hunspell (chunspell-next)", "chunspell-next", "MIT AND LGPL-2.1-or-later"),
    ("Svenska ordlistan (hunspell-sv)", "hunspell-sv", "LGPL-3.0-only"),
)
NOT_FOUND = "-"


def licence_from_metadata(meta: metadata.PackageMetadata) -> str | None:
    """SPDX expression if given; else a short License field; else the trove classifier."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = (_field(meta, "License") or "").strip()
    if text.startswith("License ::"):  # some packages put a trove classifier here
        return text.split("::")[-1].strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    for classifier in meta.get_all("Classifier") or []:
        if str(classifier).startswith("License ::"):
            return str(classifier).split("::")[-1].strip()
    return None


def _field(meta: metadata.PackageMetadata, key: str) -> str | None:
    values = meta.get_all(key) or []
    return str(values[0]) if values else None


def distribution_component(name: str, dist: str, fallback: str) -> Component:
    try:
        meta = metadata.metadata(dist)
    except metadata.PackageNotFoundError:
        return Component(name, NOT_FOUND, fallback)
    return Component(name, str(meta["Version"]), licence_from_metadata(meta) or fallback)


def _openssl_version() -> str:
    try:
        from cryptography.hazmat.backends.openssl import backend
    except ImportError:
        return NOT_FOUND
    text = str(backend.openssl_version_text())
    parts = text.split()
    return parts[1] if len(parts) > 1 and parts[0] == "OpenSSL" else text


def _sqlcipher_engine_version() -> str:
    from journal_app.core.storage.db import engine_version

    return f"SQLite {engine_version()}"


def bundled_components(qt_version: str) -> list[Component]:
    """Every component the packaged app carries, with the version actually installed."""
    components = [
        Component("journal-app", __version__, APP_LICENCE),
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", qt_version, "LGPL-3.0-only"),
    ]
    components += [distribution_component(*entry) for entry in _DISTRIBUTIONS]
    components += [
        Component("SQLCipher", _sqlcipher_engine_version(), "BSD-3-Clause"),
        Component("OpenSSL", _openssl_version(), "Apache-2.0"),
        Component("DejaVu fonts", NOT_FOUND, "Bitstream Vera / DejaVu font licence (permissive)"),
    ]
    return components
