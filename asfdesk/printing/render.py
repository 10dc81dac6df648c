"""One renderer for printer, preview and PDF: lays a PrintDocument out on a QPagedPaintDevice.

Two passes: first every block is measured and placed (so the footer can say "page X of Y"),
then the pages are painted. A block that does not fit moves whole to the next page; a
section continued on a new page repeats its heading, marked as continued.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from asfdesk.i18n import translate
from asfdesk.printing.document import PrintDocument

FONT_FAMILY = "DejaVu Sans"
BASE_POINT_SIZE = 9.5
MARGINS_MM = QMarginsF(18, 15, 18, 15)
STYLE = """
h1 { font-size: 16pt; margin-bottom: 4px; }
h2 { font-size: 12.5pt; margin-top: 12px; margin-bottom: 0px; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 2px; color: #1f3b5c; }
td.label { color: #555555; }
p.facts { color: #555555; margin-top: 0px; margin-bottom: 3px; }
p.person { margin-top: 6px; margin-bottom: 0px; }
table.head th { background-color: #e8edf3; font-weight: bold; }
table.row td { border-bottom: 1px solid #dddddd; font-size: 8.5pt; }
table.head th { font-size: 8.5pt; }
"""


def print_font(point_size: float) -> QFont:
    """The printed documents' font, with ligatures off: a PDF with an "ﬁ" glyph extracts
    "Kilaﬁx" instead of "Kilafix", so an e-mail address copied out of a sheet would be wrong."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def default_page_layout() -> QPageLayout:
    """A4 portrait with margins that suit office printers (none print to the edge)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


@dataclass
class _Placed:
    doc: QTextDocument
    y: float
    clip_top: float = 0.0  # for a block taller than a page: the slice shown on this page
    clip_height: float | None = None


@dataclass
class _Page:
    items: list[_Placed] = field(default_factory=list)


class _Layout:
    def __init__(self, device: QPagedPaintDevice, document: PrintDocument) -> None:
        self.device = device
        self.document = document
        self.width = float(device.width())
        self.height = float(device.height())
        self.dpi = device.logicalDpiY()
        self.font = print_font(BASE_POINT_SIZE)
        self.footer_height = self._pt(22)
        self.top = self._text(self._title_html()).size().height() + self._pt(6)
        self.bottom = self.height - self.footer_height
        self.pages: list[_Page] = []

    def _pt(self, points: float) -> float:
        return points * self.dpi / 72.0

    def _text(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font)
        doc.setDefaultStyleSheet(STYLE)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(self.width)
        return doc

    def _title_html(self) -> str:
        sub = f" &nbsp;·&nbsp; {escape(self.document.subtitle)}" if self.document.subtitle else ""
        return f"<p style='color:#555555; font-size:8.5pt'><b>{escape(self.document.title)}</b>{sub}</p>"

    def run(self) -> list[_Page]:
        page = self._new_page()
        y = self.top
        for section in self.document.sections:
            heading = self._text(section.heading)
            blocks = [self._text(html) for html in section.blocks]
            if section.new_page and page.items and y > self.top:
                page, y = self._new_page(), self.top
            first_height = blocks[0].size().height() if blocks else 0.0
            if y > self.top and y + heading.size().height() + first_height > self.bottom:
                page, y = self._new_page(), self.top
            page.items.append(_Placed(heading, y))
            y += heading.size().height()
            for block in blocks:
                h = block.size().height()
                fits_a_page = h <= self.bottom - self.top
                if y + h > self.bottom and y > self.top and fits_a_page:
                    page, y = self._new_page(), self.top
                    continued = self._text(self._continued(section.heading))
                    page.items.append(_Placed(continued, y))
                    y += continued.size().height()
                if y + h <= self.bottom:
                    page.items.append(_Placed(block, y))
                    y += h
                    continue
                # Taller than a whole page: the only case where a block is sliced, at line ends.
                shown = 0.0
                while True:
                    cut = _line_cut(block, shown, self.bottom - y)
                    page.items.append(_Placed(block, y, clip_top=shown, clip_height=cut - shown))
                    if cut >= h:
                        y += cut - shown
                        break
                    shown = cut
                    page, y = self._new_page(), self.top
                    continued = self._text(self._continued(section.heading))
                    page.items.append(_Placed(continued, y))
                    y += continued.size().height()
        return self.pages

    def _continued(self, heading_html: str) -> str:
        note = translate("Printing", "(continued)", language=self.document.language)
        return f"<p style='color:#777777; font-size:8pt'>{note}</p>{heading_html}"

    def _new_page(self) -> _Page:
        page = _Page()
        self.pages.append(page)
        return page


def _line_cut(doc: QTextDocument, start: float, room: float) -> float:
    """Where to end a slice that starts at `start`: the last line that ends within `room`."""
    limit = start + room
    if doc.size().height() <= limit:
        return doc.size().height()
    best = start
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            bottom = rect.top() + line.y() + line.height()
            if start < bottom <= limit:
                best = max(best, bottom)
        block = block.next()
    return best if best > start else limit


def render(document: PrintDocument, device: QPagedPaintDevice) -> int:
    """Paint `document` on a printer, preview printer or PDF writer. Returns the page count."""
    layout = _Layout(device, document)
    pages = layout.run()
    title = layout._text(layout._title_html())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Printing", "Could not start printing"))
    try:
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            title.drawContents(painter)
            for item in page.items:
                painter.save()
                painter.translate(QPointF(0, item.y - item.clip_top))
                if item.clip_height is not None:
                    item.doc.drawContents(painter, QRectF(0, item.clip_top, layout.width, item.clip_height))
                else:
                    item.doc.drawContents(painter)
                painter.restore()
            _footer(painter, layout, document, number, total)
    finally:
        painter.end()
    return len(pages)


def _footer(painter: QPainter, layout: _Layout, document: PrintDocument, number: int, total: int) -> None:
    lang = document.language
    font = print_font(7.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    top = layout.height - layout.footer_height + layout._pt(8)
    painter.drawLine(QPointF(0, top), QPointF(layout.width, top))
    rect = QRectF(0, top + layout._pt(2), layout.width, layout.footer_height - layout._pt(10))
    when = document.printed_at.strftime("%Y-%m-%d %H:%M")
    left = translate("Printing", "Printed {when} by {printed_by}", language=lang).format(
        when=when, printed_by=document.printed_by
    )
    right = translate("Printing", "page {number} of {total}", language=lang).format(
        number=number, total=total
    )
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
    painter.restore()


def new_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageLayout(default_page_layout())
    return printer


def write_pdf(document: PrintDocument, path: Path | str) -> int:
    """The same rendering as the printer, into a PDF file. Returns the page count."""
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(document.title)
    printer.setCreator("asfdesk")
    return render(document, printer)
