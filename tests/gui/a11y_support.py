"""What the accessibility tests share: every window and dialog the app has, built on an unlocked
vault, and two checks over them: the QAccessible walk (every interactive control has a name) and
the tab order (it follows the reading order, top to bottom, left to right).

A window or dialog class is found by reading the modules of ui/dialogs and ui/views, so a new one
cannot be forgotten: `test_every_window_and_dialog_is_in_the_walk` fails until it has a factory
in BUILD (or, for a part of the main window, a place in PARTS_OF_THE_WINDOW)."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QTextBrowser,
    QWidget,
)

import journal_app.ui.dialogs as dialogs_package
import journal_app.ui.views as views_package
from forensic import add_marked_client
from invoicing_support import client_with_package, set_up_practice
from journal_app.core.domain.models import Client, SessionStatus
from journal_app.ui.main_window import MainWindow

Role = QAccessible.Role
# Roles a person acts on: each needs a name a screen reader can say.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText,
    Role.SpinBox, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown, Role.Table, Role.List,
    Role.Tree, Role.PageTab, Role.Dial, Role.HotkeyField, Role.Document,
}

# Widgets that are parts of the main window, walked with it (not opened on their own).
PARTS_OF_THE_WINDOW = {
    "views.client_list.ClientListPanel", "views.client_view.ClientView",
    "views.note_editor.NoteEditor", "views.workspace.Workspace",
    "views.measure_chart.MeasureChart", "views.unlock_dialog.UnlockPage",
    "views.first_run.FirstRunPage", "views.first_run.RecoveryKeyPage",
}


def window_classes() -> dict[str, type[QWidget]]:
    """Every QWidget subclass defined in ui/dialogs and ui/views, by "package.module.Class"."""
    found: dict[str, type[QWidget]] = {}
    for package, short in ((dialogs_package, "dialogs"), (views_package, "views")):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in inspect.getmembers(module, inspect.isclass):
                if (issubclass(value, QWidget) and value.__module__ == module.__name__):
                    found[f"{short}.{info.name}.{name}"] = value
    return found


# Building each one ---------------------------------------------------------------------------

Build = Callable[[MainWindow], QWidget]


def _agenda(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.agenda_dialog import AgendaDialog
    return AgendaDialog(window)


def _backup(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.backup_dialog import BackupDialog
    return BackupDialog(window.controller.vault, parent=window)


def _feed(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.calendar_feed_dialog import CalendarFeedDialog
    return CalendarFeedDialog(window.controller.journal.agenda_settings(), window)


def _client(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.client_dialog import ClientDialog
    return ClientDialog(karin(window), window)


def _erase(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.erase_dialog import EraseDialog
    _client, event = add_marked_client(window.controller.journal, "Walk Klientsson", "walk")
    return EraseDialog(window.controller, event, window)


def _export(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.export_dialog import ExportDialog, ExportKind
    return ExportDialog(ExportKind.JOURNAL, "Karin Lindström", window)


def _help(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.help_dialog import HelpDialog
    return HelpDialog(window, window.controller.folder, None)


def _preview(window: MainWindow) -> QWidget:
    from journal_app.export.invoice_build import document_for
    from journal_app.ui.dialogs.invoice_preview import InvoicePreviewDialog
    journal = window.controller.journal
    set_up_practice(journal)
    client_id, package_id = client_with_package(journal)
    preview = journal.invoice_preview(client_id, package_id=package_id, charges=[],
                                      language="sv")
    return InvoicePreviewDialog(document_for(preview), window)


def _invoices(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.invoices_dialog import InvoicesDialog
    return InvoicesDialog(window)


def _measure(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.measure_dialog import MeasureDialog
    return MeasureDialog(window.controller.journal.measure_scales(), "en", "PHQ-9", window)


def _package(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.package_dialog import PackageDialog
    return PackageDialog(dt.date(2026, 3, 2), window)


def _session(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.package_dialog import SessionDialog
    journal = window.controller.journal
    client = karin(window)
    packages = journal.packages.for_client(client.id)
    return SessionDialog(packages, dt.datetime(2026, 3, 9, 10, 0), window)


def _payment(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.payment_dialog import PaymentDialog
    return PaymentDialog(1001, "1 200,00 kr", dt.date(2026, 3, 2), window)


def _sie(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.payment_dialog import SieDialog
    return SieDialog(2026, window)


def _charge(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.payment_dialog import ChargeDialog
    return ChargeDialog("2026-03-02 10:00", window)


def _practice(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.practice_dialog import PracticeDialog
    return PracticeDialog(window)


def _recovery_key(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.recovery_dialog import RecoveryKeyDialog
    return RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", vault_id="v1", practice_name="Mottagningen",
                             issued=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC), language="en",
                             parent=window)


def _recovery_unlock(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.recovery_dialog import RecoveryUnlockDialog
    return RecoveryUnlockDialog(window.controller.folder, parent=window)


def _scale(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.scale_dialog import ScaleDialog
    return ScaleDialog(window)


def _settings(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.settings_dialog import SettingsDialog
    return SettingsDialog(window)


def _log(window: MainWindow) -> QWidget:
    from journal_app.ui.views.log_view import LogView
    return LogView(window.controller.journal, window)


def _journal_card(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.journal_card_dialog import JournalCardDialog
    return JournalCardDialog(karin(window).name, window)


def _card_page(window: MainWindow) -> QWidget:
    from journal_app.core.domain.card import CardPart
    from journal_app.ui.dialogs.journal_card_dialog import CardPartPage
    return CardPartPage(CardPart.PLAN, window)  # the part with the most fields


def _templates(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.templates_dialog import TemplatesDialog
    dialog = TemplatesDialog(window)
    journal = window.controller.journal
    dialog.set_templates(journal.note_templates(), journal.default_template().id)
    return dialog


def _phrases(window: MainWindow) -> QWidget:
    from journal_app.ui.dialogs.phrases_dialog import PhrasesDialog
    window.controller.journal.add_phrase("bpl", "Behandlingsplanen gicks igenom.")
    dialog = PhrasesDialog(window)
    dialog.set_phrases(window.controller.journal.phrases())
    return dialog


def _item_list(window: MainWindow) -> QWidget:
    from journal_app.ui.views.item_list import ItemList
    items = ItemList(window)
    items.set_lines(["Standard (svenska)", "SOAP (svenska)"])
    return items


BUILD: dict[str, Build] = {
    "dialogs.journal_card_dialog.JournalCardDialog": _journal_card,
    "dialogs.journal_card_dialog.CardPartPage": _card_page,
    "dialogs.templates_dialog.TemplatesDialog": _templates,
    "dialogs.phrases_dialog.PhrasesDialog": _phrases,
    "views.item_list.ItemList": _item_list,
    "dialogs.agenda_dialog.AgendaDialog": _agenda,
    "dialogs.backup_dialog.BackupDialog": _backup,
    "dialogs.calendar_feed_dialog.CalendarFeedDialog": _feed,
    "dialogs.client_dialog.ClientDialog": _client,
    "dialogs.erase_dialog.EraseDialog": _erase,
    "dialogs.export_dialog.ExportDialog": _export,
    "dialogs.help_dialog.HelpDialog": _help,
    "dialogs.invoice_preview.InvoicePreviewDialog": _preview,
    "dialogs.invoices_dialog.InvoicesDialog": _invoices,
    "dialogs.measure_dialog.MeasureDialog": _measure,
    "dialogs.package_dialog.PackageDialog": _package,
    "dialogs.package_dialog.SessionDialog": _session,
    "dialogs.payment_dialog.PaymentDialog": _payment,
    "dialogs.payment_dialog.SieDialog": _sie,
    "dialogs.payment_dialog.ChargeDialog": _charge,
    "dialogs.practice_dialog.PracticeDialog": _practice,
    "dialogs.recovery_dialog.RecoveryKeyDialog": _recovery_key,
    "dialogs.recovery_dialog.RecoveryUnlockDialog": _recovery_unlock,
    "dialogs.scale_dialog.ScaleDialog": _scale,
    "dialogs.settings_dialog.SettingsDialog": _settings,
    "views.log_view.LogView": _log,
}


def karin(window: MainWindow) -> Client:
    """The seeded client with a package (tests/gui/conftest.py `seeded`)."""
    return next(c for c in window.controller.journal.clients.all() if c.name.startswith("Karin"))


def open_client(window: MainWindow) -> None:
    """Open the first client and its first session, so the client view and the note editor
    show everything they can (packages, sessions, the note's buttons)."""
    listing = window.workspace.client_list.table
    model = listing.model()
    row = next(r for r in range(model.rowCount())
               if str(model.index(r, 0).data()).startswith("Karin"))
    listing.setCurrentIndex(model.index(row, 0))
    sessions = window.workspace.client_view.sessions
    if sessions.model().rowCount():
        sessions.setCurrentIndex(sessions.model().index(0, 0))
    QApplication.processEvents()


def seed_for_the_walk(window: MainWindow) -> None:
    """A held session with a signed note and a measure flag, for the widgets they show."""
    journal = window.controller.journal
    client = karin(window)
    (package, *_rest) = journal.packages.for_client(client.id)
    journal.packages.add_session(package.id, dt.datetime(2026, 3, 2, 8, 0), SessionStatus.HELD)


# The walk ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Control:
    path: str
    role: Role
    name: str
    description: str
    rect: QRect


def walk(root: QAccessibleInterface, path: str = "") -> Iterator[Control]:
    """Every accessible interface under `root`, depth first."""
    for index in range(root.childCount()):
        child = root.child(index)
        if child is None or not child.isValid():
            continue
        obj = child.object()
        label = obj.objectName() if obj is not None and obj.objectName() else \
            f"{type(obj).__name__ if obj is not None else 'item'}#{index}"
        here = f"{path}/{label}"
        yield Control(here, child.role(), child.text(QAccessible.Text.Name),
                      child.text(QAccessible.Text.Description), child.rect())
        if child.role() not in (Role.Table, Role.List, Role.Tree, Role.ComboBox):  # their rows
            yield from walk(child, here)


def unnamed_controls(widget: QWidget) -> list[str]:
    """The interactive controls under `widget` a screen reader could not name."""
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None and root.isValid(), f"no accessible interface for {widget}"
    return [f"{c.path} ({c.role.name})" for c in walk(root)
            if c.role in INTERACTIVE and not c.name.strip()]


# Tab order -----------------------------------------------------------------------------------


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `window`, in order, starting at its first."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen = 0
    while widget is not window and seen < 2000:
        seen += 1
        if (widget.window() is window and widget.isVisibleTo(window) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not _inside_focus_proxy_owner(widget, window)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _inside_focus_proxy_owner(widget: QWidget, window: QWidget) -> bool:
    """A scroll area's viewport and a spin box's line edit stand for their owner."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.focusProxy() is widget or isinstance(parent, (QAbstractItemView,
                                                                QTextBrowser)):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def where(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def out_of_reading_order(window: QWidget) -> list[str]:
    """Each Tab step that goes up, or left on the same line. Two widgets are on one line when
    one's middle lies within the other's height (a tall list beside its buttons is read first,
    as its top comes first). Columns are read one after the other: a step up to a widget wholly
    right of the one before starts the next column."""
    chain = focus_chain(window)
    wrong = []
    for before, after in pairwise(chain):
        a, b = where(before, window), where(after, window)
        same_line = (a.top() <= b.center().y() <= a.bottom()
                     or b.top() <= a.center().y() <= b.bottom())
        if same_line:
            ok = b.left() >= a.left() or a.contains(b.center()) or b.top() > a.top() + 4
        else:  # down, or up to the top of the next column to the right
            ok = b.top() >= a.top() or b.left() >= a.right()
        if not ok:
            wrong.append(f"{_name(before)} {a.getRect()} -> {_name(after)} {b.getRect()}")
    return wrong


def _name(widget: QWidget) -> str:
    return widget.objectName() or f"{type(widget).__name__}({getattr(widget, 'text', str)()!s:.20})"


def show(widget: QWidget) -> QWidget:
    if isinstance(widget, QDialog):
        widget.show()
    else:
        widget.setWindowFlag(Qt.WindowType.Window)
        widget.show()
    QApplication.processEvents()
    return widget
