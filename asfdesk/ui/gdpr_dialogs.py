"""The personal-data duties in the GUI: the jobseeker profile's "Registerutdrag…" and
"Radera / avidentifiera…", and Admin → "Gallring…" and "Personuppgiftsinställningar…".

Every database step runs in an operation (asfdesk.ui.operations) calling asfdesk.services.gdpr;
the files are written on the UI thread (the PDF through the one print renderer), 0600.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.engine import sqlite_path  # a URL helper, no connection
from asfdesk.i18n import current_language
from asfdesk.io.private_files import private_output, write_private_bytes
from asfdesk.services import gdpr
from asfdesk.ui.operations import QueryOp, Sessions, WriteOp

EXTRACT_LANGUAGE = "sv"  # the extract goes to the person: Swedish, whatever the app shows


def write_extract_file(data: dict, path: Path, language: str = EXTRACT_LANGUAGE) -> Path:
    """The extract as PDF (by the print renderer) or JSON, by the file's suffix; 0600, whole or absent."""
    if path.suffix.lower() == ".json":
        write_private_bytes(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
        return path
    from asfdesk.printing.extract import register_extract
    from asfdesk.printing.render import write_pdf

    with private_output(path) as temporary:
        write_pdf(register_extract(data, language), temporary)
    return path


def _retranslating(owner: QObject, watched: QObject, retranslate) -> None:
    """Call `retranslate` on every LanguageChange `watched` receives."""

    class _Filter(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.LanguageChange:
                retranslate()
            return False

    f = _Filter(owner)
    watched.installEventFilter(f)


# --- the profile's two duties --------------------------------------------------------------------


class ProfileDuties(QObject):
    """Adds "Register extract…" and "Erase / anonymise…" to a jobseeker profile's button row."""

    extractWritten = Signal(str)  # the file written
    erased = Signal(int)  # the jobseeker anonymised

    def __init__(self, profile: QWidget) -> None:
        super().__init__(profile)
        self.profile = profile
        self.extract_button = QPushButton(profile)
        self.extract_button.clicked.connect(self.extract)
        self.erase_button = QPushButton(profile)
        self.erase_button.clicked.connect(self.ask_erase)
        profile.buttons.insertWidget(1, self.extract_button)
        profile.buttons.insertWidget(2, self.erase_button)
        profile.loadFinished.connect(self.update_enabled)
        profile.saveFinished.connect(self.update_enabled)
        _retranslating(self, profile, self.retranslate)
        self.confirmation: ErasureDialog | None = None
        self.allowed = True  # until the role is known; the services refuse a non-administrator anyway
        self.retranslate()
        self.update_enabled()
        QueryOp(
            parent=profile, sessions=profile.sessions, op=gdpr.may_carry_out, success=self._role_known
        ).failure(lambda _exc: None).run_in_background()

    def _role_known(self, allowed: bool) -> None:
        self.allowed = allowed
        self.update_enabled()

    def retranslate(self) -> None:
        self.extract_button.setText(self.tr("Register extract…"))
        self.extract_button.setToolTip(
            self.tr("Everything stored about this person, as PDF or JSON (GDPR art. 15 and 20)")
        )
        self.erase_button.setText(self.tr("Erase / anonymise…"))
        self.erase_button.setToolTip(
            self.tr("Remove this person's identity; referrals stay for statistics (GDPR art. 17)")
        )

    def update_enabled(self, *_args) -> None:
        usable = self.profile.record_id is not None and self.allowed
        self.extract_button.setEnabled(usable)
        self.erase_button.setEnabled(usable)

    # -- extract --------------------------------------------------------------------------------

    def extract(self, path: str | None = None) -> None:
        record_id = self.profile.record_id
        if record_id is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.profile,
                self.tr("Save register extract"),
                str(Path.home() / f"registerutdrag-{record_id}.pdf"),  # no name in the file name
                self.tr("PDF (*.pdf);;JSON, machine-readable (*.json)"),
            )
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".json"):
            target = target.with_suffix(".pdf")
        file_format = target.suffix.lower().lstrip(".")
        QueryOp(
            parent=self.profile,
            sessions=self.profile.sessions,
            op=lambda session: gdpr.extract_record(
                session, record_id, file_format=file_format, language=EXTRACT_LANGUAGE
            ),
            success=lambda data: self._write(data, target),
        ).run_in_background()

    def _write(self, data: dict, target: Path) -> None:
        try:
            write_extract_file(data, target)
        except OSError as exc:
            QMessageBox.warning(
                self.profile,
                self.tr("Register extract"),
                self.tr("The file could not be written: %1").replace("%1", exc.strerror or str(target)),
            )
            return
        self.extractWritten.emit(str(target))

    # -- erase ----------------------------------------------------------------------------------

    def ask_erase(self) -> None:
        record_id = self.profile.record_id
        if record_id is None:
            return
        QueryOp(
            parent=self.profile,
            sessions=self.profile.sessions,
            op=lambda session: gdpr.erasure_preview(session, record_id),
            success=self._confirm,
        ).run_in_background()

    def _confirm(self, preview: gdpr.ErasurePreview) -> None:
        if preview.already_anonymised:
            QMessageBox.information(
                self.profile, self.tr("Erase / anonymise"), self.tr("This person is already anonymised.")
            )
            return
        self.confirmation = ErasureDialog(preview, self.profile)
        self.confirmation.accepted.connect(lambda: self._erase(preview.jobseeker_id))
        self.confirmation.open()

    def _erase(self, jobseeker_id: int) -> None:
        def work(sessions, changes):
            result = gdpr.erase_and_scrub(sessions, jobseeker_id)
            changes.updated("jobseeker", jobseeker_id)
            return result

        WriteOp(
            parent=self.profile,
            sessions=self.profile.sessions,
            op=work,
            success=lambda _result: self.erased.emit(jobseeker_id),
        ).run_in_background()


