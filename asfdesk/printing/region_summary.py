""""ASF i länet": one A4 page per county with the active ASF, their employees, the people in
work training and the free places per municipality, the totals and a bar chart.

Counts only: the figures come from asfdesk.db.queries.region, which reads no person. The chart
is painted with QPainter on a QImage (thread-safe, so the document can be built in a worker)
and embedded as a PNG, so the printer, the preview and the PDF show the same page.
"""

from __future__ import annotations

import base64
import math
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.queries.region import MunicipalityFigures, RegionFigures, region_figures
from asfdesk.db.search import fold
from asfdesk.db.session import session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.i18n import current_language, translate
from asfdesk.printing.document import PrintDocument, Section
from asfdesk.printing.render import print_font

CONTEXT = "RegionSummary"
# (figure, colour) of the chart's three series, in legend order.
SERIES = (
    ("employees", "#1f3b5c"),
    ("in_training", "#4f8fc0"),
    ("free_places", "#8cbf3f"),
)
CHART_WIDTH = 640  # the page's text width in the document's pixels (A4 less the margins)
SCALE = 3  # the image is painted at three times that for a sharp print


def _t(text: str, lang: str) -> str:
    return translate(CONTEXT, text, language=lang)


def _labels(lang: str) -> dict[str, str]:
    return {
        "municipality": _t("Municipality", lang),
        "enterprises": _t("Active ASFs", lang),
        "employees": _t("Employees", lang),
        "in_training": _t("In work training", lang),
        "free_places": _t("Free places", lang),
    }


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def _table(figures: RegionFigures, lang: str, compact: bool) -> str:
    """The figures per municipality and the total; many municipalities in two halves side by side."""
    labels = _labels(lang)
    keys = ("enterprises", "employees", "in_training", "free_places")
    size = "7.5pt" if compact else "9pt"
    pad = 1 if compact else 3
    name_width, head_size = ("28%", "6.5pt") if compact else ("32%", "8.5pt")
    number_width = "18%" if compact else "17%"
    head = (
        f"<th align='left' width='{name_width}' style='font-size: {head_size}'>"
        f"{escape(labels['municipality'])}</th>"
    ) + "".join(
        f"<th align='right' width='{number_width}' style='font-size: {head_size}'>{escape(labels[k])}</th>"
        for k in keys
    )

    def row(r: MunicipalityFigures, name: str, bold: bool = False) -> str:
        style = " style='font-weight: bold; border-top: 1px solid #555555'" if bold else ""
        grey = "" if bold or r.enterprises else " style='color: #888888'"
        cells = f"<td{style}{grey}>{escape(name)}</td>" + "".join(
            f"<td align='right'{style}{grey}>{_number(getattr(r, k))}</td>" for k in keys
        )
        return f"<tr>{cells}</tr>"

    def table(rows: list[MunicipalityFigures], total: bool) -> str:
        body = "".join(row(r, r.name) for r in rows)
        end = row(figures.total, _t("Total", lang), bold=True) if total else ""
        return (
            f"<table width='100%' cellspacing='0' cellpadding='{pad}' style='font-size: {size}'>"
            f"<tr style='background-color: #e8edf3'>{head}</tr>{body}{end}</table>"
        )

    if not compact:
        return table(figures.rows, total=True)
    half = (len(figures.rows) + 1) // 2
    total = "".join(
        f"<td align='right' style='font-weight: bold'>{_number(getattr(figures.total, k))}</td>" for k in keys
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='49%' valign='top'>{table(figures.rows[:half], total=False)}</td><td width='2%'></td>"
        f"<td width='49%' valign='top'>{table(figures.rows[half:], total=False)}</td></tr></table>"
        f"<table width='49%' cellspacing='0' cellpadding='{pad}' style='font-size: {size};"
        f" border-top: 1px solid #555555'><tr><td width='{name_width}' style='font-weight: bold'>"
        f"{escape(_t('Total', lang))}</td>{total}</tr></table>"
    )


def chart_image(figures: RegionFigures, lang: str, height: int) -> QImage:
    """Grouped bars per municipality: employees, in work training, free places."""
    width = CHART_WIDTH
    image = QImage(width * SCALE, height * SCALE, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(SCALE, SCALE)
        _paint_chart(painter, figures, lang, width, height)
    finally:
        painter.end()
    return image


def _nice_top(value: int) -> tuple[int, int]:
    """The axis's top and tick step: 1, 2 or 5 times a power of ten, about five ticks."""
    value = max(value, 1)
    raw = value / 5
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), int(step)


