"""Test-only helpers shared by unit, gui and reliability tests."""

from __future__ import annotations

from pathlib import Path

from journal_app.core.keys.kdf import KdfPolicy

# Test-only: weak Argon2id so hundreds of vaults fit in a test run. The app never builds this;
# it always uses KdfPolicy.production().
FAST_KDF = KdfPolicy(memory_kib=64, parallelism=1, min_time_cost=1, target_seconds=0.0,
                     calibrate=False)
PASSPHRASE = "correct horse battery staple"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below a folder, byte for byte."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}
