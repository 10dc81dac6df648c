"""Print, preview, PDF and file export for the main window's tabs and the enterprise profile.

What a list prints (its `documents`) and whether it holds personal data come from
asfdesk.entities. Documents and files are built in a worker (asfdesk.ui.workers.run_in_thread);
the dialogs and the painting run on the UI thread. One renderer (asfdesk.printing.render)
serves all outputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session, sessionmaker

from asfdesk import entities
from asfdesk.db.queries import io_queries as q
from asfdesk.db.queries import listing
from asfdesk.db.session import session_scope
from asfdesk.i18n import translate
from asfdesk.io import ics, tab_export, vcard
from asfdesk.io.private_files import write_private_bytes
from asfdesk.printing import jobs
from asfdesk.printing.document import PrintDocument
from asfdesk.printing.render import new_printer, render, write_pdf
from asfdesk.ui.error_dialogs import show_error
from asfdesk.ui.workers import run_in_thread

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


# --- printing -----------------------------------------------------------------------------


def print_tab(
    parent: QWidget | None,
    sessions: sessionmaker[Session],
    entity: str,
    request: listing.ListRequest,
    selected_ids: Sequence[int],
    mode: Mode,
) -> None:
    """File → Print / Print preview / Export PDF for the current tab (`entity`: its list key).

    Lists of personal data (e.g. referrals) are not printed: a paper list of jobseekers cannot be
    recalled or logged once it leaves the printer, and the contact documents never carry
    jobseeker data. The user is told to export instead, which asks for confirmation and is
    recorded in the access log.
    """
    list_def = entities.list_def(entity)
    if entities.owner(entity).personal or not list_def.documents:
        QMessageBox.information(
            parent,
            translate("PrintExport", "Lists with personal data are not printed"),
            translate(
                "PrintExport",
                "This list contains jobseekers' personal data and is not printed, because a "
                "printout cannot be traced or recalled. Use Export instead: it asks for confirmation "
                "and is recorded in the access log.",
            ),
        )
        return
    document = list_def.documents[0]
    ids = list(selected_ids)
    if document.scope == "one":
        if not ids:
            QMessageBox.information(
                parent,
                translate("PrintExport", "Print"),
                entities.text(document.needs_selection),
            )
            return
        ids = ids[:1]
    _build_and_output(
        parent,
        lambda: document.build(sessions, entity, request, ids),
        mode,
        entities.text(document.file_stem),
    )


def print_enterprise_sheets(
    parent: QWidget | None, sessions: sessionmaker[Session], enterprise_ids: Sequence[int], mode: Mode
) -> None:
    """Contact sheets for the given enterprises (used by the enterprise profile)."""
    ids = list(enterprise_ids)
    _build_and_output(
        parent,
        lambda: jobs.contact_sheet_document(sessions, enterprise_ids=ids),
        mode,
        translate("PrintExport", "contact-sheet"),
    )


def _build_and_output(
    parent: QWidget | None, build: Callable[[], PrintDocument], mode: Mode, name: str
) -> None:
    run_in_thread(
        build,
        on_done=lambda document: output_document(parent, document, mode, name),
        on_error=lambda exc: show_error(parent, exc),
    )


def output_document(
    parent: QWidget | None, document: PrintDocument, mode: Mode, name: str = "document"
) -> None:
    """Send a built document to the printer, the preview or a PDF file chosen by the user."""
    try:
        if mode == "pdf":
            path, _ = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("PrintExport", "Export PDF"),
                f"{name}.pdf",
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


# --- export -------------------------------------------------------------------------------


def _save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str, suffixes: Sequence[str]
) -> Path | None:
    path, chosen_filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    if not path:
        return None
    result = Path(path)
    if result.suffix.lower() not in suffixes:
        wanted = next((s for s in suffixes if s in chosen_filter), suffixes[0])
        result = result.with_name(result.name + wanted)
    return result


def export_tab(
    parent: QWidget | None,
    sessions: sessionmaker[Session],
    entity: str,
    request: listing.ListRequest,
    visible_keys: Sequence[str],
) -> None:
    """Export what the tab shows (search, filter, sort, visible columns) to .xlsx or .csv."""
    if tab_export.is_personal(entity):
        answer = QMessageBox.question(
            parent,
            translate("PrintExport", "Export personal data"),
            translate(
                "PrintExport",
                "This list contains jobseekers' personal data. The export is recorded in the "
                "access log with your name, the time and the number of rows. Keep the file safe and "
                "delete it when it is no longer needed.",
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
    _run_export(parent, lambda: tab_export.export_tab(sessions, entity, request, path, keys), path)


def _run_export(parent: QWidget | None, job: Callable[[], int], path: Path) -> None:
    def done(count: int) -> None:
        message = translate("PrintExport", "Exported %n row(s) to %1", n=count)
        _status(parent, message.replace("%1", str(path)))

    def failed(exc: BaseException) -> None:
        if show_error(parent, exc, allow_retry=True):
            _run_export(parent, job, path)

    run_in_thread(job, on_done=done, on_error=failed)


def export_vcards(
    parent: QWidget | None, sessions: sessionmaker[Session], contact_ids: Sequence[int]
) -> None:
    """The selected contacts as one .vcf file (vCard 3.0)."""
    ids = list(contact_ids)
    if not ids:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PrintExport", "Export contacts"),
            QCoreApplication.translate("PrintExport", "Select the contacts to export."),
        )
        return
    path = _save_path(
        parent,
        QCoreApplication.translate("PrintExport", "Export contacts"),
        translate("PrintExport", "contacts") + ".vcf",
        QCoreApplication.translate("PrintExport", "vCard files (*.vcf)"),
        (".vcf",),
    )
    if path is None:
        return

    def job() -> int:
        with session_scope(sessions) as session:
            contacts = q.contacts_by_ids(session, ids)
            write_private_bytes(path, vcard.contacts_to_vcf(contacts))
            return len(contacts)

    _run_export(parent, job, path)


def export_ics(
    parent: QWidget | None, sessions: sessionmaker[Session], event_ids: Sequence[int] | None
) -> None:
    """Events as an .ics calendar file: the given ones, or every upcoming event for None."""
    ids = list(event_ids) if event_ids else None
    path = _save_path(
        parent,
        QCoreApplication.translate("PrintExport", "Export to calendar"),
        translate("PrintExport", "events") + ".ics",
        QCoreApplication.translate("PrintExport", "iCalendar files (*.ics)"),
        (".ics",),
    )
    if path is None:
        return

    def job() -> int:
        with session_scope(sessions) as session:
            events = q.events_by_ids(session, ids) if ids else q.upcoming_events(session)
            write_private_bytes(path, ics.events_to_ics(events))
            return len(events)

    _run_export(parent, job, path)