def _paint_chart(painter: QPainter, figures: RegionFigures, lang: str, width: int, height: int) -> None:
    labels = _labels(lang)
    rows = figures.rows
    font = print_font(7 if len(rows) <= 30 else 5.5)
    painter.setFont(font)
    metrics_height = 9
    # Legend on top.
    x = 40.0
    for key, colour in SERIES:
        painter.fillRect(QRectF(x, 2, 9, 9), QColor(colour))
        painter.setPen(QColor("#333333"))
        text_rect = QRectF(x + 12, 0, 170, 13)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align), labels[key])
        x += 14 + painter.fontMetrics().horizontalAdvance(labels[key]) + 16
    if not rows:
        return
    longest = max(painter.fontMetrics().horizontalAdvance(r.name) for r in rows)
    slanted = len(rows) > 6
    label_room = (longest * 0.72 + 8) if slanted else metrics_height + 6
    left, top, right = 34.0, 20.0, width - 6.0
    bottom = height - label_room
    peak = max(max(getattr(r, key) for key, _ in SERIES) for r in rows)
    top_value, step = _nice_top(peak)
    plot_height = bottom - top

    def y_of(value: float) -> float:
        return bottom - plot_height * value / top_value

    painter.setPen(QPen(QColor("#dddddd"), 0.5))
    for tick in range(0, top_value + 1, step):
        y = y_of(tick)
        painter.setPen(QPen(QColor("#dddddd"), 0.5))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRectF(0, y - 6, left - 4, 12),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            _number(tick),
        )
    group = (right - left) / len(rows)
    bar = max(group * 0.75 / len(SERIES), 0.8)
    for index, r in enumerate(rows):
        start = left + index * group + (group - bar * len(SERIES)) / 2
        for n, (key, colour) in enumerate(SERIES):
            value = getattr(r, key)
            if value:
                rect = QRectF(start + n * bar, y_of(value), bar, bottom - y_of(value))
                painter.fillRect(rect, QColor(colour))
        centre = left + (index + 0.5) * group
        painter.setPen(QColor("#333333"))
        if slanted:
            painter.save()
            painter.translate(centre + 3, bottom + 4)
            painter.rotate(-45)
            advance = painter.fontMetrics().horizontalAdvance(r.name)
            painter.drawText(QPointF(-advance, 0), r.name)
            painter.restore()
        else:
            painter.drawText(
                QRectF(centre - group / 2, bottom + 2, group, metrics_height + 4),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                r.name,
            )
    painter.setPen(QPen(QColor("#555555"), 0.8))
    painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))


def _png_uri(image: QImage) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def region_summary(
    figures: RegionFigures, printed_by: str, language: str | None = None, today: date | None = None
) -> PrintDocument:
    """The one-page summary of a county's figures (built from counts only)."""
    lang = language or current_language()
    now = datetime.now(STOCKHOLM)
    day = today or now.date()
    count = len(figures.rows)
    compact = count > 20  # Västra Götaland has 49 municipalities: two halves, still one page
    chart_height = 380 if count <= 20 else 300
    title = _t("ASFs in the county", lang)
    heading = (
        f"<h1>{escape(title)}: {escape(figures.county_name)}</h1>"
        f"<p class='facts'>{escape(_t('As of {day}', lang).format(day=day.isoformat()))}"
        f" &nbsp;·&nbsp; {escape(_t('County code {code}', lang).format(code=figures.county_code))}</p>"
    )
    note = _t(
        "Active work-integrating social enterprises (ASF) per municipality. Employees and people in "
        "work training as each enterprise reports them; free places derived from the referrals "
        "that hold a place today.",
        lang,
    )
    blocks = [
        f"<p class='facts'>{escape(note)}</p>",
        _table(figures, lang, compact),
        f"<h3 style='margin-top: 14px'>{escape(_t('Per municipality', lang))}</h3>"
        f"<img src='{_png_uri(chart_image(figures, lang, chart_height))}'"
        f" width='{CHART_WIDTH}' height='{chart_height}'>",
    ]
    return PrintDocument(
        title=title,
        subtitle=f"{figures.county_name} · {day.isoformat()}",
        sections=[Section(heading=heading, blocks=blocks)],
        printed_by=printed_by,
        printed_at=now,
        language=lang,
    )


def default_file_name(county_code: str, language: str | None = None) -> str:
    """The suggested file name, e.g. "asf-i-lanet-20.pdf" (plain letters: any file system)."""
    stem = _t("asfs-in-the-county", language or current_language())
    return f"{stem}-{'-'.join(fold(county_code).split())}.pdf"  # "Dalarnas län" → dalarnas-lan


def region_summary_document(sessions: sessionmaker[Session], county_code: str) -> PrintDocument:
    """Load one county's figures in one short session and build the page (GUI and CLI)."""
    from asfdesk.printing.jobs import printed_by

    with session_scope(sessions) as session:
        figures = region_figures(session, county_code)
    return region_summary(figures, printed_by(sessions))
