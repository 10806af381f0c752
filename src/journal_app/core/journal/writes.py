"""The facade's writes that cannot complete a package. Each returns its change record
(changes.py); the writes that can complete one (a signature, a session's status, a smaller
package) are in facade.py with the completion check.

A mixin of `Journal` (facade.py), over the repositories declared in reads.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal_app.core.domain.models import SessionStatus
from journal_app.core.domain.templates import NoteOrigin
from journal_app.core.errors import InvalidInput
from journal_app.core.journal.changes import (
    BackupsChange,
    BillingChange,
    ChangeKind,
    ClientChange,
    NoteChange,
    PackageChange,
    SessionChange,
    SettingsChange,
)
from journal_app.core.journal.reads import JournalReads
from journal_app.core.retention import billing


class JournalWrites(JournalReads):
    # Clients -----------------------------------------------------------------------------------

    def add_client(self, name: str, *, id_number: str | None = None, email: str = "",
                   phone: str = "", address: str = "", free_text: str = "") -> ClientChange:
        client = self.clients.add(name, id_number=id_number, email=email, phone=phone,
                                  address=address, free_text=free_text)
        return ClientChange(kind=ChangeKind.CLIENT_ADDED, client_id=client.id, client=client)

    def update_client(self, client_id: str, **fields: str | None) -> ClientChange:
        """Change the given fields (name, id_number, email, phone, address, free_text)."""
        client = self.clients.update(client_id, **fields)
        return ClientChange(kind=ChangeKind.CLIENT_UPDATED, client_id=client.id, client=client)

    def set_archived(self, client_id: str, archived: bool) -> ClientChange:
        client = self.clients.set_archived(client_id, archived)
        kind = ChangeKind.CLIENT_ARCHIVED if archived else ChangeKind.CLIENT_UNARCHIVED
        return ClientChange(kind=kind, client_id=client.id, client=client)

    # Packages and sessions ---------------------------------------------------------------------

    def add_package(self, client_id: str, *, name: str, sessions_total: int,
                    purchased: dt.date | str, price_ore: int | None = None) -> PackageChange:
        package = self.packages.add(client_id, name=name, sessions_total=sessions_total,
                                    purchased=purchased, price_ore=price_ore)
        return PackageChange(kind=ChangeKind.PACKAGE_ADDED, client_id=client_id,
                             package_id=package.id, package=package)

    def remove_package(self, package_id: str) -> PackageChange:
        """Remove a package added by mistake (one without sessions); the record holds it as it
        was."""
        with self.db.write():
            package = self.packages.get(package_id)
            self.packages.remove(package_id)
        return PackageChange(kind=ChangeKind.PACKAGE_REMOVED, client_id=package.client_id,
                             package_id=package_id, package=package)

    def postpone_erase(self, package_id: str) -> PackageChange:
        """"Remind me later" on the erase prompt of a completed package."""
        with self.db.write():
            self.packages.postpone_erase(package_id)
            package = self.packages.get(package_id)
        return PackageChange(kind=ChangeKind.ERASE_POSTPONED, client_id=package.client_id,
                             package_id=package_id, package=package)

    def add_session(self, package_id: str, start: dt.datetime | str,
                    status: SessionStatus = SessionStatus.PLANNED) -> SessionChange:
        session = self.packages.add_session(package_id, start, status)
        return SessionChange(kind=ChangeKind.SESSION_ADDED, client_id=session.client_id,
                             package_id=package_id, session_id=session.id, session=session)

    # Notes -------------------------------------------------------------------------------------

    def save_draft(self, session_id: str, text: str, *,
                   origin: NoteOrigin | None = None) -> NoteChange:
        """Autosave: the first save creates the note (NOTE_CREATED: the session shows a draft
        now); later ones overwrite the open draft in place (DRAFT_SAVED). `origin`: the
        template the note was (re)started from, recorded with it."""
        with self.db.write():
            created = self.notes.for_session(session_id) is None
            note = self.notes.save_draft(session_id, text)
            if origin is not None:  # a new note, or an empty one restarted from a template
                self.repos.templates.record_origin(note.id, origin)
        kind = ChangeKind.NOTE_CREATED if created else ChangeKind.DRAFT_SAVED
        return NoteChange(kind=kind, client_id=note.client_id, session_id=session_id, note=note)

    def start_correction(self, session_id: str) -> NoteChange:
        note = self.notes.start_correction(session_id)
        return NoteChange(kind=ChangeKind.CORRECTION_STARTED, client_id=note.client_id,
                          session_id=session_id, note=note)

    def discard_correction(self, session_id: str) -> NoteChange:
        """The correction's draft revision goes, and the measures entered in it with it."""
        with self.db.write():
            before = self.notes.for_session(session_id)
            note = self.notes.discard_correction(session_id)
            if before is not None:
                self.repos.measures.drop_revision(before.id, before.current.revision)
        return NoteChange(kind=ChangeKind.CORRECTION_DISCARDED, client_id=note.client_id,
                          session_id=session_id, note=note)

    # Settings and billing records --------------------------------------------------------------

    def update_settings(self, *, practice_name: str | None = None,
                        practitioner: str | None = None,
                        late_cancellation_counts: bool | None = None,
                        note_template: str | None = None, idle_lock_minutes: int | None = None,
                        backup_reminder_days: int | None = None) -> SettingsChange:
        """Change ordinary settings; the retention policy has its own write (change_policy)."""
        settings = self.settings.update(
            practice_name=practice_name, practitioner=practitioner,
            late_cancellation_counts=late_cancellation_counts,
            note_template=note_template, idle_lock_minutes=idle_lock_minutes,
            backup_reminder_days=backup_reminder_days)
        return SettingsChange(kind=ChangeKind.SETTINGS_UPDATED, settings=settings)

    def purge_expired_billing(self) -> BillingChange:
        """Delete the billing records past their keeping time (logged without names)."""
        purged = billing.purge_expired(self.repos)
        return BillingChange(kind=ChangeKind.BILLING_PURGED, purged=purged)

    # The backups catalogue (what the backup list shows; the files themselves are not touched).

    def set_backup_folder(self, folder: Path | None) -> BackupsChange:
        """Where backups go by default; None forgets it."""
        if folder is not None and not folder.is_dir():
            raise InvalidInput("path.folder_missing", folder=folder)
        self.repos.backups.set_folder(folder)
        return self._backups_change(ChangeKind.BACKUP_FOLDER_SET)

    def forget_backup(self, backup_id: str) -> BackupsChange:
        """Stop listing a backup (the practitioner destroyed it)."""
        self.repos.backups.get(backup_id)
        self.repos.backups.forget(backup_id)
        return self._backups_change(ChangeKind.BACKUP_FORGOTTEN)

    def _backups_change(self, kind: ChangeKind) -> BackupsChange:
        catalogue = self.repos.backups
        return BackupsChange(kind=kind, backups=tuple(catalogue.all()), folder=catalogue.folder())