class ErasureDialog(QDialog):
    """States what erasure will do; the button is enabled only after "I understand" is ticked."""

    def __init__(self, preview: gdpr.ErasurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Erase / anonymise"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.understood = QCheckBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        p = self.preview
        items = [
            self.tr("The name, personnummer, address, phone, e-mail and notes are removed for good."),
            self.tr(
                "%n referral(s) are kept for statistics, with only birth year, municipality, kind, "
                "dates and outcome.",
                "",
                p.referrals,
            ),
            self.tr("The text of %n follow-up note(s) is removed.", "", p.notes),
            self.tr(
                "The person can no longer be found by name or personnummer; access-log details that "
                "name them are blanked. Who accessed the record, and when, is kept."
            ),
        ]
        if p.open_referrals:
            items.append(self.tr("%n referral(s) are still open.", "", p.open_referrals))
        head = self.tr("Jobseeker #%1 (%2) will be anonymised:").replace("%1", str(p.jobseeker_id))
        head = head.replace("%2", p.initials)
        tail = self.tr(
            "This cannot be undone. Backups still hold the data until they are removed by retention."
        )
        body = "".join(f"<li>{item}</li>" for item in items)
        self.text.setText(f"<p><b>{head}</b></p><ul>{body}</ul><p>{tail}</p>")
        self.understood.setText(self.tr("I understand that this cannot be undone"))
        self.erase_button.setText(self.tr("Erase / anonymise"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- Admin menu ----------------------------------------------------------------------------------


def show_purge(window) -> PurgeDialog:
    """Admin → "Retention (gallring)…": the preview, then apply (the main window's menu)."""
    dialog = PurgeDialog(window.sessions, sqlite_path(window.database_url), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_settings(window) -> SettingsDialog:
    """Admin → "Personal data settings…": the retention years and the extract's wording."""
    dialog = SettingsDialog(window.sessions, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if isinstance(value, int):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class PurgeDialog(QDialog):
    """The retention preview (who is due, by year; old backups), then apply after a question."""

    previewShown = Signal()
    applied = Signal(object)  # gdpr.PurgeResult

    def __init__(self, sessions: Sessions, db_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.db_file = db_file
        self.preview: gdpr.PurgePreview | None = None
        self.years = QSpinBox()
        self.years.setRange(0, gdpr.MAX_RETENTION_YEARS)
        self.years.setSuffix("")
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.by_year = _table(2)
        self.by_year.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.people = _table(3)
        self.backups_label = QLabel()
        self.backups = _table(2)
        self.backups.setWordWrap(False)
        self.backups.setTextElideMode(Qt.TextElideMode.ElideLeft)  # the file name is the end
        self.apply_button = QPushButton()
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.ask_apply)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        self.years_label = QLabel()
        self.years_label.setBuddy(self.years)
        top.addWidget(self.years_label)
        top.addWidget(self.years)
        top.addWidget(self.preview_button)
        top.addStretch(1)
        tables = QHBoxLayout()
        tables.addWidget(self.by_year, 2)
        tables.addWidget(self.people, 3)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        layout.addWidget(self.backups_label)
        layout.addWidget(self.backups)
        layout.addLayout(bottom)
        self.resize(720, 560)
        self.retranslate()
        self._load_rule()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention (gallring)"))
        self.intro.setText(
            self.tr(
                "Jobseekers whose last referral ended more than the retention period ago, and who have "
                "no open referral, are anonymised as an erasure does. Jobseekers never referred are due "
                "when their record was last changed before then. Nothing changes until you apply."
            )
        )
        self.years_label.setText(self.tr("Retention period (years):"))
        self.years.setSpecialValueText(self.tr("not set"))
        self.preview_button.setText(self.tr("Preview"))
        self.by_year.setHorizontalHeaderLabels([self.tr("Year of last activity"), self.tr("Jobseekers")])
        self.people.setHorizontalHeaderLabels([self.tr("Id"), self.tr("Initials"), self.tr("Last activity")])
        self.backups.setHorizontalHeaderLabels([self.tr("Backup"), self.tr("Made")])
        self.close_button.setText(self.tr("Close"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _load_rule(self) -> None:
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: gdpr.retention_years(session),
            success=self._rule_loaded,
        ).run_in_background()

    def _rule_loaded(self, years: int | None) -> None:
        self.years.setValue(years or 0)
        if years:
            self.refresh()
        else:
            self._show()

    def refresh(self) -> None:
        years = self.years.value() or None
        if years is None:
            self.preview = None
            self._show()
            return
        db_file = self.db_file
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: gdpr.purge_preview(session, years, db_file=db_file),
            success=self._previewed,
        ).run_in_background()

    def _previewed(self, preview: gdpr.PurgePreview) -> None:
        self.preview = preview
        self._show()
        self.previewShown.emit()

    def _show(self) -> None:
        p = self.preview
        if p is None:
            self.summary.setText(
                self.tr("No retention period is set. Choose the number of years and press Preview.")
            )
            _fill(self.by_year, [])
            _fill(self.people, [])
            _fill(self.backups, [])
            self.apply_button.setText(self.tr("Anonymise…"))
            self.apply_button.setEnabled(False)
            self.backups_label.setText("")
            return
        self.summary.setText(
            self.tr("%n jobseeker(s) are due: last activity before %1.", "", len(p.candidates)).replace(
                "%1", p.cutoff.isoformat()
            )
        )
        _fill(self.by_year, [[year, count] for year, count in p.by_year.items()])
        _fill(self.people, [[f"#{c.jobseeker_id}", c.initials, c.last_activity.year] for c in p.candidates])
        if self.db_file is None:
            self.backups_label.setText(self.tr("Backups of a shared server are kept by its administrator."))
        else:
            self.backups_label.setText(
                self.tr(
                    "%n backup(s) made by the app are older than the retention period:", "", len(p.backups)
                )
            )
        _fill(self.backups, [[str(b.path), f"{b.created:%Y-%m-%d}"] for b in p.backups])
        self.apply_button.setText(self.tr("Anonymise %n jobseeker(s)…", "", len(p.candidates)))
        self.apply_button.setEnabled(bool(p.candidates or p.backups))
        self.layout().activate()  # the button's new text gets its room now, not at the next event

    def ask_apply(self) -> None:
        if self.preview is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Retention (gallring)"),
            self.tr(
                "Anonymise %n jobseeker(s) and remove the old backups listed? This cannot be undone.",
                "",
                len(self.preview.candidates),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes and self.apply()
        )
        self.question = box
        box.open()

    def apply(self) -> None:
        if self.preview is None:
            return
        years, db_file = self.preview.years, self.db_file

        def work(sessions, changes):
            result = gdpr.purge_and_scrub(sessions, years, db_file)
            if result.anonymised:
                changes.updated("jobseeker", *result.anonymised)
            return result

        self.apply_button.setEnabled(False)
        WriteOp(parent=self, sessions=self.sessions, op=work, success=self._applied).run_in_background()

    def _applied(self, result: gdpr.PurgeResult) -> None:
        self.applied.emit(result)
        self.summary.setText(
            self.tr("%n jobseeker(s) anonymised.", "", len(result.anonymised))
            + " "
            + self.tr("%n backup(s) removed.", "", len(result.removed_backups))
        )
        self.refresh()


class SettingsDialog(QDialog):
    """The retention period and the register extract's purpose/legal-basis text (database settings)."""

    saved = Signal(object)  # gdpr.PersonalDataSettings

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.years = QSpinBox()
        self.years.setRange(0, gdpr.MAX_RETENTION_YEARS)
        self.wording = QPlainTextEdit()
        self.wording.setTabChangesFocus(True)
        self.default_button = QPushButton()
        self.default_button.clicked.connect(self.use_default)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.years_label = QLabel()
        self.wording_label = QLabel()
        self.years_label.setBuddy(self.years)
        self.wording_label.setBuddy(self.wording)
        self.form.addRow(self.years_label, self.years)
        self.form.addRow(self.wording_label, self.wording)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.default_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()
        QueryOp(
            parent=self,
            sessions=sessions,
            op=lambda session: gdpr.load_settings(session, EXTRACT_LANGUAGE),
            success=self._loaded,
        ).run_in_background()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personal data settings"))
        self.years_label.setText(self.tr("Retention period (years):"))
        self.years.setSpecialValueText(self.tr("not set"))
        self.wording_label.setText(self.tr("Register extract: purpose and legal basis:"))
        self.default_button.setText(self.tr("Use the default text"))
        self.note.setText(
            self.tr(
                "Stored in the database: every user of a shared database follows the same rule. "
                "The extract is printed in Swedish."
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _loaded(self, settings: gdpr.PersonalDataSettings) -> None:
        self.years.setValue(settings.retention_years or 0)
        self.wording.setPlainText(settings.wording)

    def use_default(self) -> None:
        self.wording.setPlainText(gdpr.default_wording(EXTRACT_LANGUAGE))

    def save(self) -> None:
        years = self.years.value() or None
        wording = self.wording.toPlainText()
        language = current_language()

        def work(sessions, _changes):
            return gdpr.save_settings(sessions, years, wording, language)

        WriteOp(parent=self, sessions=self.sessions, op=work, success=self._saved).run_in_background()

    def _saved(self, settings: gdpr.PersonalDataSettings) -> None:
        self.saved.emit(settings)
        self.accept()
