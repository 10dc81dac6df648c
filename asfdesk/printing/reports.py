"""Reports on paper and in PDF: the table and its bar chart, through the one print renderer.

`report_document` turns a ReportTable into a PrintDocument (each row its own block, so a long
table breaks between rows and repeats its header on the next page); the chart is drawn with
Qt Charts into an image that the document embeds. `build_chart` is also what the report
dialog shows on screen, so preview, PDF and paper draw the same chart.

Charts are widgets-side Qt objects: build them on the thread of the QApplication (the UI
thread, or the CLI's main thread after asfdesk.printing.qt_app.ensure_qt_app()).
"""

from __future__ import annotations

import base64
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.report_table import ReportTable, cell_text
from asfdesk.i18n import current_language
from asfdesk.printing.document import PrintDocument, Section
from asfdesk.printing.render import print_font, write_pdf

SERIES_COLOURS = ("#1f3b5c", "#4c9a6a", "#e0a030", "#b0413e", "#7a6fb0")
_LABEL_LIMIT = 28
_IMAGE_DPI = 200
_IMAGE_WIDTH_PX = 620  # the width the image takes on the page, in screen pixels (96 dpi)


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_LIMIT else label[: _LABEL_LIMIT - 1] + "…"


def build_chart(table: ReportTable) -> QChart | None:
    """A horizontal bar chart of the table's charted columns (None when there is nothing to draw).

    A cell that is not a number ("<3", "..", no figure) draws no bar.
    """
    if table.chart is None or not table.rows:
        return None
    chart = QChart()
    chart.setTitle(table.chart.title)
    chart.setTitleFont(print_font(11))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(print_font(8.5))
    series = QHorizontalBarSeries()
    # Qt draws the first category at the bottom: reverse, so the chart reads like the table.
    categories = [_short(c) for c in reversed(table.categories())]
    highest = 0.0
    for index, (name, values) in enumerate(table.chart_series()):
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
        bar_set.setBorderColor(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
        for value in reversed(values):
            bar_set.append(value or 0.0)
            highest = max(highest, value or 0.0)
        series.append(bar_set)
    chart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(categories)
    category_axis.setLabelsFont(print_font(8))
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)
    value_axis = QValueAxis()
    if highest >= 5:
        value_axis.setRange(0, highest)
        value_axis.applyNiceNumbers()  # 0, 5, 10 … rather than 0, 4.6, 9.2 …
    else:
        value_axis.setRange(0, max(1.0, highest))
        value_axis.setTickCount(int(max(highest, 1)) + 1)
    value_axis.setLabelFormat("%d")
    value_axis.setLabelsFont(print_font(8))
    if table.chart.value_axis:
        value_axis.setTitleText(table.chart.value_axis)
        value_axis.setTitleFont(print_font(8))
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(value_axis)
    chart.setMargins(QMarginsF(4, 4, 4, 4).toMargins())
    return chart


def chart_height_mm(table: ReportTable) -> float:
    """Taller for more groups, so every bar keeps room for its name."""
    series = len(table.chart.columns) if table.chart else 1
    return max(70.0, min(215.0, 38.0 + len(table.rows) * (4.0 + 2.2 * series)))


def chart_image(table: ReportTable, width_mm: float = 165.0) -> QImage | None:
    """The chart as an image at print resolution (200 dpi)."""
    chart = build_chart(table)
    if chart is None:
        return None
    dots_per_mm = _IMAGE_DPI / 25.4
    width, height = round(width_mm * dots_per_mm), round(chart_height_mm(table) * dots_per_mm)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dots_per_mm * 1000))
    image.setDotsPerMeterY(round(dots_per_mm * 1000))
    image.fill(QColor("white"))
    scene = QGraphicsScene()
    scene.addItem(chart)
    # Lay the chart out in 96-dpi pixels (the unit Qt sizes its fonts in), then scale onto the image.
    size = QSizeF(width_mm / 25.4 * 96, chart_height_mm(table) / 25.4 * 96)
    chart.resize(size)
    scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), scene.sceneRect())
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


