"""Print, preview, PDF and file export for the main window's tabs and the enterprise profile.

What a list prints (its `documents`) and whether it holds personal data come from
asfdesk.entities. Documents and files are built by operations (asfdesk.ui.operations.QueryOp)
in a worker, so a fault is classified once and an environment fault offers Retry; the dialogs
and the painting run on the UI thread. One renderer (asfdesk.printing.render) serves all outputs.

Widgets ask an `Output(parent, sessions)`, e.g. `Output(self, self.sessions).export_tab(…)`; the
module-level functions are the same calls for one-off use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QMessageBox, QWidget

from asfdesk import entities
from asfdesk.db.queries import io_queries as q
from asfdesk.db.queries import listing
from asfdesk.i18n import translate
from asfdesk.io import ics, tab_export, vcard
from asfdesk.io.private_files import write_private_bytes
from asfdesk.printing import jobs
from asfdesk.printing.document import PrintDocument
from asfdesk.printing.render import new_printer, render, write_pdf
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.operations import QueryOp, Sessions

Mode = Literal["print", "preview", "pdf"]
CONTEXT = "PrintExport"


def _file_stem(title: str) -> str:
    """A file name from a translated list title: "Partnerkontakter" -> "partnerkontakter"."""
    return "-".join(title.casefold().split())


def _status(parent: QWidget | None, text: str) -> None:
    """Say what happened in the main window's status bar, if there is one."""
    window = parent.window() if parent is not None else None
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


