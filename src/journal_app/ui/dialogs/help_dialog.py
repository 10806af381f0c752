"""Help and About: what the app does with the notes, the version, the bundled components and
their licences, and the text for the practice's privacy notice.

Versions and licences are read from the installed packages' metadata (importlib.metadata), so
the About box tells the truth about the build it is in; a known licence stands in where a
package's metadata does not say.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, qVersion
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app import __version__
from journal_app.about import APP_LICENCE, bundled_components
from journal_app.core.domain.models import RetentionPolicy
from journal_app.core.retention.privacy_notice import LANGUAGES, privacy_notice_for
from journal_app.ui.formatting import key_text


def _html(sections: list[tuple[str, list[str]]]) -> str:
    parts = []
    for heading, paragraphs in sections:
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.extend(f"<p>{html.escape(text)}</p>" for text in paragraphs)
    return "\n".join(parts)


def shortcut_rows(menus: Iterable[QMenu]) -> list[tuple[str, str]]:
    """Every action with a shortcut in these menus and their submenus, as ("Menu › Action",
    keys in the platform's own words), in menu order: read from the actions themselves, so the
    list in Help cannot go stale."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, f"{path} › {_plain(action.text())}")
            elif not action.shortcut().isEmpty() and id(action) not in seen:
                seen.add(id(action))
                rows.append((f"{path} › {_plain(action.text())}", action.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText)))

    for menu in menus:
        visit(menu, _plain(menu.title()))
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


