"""The unlock screen: the only thing the window shows while the vault is locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.icons import app_icon, blank_icon, icon

if TYPE_CHECKING:  # the page is drawn before the core is imported (MainWindow's deferred start)
    from journal_app.ui.controllers.controller import AppController


def _set_enum(widget: QWidget, prop: str, value: str) -> None:
    """Set an enum property by its name in Qt's meta-object system. The page is drawn first at
    start, and touching PySide6's `Qt` namespace there would cost ~12 ms (docs/performance.md)."""
    if not widget.setProperty(prop, value):
        raise ValueError(f"{type(widget).__name__}.{prop} = {value}")


class UnlockPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(460)

        logo = QLabel(card)
        logo.setPixmap(app_icon().pixmap(72, 72))
        _set_enum(logo, "alignment", "AlignHCenter")
        self.title = QLabel(self.tr("The journal is locked"), card)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        _set_enum(self.title, "alignment", "AlignHCenter")
        self.folder_label = QLabel(card)
        self.folder_label.setObjectName("vaultFolderLabel")
        _set_enum(self.folder_label, "alignment", "AlignHCenter")
        self.folder_label.setWordWrap(True)
        _set_enum(self.folder_label, "textFormat", "PlainText")
        self.folder_label.setEnabled(False)  # drawn in the palette's dimmed text colour

        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(280)
        # Its lock icon comes with the controller, after the first paint (tinted icons load
        # QtSvg); a blank one holds its room until then.
        self.unlock_button = QPushButton(blank_icon(), self.tr("&Unlock"), card)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.busy = QProgressBar(card)
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)  # an indeterminate "working" bar while the key is derived
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setVisible(False)
        self.error = QLabel(card)
        self.error.setObjectName("unlockErrorLabel")
        self.error.setWordWrap(True)
        _set_enum(self.error, "textFormat", "PlainText")
        self.error.setAccessibleName(self.tr("Error"))
        self.error.setVisible(False)
        bold = QFont(self.error.font())
        bold.setBold(True)
        self.error.setFont(bold)

        # One row: a box layout draws it as a form layout would, without loading QFormLayout
        # before the first paint.
        form = QHBoxLayout()
        label = QLabel(self.tr("&Passphrase:"), card)
        label.setBuddy(self.passphrase)
        form.addWidget(label)
        form.addWidget(self.passphrase, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(12)
        inner.addWidget(logo)
        inner.addWidget(self.title)
        inner.addWidget(self.folder_label)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.busy)
        inner.addWidget(self.error)
        inner.addLayout(buttons)
        self._inner = inner

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def add_extra_widget(self, widget: QWidget) -> None:
        """Below the Unlock button: e.g. "Forgot the passphrase? Use the recovery key…"."""
        from PySide6.QtCore import Qt

        self._inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)


class UnlockController(QObject):
    """Sends the passphrase to the app controller; shows a refusal in the page itself."""

    def __init__(self, page: UnlockPage, app: AppController) -> None:
        super().__init__(page)
        self.page = page
        self.app = app
        page.folder_label.setText(str(app.folder))
        page.unlock_button.setIcon(icon("lock"))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.page.unlock_button.clicked.connect(self.submit)
        self.page.passphrase.returnPressed.connect(self.submit)
        self.app.busyChanged.connect(self._on_busy)
        self.app.unlockFailed.connect(self._on_failed)
        self.app.unlocked.connect(self.reset)

    @Slot()
    def submit(self) -> None:
        text = self.page.passphrase.text()
        if not text:
            self._on_failed(self.tr("Type your passphrase."))
            return
        self.page.error.setVisible(False)
        self.app.unlock(text)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        self.page.busy.setVisible(busy)
        self.page.passphrase.setEnabled(not busy)
        self.page.unlock_button.setEnabled(not busy)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.page.error.setText(message)
        self.page.error.setVisible(True)
        self.page.passphrase.setEnabled(True)
        self.page.passphrase.selectAll()
        self.page.passphrase.setFocus()  # OtherFocusReason

    @Slot()
    def reset(self) -> None:
        self.page.passphrase.clear()
        self.page.error.setVisible(False)

    def show(self) -> None:
        self.reset()
        self.page.passphrase.setFocus()  # OtherFocusReason