class Output:
    """Print and export against one database, for one parent widget (the dialogs' owner).

    Every database read runs in a QueryOp; `self.sessions` reaches the database only inside
    the ops."""

    def __init__(self, parent: QWidget | None, sessions: Sessions | None) -> None:
        self.parent = parent
        self.sessions = sessions

    # --- printing -------------------------------------------------------------------------

    def print_tab(
        self, entity: str, request: listing.ListRequest, selected_ids: Sequence[int], mode: Mode
    ) -> None:
        """File → Print / Print preview / Export PDF for the current tab (`entity`: its list key).

        Lists of personal data (e.g. referrals) are not printed: a paper list of jobseekers
        cannot be recalled or logged once it leaves the printer, and the contact documents never
        carry jobseeker data. The user is told to export instead, which asks for confirmation
        and is recorded in the access log.
        """
        parent, sessions = self.parent, self.sessions
        list_def = entities.list_def(entity)
        if entities.owner(entity).personal or not list_def.documents:
            QMessageBox.information(
                parent,
                translate("PrintExport", "Lists with personal data are not printed"),
                translate(
                    "PrintExport",
                    "This list contains jobseekers' personal data and is not printed, because a "
                    "printout cannot be traced or recalled. Use Export instead: it asks for "
                    "confirmation and is recorded in the access log.",
                ),
            )
            return
        document = list_def.documents[0]
        ids = list(selected_ids)
        if document.scope == "one":
            if not ids:
                QMessageBox.information(
                    parent, translate("PrintExport", "Print"), entities.text(document.needs_selection)
                )
                return
            ids = ids[:1]
        if document.key == "contact_sheets" and not ids:
            self._print_all_enterprises(entity, request, mode, entities.text(document.file_stem))
            return
        self._build_and_output(
            lambda: document.build(sessions, entity, request, ids), mode, entities.text(document.file_stem)
        )

    def _print_all_enterprises(
        self, entity: str, request: listing.ListRequest, mode: Mode, name: str
    ) -> None:
        """"Print all" prints the active enterprises the list shows, as the CLI does; when the
        list also shows dormant ones, the user is asked whether to include them."""
        sessions = self.sessions

        def chosen(dormant: int) -> None:
            include = ask_include_dormant(self.parent, dormant) if dormant else False
            if include is None:
                return
            self._build_and_output(
                lambda: jobs.listed_contact_sheets_document(sessions, entity, request, include),
                mode,
                name,
            )

        QueryOp(
            parent=self.parent,
            sessions=None,
            op=lambda _none: jobs.dormant_in_list(sessions, entity, request),
            success=chosen,
        ).run_in_background()

    def enterprise_sheets(self, enterprise_ids: Sequence[int], mode: Mode) -> None:
        """Contact sheets for the given enterprises (used by the enterprise profile)."""
        sessions, ids = self.sessions, list(enterprise_ids)
        self._build_and_output(
            lambda: jobs.contact_sheet_document(sessions, enterprise_ids=ids),
            mode,
            translate("PrintExport", "contact-sheet"),
        )

    def _build_and_output(self, build: Callable[[], PrintDocument], mode: Mode, name: str) -> None:
        """Build the document in a worker (the builders open their own short sessions)."""
        parent = self.parent
        QueryOp(
            parent=parent,
            sessions=None,
            op=lambda _none: build(),
            success=lambda document: output_document(parent, document, mode, name),
        ).run_in_background()

    # --- export ---------------------------------------------------------------------------

    def export_tab(self, entity: str, request: listing.ListRequest, visible_keys: Sequence[str]) -> None:
        """Export what the tab shows (search, filter, sort, visible columns) to .xlsx or .csv."""
        parent, sessions = self.parent, self.sessions
        if tab_export.is_personal(entity):
            answer = QMessageBox.question(
                parent,
                translate("PrintExport", "Export personal data"),
                translate(
                    "PrintExport",
                    "This list contains jobseekers' personal data. The export is recorded in the "
                    "access log with your name, the time and the number of rows. Keep the file safe "
                    "and delete it when it is no longer needed.",
                )
                + "\n\n"
                + translate("PrintExport", "Export the list?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        path = _save_path(
            parent,
            QCoreApplication.translate("PrintExport", "Export list"),
            _file_stem(entities.text(entities.list_def(entity).title)) + ".xlsx",
            QCoreApplication.translate(
                "PrintExport", "Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)"
            ),
            (".xlsx", ".csv"),
        )
        if path is None:
            return
        keys = list(visible_keys)
        # tab_export opens its own transaction: the rows and their access-log row are stored together

        def job(_none) -> int:
            return tab_export.export_tab(sessions, entity, request, path, keys)

        self._run_export(job, path, own_session=False)

    def export_vcards(self, contact_ids: Sequence[int]) -> None:
        """The selected contacts as one .vcf file (vCard 3.0)."""
        ids = list(contact_ids)
        if not ids:
            QMessageBox.information(
                self.parent,
                QCoreApplication.translate("PrintExport", "Export contacts"),
                QCoreApplication.translate("PrintExport", "Select the contacts to export."),
            )
            return
        path = _save_path(
            self.parent,
            QCoreApplication.translate("PrintExport", "Export contacts"),
            translate("PrintExport", "contacts") + ".vcf",
            QCoreApplication.translate("PrintExport", "vCard files (*.vcf)"),
            (".vcf",),
        )
        if path is None:
            return

        def job(session) -> int:
            contacts = q.contacts_by_ids(session, ids)
            write_private_bytes(path, vcard.contacts_to_vcf(contacts))
            return len(contacts)

        self._run_export(job, path)

    def export_ics(self, event_ids: Sequence[int] | None) -> None:
        """Events as an .ics calendar file: the given ones, or every upcoming event for None."""
        ids = list(event_ids) if event_ids else None
        path = _save_path(
            self.parent,
            QCoreApplication.translate("PrintExport", "Export to calendar"),
            translate("PrintExport", "events") + ".ics",
            QCoreApplication.translate("PrintExport", "iCalendar files (*.ics)"),
            (".ics",),
        )
        if path is None:
            return

        def job(session) -> int:
            events = q.events_by_ids(session, ids) if ids else q.upcoming_events(session)
            write_private_bytes(path, ics.events_to_ics(events))
            return len(events)

        self._run_export(job, path)

    def _run_export(self, job: Callable[[Any], int], path: Path, own_session: bool = True) -> None:
        """Write the file in a worker: `job(session)`, or `job(None)` for a job that opens its own
        session. Retry after an environment fault runs the same job again."""
        parent = self.parent

        def done(count: int) -> None:
            message = translate("PrintExport", "Exported %n row(s) to %1", n=count)
            _status(parent, message.replace("%1", str(path)))

        sessions = self.sessions if own_session else None
        QueryOp(parent=parent, sessions=sessions, op=job, success=done).run_in_background()


# --- the same as one-off calls --------------------------------------------------------------


def print_tab(
    parent: QWidget | None,
    sessions: Sessions,
    entity: str,
    request: listing.ListRequest,
    selected_ids: Sequence[int],
    mode: Mode,
) -> None:
    """See `Output.print_tab`."""
    Output(parent, sessions).print_tab(entity, request, selected_ids, mode)


def print_enterprise_sheets(
    parent: QWidget | None, sessions: Sessions, enterprise_ids: Sequence[int], mode: Mode
) -> None:
    """See `Output.enterprise_sheets`."""
    Output(parent, sessions).enterprise_sheets(enterprise_ids, mode)


def export_tab(
    parent: QWidget | None,
    sessions: Sessions | None,
    entity: str,
    request: listing.ListRequest,
    visible_keys: Sequence[str],
) -> None:
    """See `Output.export_tab`."""
    Output(parent, sessions).export_tab(entity, request, visible_keys)


def export_vcards(parent: QWidget | None, sessions: Sessions, contact_ids: Sequence[int]) -> None:
    """See `Output.export_vcards`."""
    Output(parent, sessions).export_vcards(contact_ids)


def export_ics(parent: QWidget | None, sessions: Sessions, event_ids: Sequence[int] | None) -> None:
    """See `Output.export_ics`."""
    Output(parent, sessions).export_ics(event_ids)


def ask_include_dormant(parent: QWidget | None, dormant: int) -> bool | None:
    """Ask whether "print all" takes the list's dormant enterprises too. None when cancelled."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("PrintExport", "Print all enterprises"))
    box.setText(
        translate(
            "PrintExport",
            "No rows are selected, so every active enterprise the list shows is printed. "
            "The list also shows %n dormant (paused or closed) enterprise(s).",
            n=dormant,
        )
    )
    check = QCheckBox(translate("PrintExport", "Include dormant enterprises"), box)
    box.setCheckBox(check)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return check.isChecked()


def default_save_dir() -> Path:
    """The user's documents folder, where a saved PDF is looked for; the home folder if unknown."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def default_save_path(file_name: str) -> Path:
    """What the save dialog suggests: `file_name` in the documents folder, not the working one."""
    return default_save_dir() / file_name


# --- output of a built document -----------------------------------------------------------


def output_document(
    parent: QWidget | None, document: PrintDocument, mode: Mode, name: str = "document"
) -> None:
    """Send a built document to the printer, the preview or a PDF file chosen by the user."""
    try:
        if mode == "pdf":
            path, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("PrintExport", "Export PDF"),
                str(default_save_path(f"{name}.pdf")),
                QCoreApplication.translate("PrintExport", "PDF files (*.pdf)"),
            )
            if not path:
                return
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            pages = write_pdf(document, path)
            _status(parent, translate("PrintExport", "Saved %1 (%n page(s))", n=pages).replace("%1", path))
        elif mode == "print":
            printer = new_printer()
            dialog = QPrintDialog(printer, parent)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                render(document, printer)
        elif mode == "preview":
            preview_dialog(parent, document).exec()
        else:
            raise ValueError(f"unknown print mode {mode!r}")
    except Exception as exc:  # never let a printing fault take the app down
        show_error(parent, exc)


class PreviewDialog(QPrintPreviewDialog):
    """A print preview that keeps its printer alive (the dialog does not own it)."""

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.printer = printer


def preview_dialog(parent: QWidget | None, document: PrintDocument) -> QPrintPreviewDialog:
    """A print preview that paints with the same renderer as the printer and PDF."""
    dialog = PreviewDialog(new_printer(QPrinter.PrinterMode.ScreenResolution), parent)
    dialog.setWindowTitle(document.title)
    dialog.paintRequested.connect(lambda device: render(document, device))
    return dialog


def _save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str, suffixes: Sequence[str]
) -> Path | None:
    # In the documents folder, like the PDF dialog, not wherever the app was started from.
    suggested_path = str(default_save_path(suggested))
    path, chosen_filter = QFileDialog.getSaveFileName(parent, title, suggested_path, filters)
    if not path:
        return None
    result = Path(path)
    if result.suffix.lower() not in suffixes:
        wanted = next((s for s in suffixes if s in chosen_filter), suffixes[0])
        result = result.with_name(result.name + wanted)
    return result