class HelpDialog(QDialog):
    """Tabs: Help, Keyboard shortcuts, About and Privacy notice. Opened from the Help menu."""

    def __init__(
        self,
        parent: QWidget | None,
        vault_folder: Path,
        policy: RetentionPolicy | None,
        *,
        practice_name: str = "",
        show_about: bool = False,
        shortcuts: Sequence[tuple[str, str]] = (),
        show_shortcuts: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help"))
        self.resize(720, 600)
        self._practice_name = practice_name
        self._policy = None if policy is None else RetentionPolicy(policy)  # None: vault locked

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("helpTabs")
        self.help_text = QTextBrowser(self)
        self.help_text.setObjectName("helpText")
        self.help_text.setOpenLinks(False)  # nothing in here may reach a network
        self.help_text.setHtml(_html(self.help_sections(vault_folder, self._policy)))
        self.tabs.addTab(self.help_text, self.tr("Help"))
        self.tabs.addTab(self._shortcuts_page(shortcuts), self.tr("Keyboard shortcuts"))
        self.tabs.addTab(self._about_page(), self.tr("About"))
        self.tabs.addTab(self._notice_page(), self.tr("Privacy notice"))
        if show_about or show_shortcuts:
            self.tabs.setCurrentIndex(2 if show_about else 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._connect_signals()
        self._show_notice()

    def _connect_signals(self) -> None:
        self.notice_language.currentIndexChanged.connect(self._show_notice)
        self.copy_notice.clicked.connect(self._copy_notice)

    # Help ------------------------------------------------------------------------------------

    def help_sections(
        self, vault_folder: Path, policy: RetentionPolicy | None
    ) -> list[tuple[str, list[str]]]:
        return [
            (self.tr("What the app does with your notes"), [
                self.tr("Every client, session and note is kept in one encrypted vault on this "
                        "computer. Nothing is sent anywhere: the app has no network code at all. "
                        "A note leaves the computer only when you export it yourself, as a PDF, "
                        "a register extract or an export file."),
            ]),
            (self.tr("Encryption"), [
                self.tr("The vault is encrypted with SQLCipher (AES-256, with a check on every "
                        "page) under a random key. That key is stored only locked by your "
                        "passphrase, through Argon2id, which makes every guess cost about a "
                        "second, and by your recovery key. Someone who takes the computer sees "
                        "only encrypted data."),
                self.tr("While the vault is unlocked, anyone at the keyboard can read it. The "
                        "app locks itself after the idle time set in Settings, when the screen "
                        "locks or the computer goes to sleep (where the desktop reports it), "
                        "and %1 locks it at once.").replace("%1", key_text("Ctrl+L")),
            ]),
            (self.tr("Notes, signing and completed packages"), [
                self.tr("A note documents a session that took place, so it is signed only for "
                        "a session marked held (or cancelled, late cancelled or no-show). Sign "
                        "on a session still marked planned asks to mark it held and sign in one "
                        "step. A signed note is never changed: Correct makes a new version and "
                        "the signed text stays readable, struck through, with its date."),
                self.tr("A package is completed when all its sessions are held and every one "
                        "of their notes is signed. Until then the package says how many notes "
                        "are left to sign, and Next note to sign opens the earliest of them."),
                self.tr("Dates are written year-month-day and times with 24 hours, "
                        "2026-12-04 14:30, in both languages; type them the same way."),
            ]),
            (self.tr("Where your vault is"), [
                self.tr("Your vault is the folder %1. It holds journal.db, the encrypted "
                        "journal, and vault.json with its copy vault.json.bak, the locked keys. "
                        "Do not edit these files.").replace("%1", str(vault_folder)),
            ]),
            (self.tr("The retention policy in force"), self._policy_paragraphs(policy)),
            (self.tr("What erase means"), [
                self.tr("Erasing a client's notes removes the notes, every earlier version and "
                        "draft, and their entries in the search index, inside the vault file "
                        "itself: the space they used is overwritten, not only marked as free. "
                        "The app then checks that nothing refers to them any more. The notes are "
                        "also removed from the backups in the app's backup list as soon as those "
                        "can be reached. An erase cannot be undone."),
                self.tr("What an erase cannot reach: PDFs and exports you have saved, copies of "
                        "the vault you made yourself outside the app, and old blocks that an SSD "
                        "or the file system may keep from before the erase. Those blocks hold "
                        "only encrypted data, readable only with your passphrase or recovery "
                        "key."),
            ]),
            (self.tr("Backups"), [
                self.tr("Make a backup regularly with Back up… in the Vault menu, for example "
                        "to a USB stick. A "
                        "backup is one encrypted file, opened with the same passphrase or "
                        "recovery key as the vault. The app reminds you when no backup has been "
                        "made for the number of days set in Settings."),
                self.tr("Restore… in the Vault menu checks the backup before it changes "
                        "anything, and keeps your current vault until the restore has "
                        "succeeded."),
            ]),
            (self.tr("The recovery key"), [
                self.tr("When the vault was created, the app showed a recovery key once. It "
                        "opens the vault if you forget your passphrase, and then lets you set a "
                        "new one. Keep it printed and locked away, apart from the computer: "
                        "anyone who has it can open the vault."),
                self.tr("If it is lost or someone else may have seen it, make a new one; the "
                        "old one no longer opens the vault. Backups made before then still open "
                        "with the old key, and through them the vault, so make a new backup and "
                        "delete the older ones. Without your passphrase "
                        "or your recovery key no one can open the vault, not even the makers of "
                        "the app."),
            ]),
        ]

    def _policy_paragraphs(self, policy: RetentionPolicy | None) -> list[str]:
        if policy is None:
            return [self.tr("Unlock the vault to see which of the two retention policies is in "
                            "force: erase when the package is completed, or a patient journal "
                            "kept ten years under the Patient Data Act (PDL)."),
                    *self._policy_paragraphs(RetentionPolicy.ERASE_ON_COMPLETION)[:1],
                    *self._policy_paragraphs(RetentionPolicy.PDL)]
        if policy is RetentionPolicy.PDL:
            first = [
                self.tr("Patient journal under the Patient Data Act (PDL). Notes are kept at "
                        "least ten years after the latest entry (PDL 3 ch. 17 §), and the app "
                        "refuses to erase them earlier, except for a destruction decided by IVO, "
                        "whose reference and date are recorded. A signed note is never changed: "
                        "a correction is a new version and the earlier text stays with its "
                        "date."),
            ]
        else:
            first = [
                self.tr("Erase when the package is completed. When a client's last session is "
                        "held and its note signed, the app offers the client a PDF copy of their "
                        "journal and then erases the notes for good. You can postpone the erase; "
                        "a postponed erase is shown as overdue until it is done."),
                self.tr("What stays: a billing record (name, identity number, contact details, "
                        "package, price and date; no notes) until the end of the seventh year "
                        "after its calendar year, as the Bookkeeping Act requires (7 ch. 2 §), "
                        "and an erasure receipt without name or content, to show the erase was "
                        "made."),
            ]
        return [*first, self.tr("You can change the policy in Settings. The change is logged and "
                                "never erases anything by itself.")]

    # Keyboard shortcuts --------------------------------------------------------------------

    def _shortcuts_page(self, rows: Sequence[tuple[str, str]]) -> QWidget:
        self.shortcut_table = QTableWidget(len(rows), 2, self)
        self.shortcut_table.setObjectName("shortcutTable")
        self.shortcut_table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.shortcut_table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.shortcut_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shortcut_table.setTabKeyNavigation(False)
        self.shortcut_table.verticalHeader().setVisible(False)
        self.shortcut_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for row, (name, keys) in enumerate(rows):
            self.shortcut_table.setItem(row, 0, QTableWidgetItem(name))
            self.shortcut_table.setItem(row, 1, QTableWidgetItem(keys))
        return self.shortcut_table

    def shortcuts_listed(self) -> list[tuple[str, str]]:
        table = self.shortcut_table
        return [(table.item(r, 0).text(), table.item(r, 1).text())
                for r in range(table.rowCount())]

    # About -----------------------------------------------------------------------------------

    def _about_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("journal-app %1").replace("%1", __version__), page)
        title.setObjectName("aboutVersion")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(self.tr("An encrypted journal for counsellors and therapists. Free "
                                 "software under the licence %1.").replace("%1", APP_LICENCE), page)
        summary.setWordWrap(True)
        self.components_text = QTextBrowser(page)
        self.components_text.setObjectName("aboutComponents")
        self.components_text.setOpenLinks(False)
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in bundled_components(qVersion())
        )
        head = (f"<tr><th align='left'>{html.escape(self.tr('Component'))}</th>"
                f"<th align='left'>{html.escape(self.tr('Version'))}</th>"
                f"<th align='left'>{html.escape(self.tr('Licence'))}</th></tr>")
        note = html.escape(self.tr("The full licence texts are shipped with each component in the "
                                   "app's folder. Qt and PySide6 are used under the LGPL version 3."))
        self.components_text.setHtml(f"<table cellpadding='3'>{head}{rows}</table><p>{note}</p>")
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.components_text)
        return page

    # Privacy notice --------------------------------------------------------------------------

    def _notice_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("A text to paste into your practice's privacy notice. It describes "
                               "how the journal is kept under the policy in force; add your legal "
                               "basis and contact details yourself."), page)
        intro.setWordWrap(True)
        self.notice_language = QComboBox(page)
        self.notice_language.setObjectName("noticeLanguage")
        names = {"sv": self.tr("Swedish"), "en": self.tr("English")}
        for language in LANGUAGES:
            self.notice_language.addItem(names[language], language)
        # Start in the language the app speaks; the other is one click away.
        swedish = QLocale().language() == QLocale.Language.Swedish
        self.notice_language.setCurrentIndex(LANGUAGES.index("sv" if swedish else "en"))
        self.copy_notice = QPushButton(self.tr("Copy"), page)
        self.copy_notice.setObjectName("copyNotice")
        self.notice_text = QPlainTextEdit(page)
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setReadOnly(True)
        self.notice_text.setAccessibleName(self.tr("Privacy notice text"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language:"), page))
        row.addWidget(self.notice_language)
        row.addStretch(1)
        row.addWidget(self.copy_notice)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.notice_text)
        return page

    def _show_notice(self) -> None:
        if self._policy is None:
            self.notice_text.setPlainText(self.tr("Unlock the vault to make the text for its "
                                                  "retention policy."))
            self.copy_notice.setEnabled(False)
            return
        language = str(self.notice_language.currentData())
        self.notice_text.setPlainText(privacy_notice_for(self._practice_name, self._policy, language))

    def _copy_notice(self) -> None:
        # The notice holds no client data, so the clipboard is a fine place for it.
        QGuiApplication.clipboard().setText(self.notice_text.toPlainText())