# --- the document ---------------------------------------------------------------------------


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _widths(table: ReportTable) -> list[int]:
    """Column widths in %: figures get 9–12 % each, the text columns share the rest."""
    columns = len(table.headers)
    figures = max(columns - table.numeric_from, 0)
    each = 12 if figures <= 4 else 10
    texts = max(columns - figures, 1)
    rest = 100 - each * figures
    if texts == 1:
        return [rest] + [each] * figures
    first = round(rest * (0.6 if texts == 2 else 0.5))
    others = (rest - first) // (texts - 1)
    return [first] + [others] * (texts - 1) + [each] * figures


def _row_html(table: ReportTable, cells: list[str], kind: str) -> str:
    tag = "th" if kind == "head" else "td"
    parts = []
    for index, (width, text) in enumerate(zip(_widths(table), cells, strict=False)):
        align = "right" if index >= table.numeric_from else "left"
        size = " style='font-size: 7pt'" if kind == "head" else ""
        parts.append(f"<{tag} width='{width}%' align='{align}' valign='bottom'{size}>{text}</{tag}>")
    css = "head" if kind == "head" else "row"
    weight = " style='font-weight: bold'" if kind == "total" else ""
    return (
        f"<table width='100%' cellspacing='0' cellpadding='3' class='{css}'{weight}>"
        f"<tr>{''.join(parts)}</tr></table>"
    )


def _cells(values: list[object], language: str) -> list[str]:
    return [_e(cell_text(v, decimal_comma=language == "sv")) for v in values]


def _table_section(table: ReportTable, language: str, level: str, subtitle: str) -> list[Section]:
    header = _row_html(table, [_e(h) for h in table.headers], "head")
    sub = f"<p class='facts'>{_e(subtitle)}</p>" if subtitle else ""
    heading = f"<{level}>{_e(table.title)}</{level}>{sub}{header}"
    blocks = [_row_html(table, _cells(row, language), "row") for row in table.rows]
    if table.total is not None:
        blocks.append(_row_html(table, [f"<b>{c}</b>" for c in _cells(table.total, language)], "total"))
    if not table.rows:
        blocks.append("<p>–</p>")
    sections = [Section(heading=heading, blocks=blocks)]
    extra = [f"<p class='facts'>{_e(note)}</p>" for note in table.notes]
    image = chart_image(table)
    if image is not None:
        encoded = base64.b64encode(png_bytes(image)).decode("ascii")
        height = round(_IMAGE_WIDTH_PX * image.height() / image.width())
        extra.append(
            f"<p><img src='data:image/png;base64,{encoded}' width='{_IMAGE_WIDTH_PX}' height='{height}'></p>"
        )
    if extra:
        sections.append(Section(heading="", blocks=extra))
    return sections


def report_document(table: ReportTable, printed_by: str, language: str | None = None) -> PrintDocument:
    """The report on A4: the table (its header repeated on each page), notes, then the chart;
    each further part (per municipality, per organisation type) the same way below."""
    lang = language or current_language()
    sections = _table_section(table, lang, "h1", table.subtitle)
    for part in table.parts:
        sections += _table_section(part, lang, "h2", part.subtitle)
    return PrintDocument(
        title=table.title,
        subtitle=table.subtitle,
        sections=sections,
        printed_by=printed_by,
        printed_at=datetime.now(STOCKHOLM),
        language=lang,
    )


def write_report_pdf(
    table: ReportTable, path: Path | str, printed_by: str, language: str | None = None
) -> int:
    """The report as a PDF on A4 (private, complete or absent). Returns the page count."""
    from asfdesk.io.private_files import private_output

    with private_output(path) as partial:
        return write_pdf(report_document(table, printed_by, language), partial)
