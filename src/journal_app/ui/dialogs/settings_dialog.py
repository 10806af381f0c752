"""Settings: the vault's own (inside the encrypted database) and the language (QSettings)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.domain.models import RetentionPolicy
from journal_app.ui.accessibility import set_reading_order
from journal_app.ui.modal import widen_fields


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idleMinutesSpin")
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.backup_days = QSpinBox(self)
        self.backup_days.setObjectName("backupReminderSpin")
        self.backup_days.setRange(1, 365)
        self.backup_days.setSuffix(self.tr(" days"))
        self.practice = QLineEdit(self)
        self.practice.setObjectName("settingsPracticeEdit")
        # Who keeps the journal (PDL 3 kap 10 §): the journal card records it as each part's
        # author, and the journal PDF prints it.
        self.practitioner = QLineEdit(self)
        self.practitioner.setObjectName("settingsPractitionerEdit")
        self.practitioner.setPlaceholderText(self.tr("e.g. Anna Andersson, leg. psykolog"))
        self.practitioner.setToolTip(self.tr(
            "The journal shows who wrote it (Patientdatalagen 3 kap 10 §): the journal card "
            "records this as the author of each part, and the journal PDF prints it."))
        self.late_counts = QCheckBox(self.tr("A late cancellation uses up a session"), self)
        self.late_counts.setObjectName("lateCountsCheck")
        self.policy = QLabel(self)
        self.policy.setObjectName("retentionLabel")
        self.policy.setWordWrap(True)
        self.policy.setTextFormat(Qt.TextFormat.PlainText)
        self.policy_choice = QComboBox(self)
        self.policy_choice.setObjectName("policyCombo")
        self.policy_choice.addItem(self.tr("Erase a client's notes when their package is completed"),
                                   RetentionPolicy.ERASE_ON_COMPLETION.value)
        self.policy_choice.addItem(self.tr("Keep notes 10 years (Patientdatalagen, licensed)"),
                                   RetentionPolicy.PDL.value)
        self.template = QPlainTextEdit(self)
        self.template.setObjectName("templateEdit")
        self.template.setTabChangesFocus(True)
        self.template.setMinimumHeight(160)
        self.error = QLabel(self)
        self.error.setObjectName("settingsErrorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Language:"), self.language),
            (self.tr("Lock after &idle:"), self.idle_minutes),
            (self.tr("Remind me to &back up after:"), self.backup_days),
            (self.tr("&Practice name:"), self.practice),
            (self.tr("Journal &kept by (name, title):"), self.practitioner),
            (self.tr("Sessions:"), self.late_counts),
            (self.tr("&Retention:"), self.policy_choice),
            ("", self.policy),
            (self.tr("New note &template:"), self.template),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            if text:
                widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        set_reading_order([self.language, self.idle_minutes, self.backup_days, self.practice,
                           self.practitioner, self.late_counts, self.policy_choice,
                           self.template, self.buttons])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        widen_fields(self)
        self.buttons.rejected.connect(self.reject)
