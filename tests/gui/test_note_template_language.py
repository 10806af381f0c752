"""A vault created from the first-run page gets its note template in the app's language:
English in an English app, Swedish in a Swedish one."""

from __future__ import annotations

from pathlib import Path

from test_recovery_sheet_at_first_run import _create_vault

from journal_app.core.domain.models import DEFAULT_TEMPLATE_SV
from journal_app.ui import i18n


def test_a_new_vault_gets_the_note_template_in_the_language_of_the_app(
        qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _create_vault(qtbot, window)
    template = window.controller.journal.settings.load().note_template
    assert template.startswith("Session content\n") and "Next time" in template


def test_a_swedish_app_keeps_the_swedish_template(
        qtbot, make_window, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert i18n.install_language("sv")
    try:
        window = make_window()
        _create_vault(qtbot, window)
        assert window.controller.journal.settings.load().note_template == DEFAULT_TEMPLATE_SV
    finally:
        i18n.install_language("en")
