"""Översikt, the start view: a consultant's referrals, outcomes, free places, follow-ups and events
at a glance.

Everything comes from one QueryOp (`asfdesk.services.overview.read_overview`) and is read again
when a change is published (`operations.changes()`), or when the page is shown after one. Every
figure opens the matching list: `listRequested(list_key, filters)` (the main window switches to
that tab and sets exactly those filters) or `openRequested(entity, id)` for one record. By default
the figures are the consultant's own ("Only mine" in the lists); "Whole unit" shows everyone's.
Free places are always the whole unit's: a consultant places people at every enterprise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asfdesk import entities
from asfdesk.db.faults import FaultKind, classify
from asfdesk.db.queries.overview_figures import (
    ACTIVE_STATUSES,
    PERIODS,
    OverviewFigures,
    free_place_figures,
)
from asfdesk.domain.enums import Outcome, ReferralStatus
from asfdesk.domain.report_table import percent
from asfdesk.entities.overview_filters import PERIOD_LABELS
from asfdesk.services.overview import Overview, read_overview
from asfdesk.ui import error_dialogs
from asfdesk.ui.operations import QueryOp, Sessions, changes, failure_text, login_of
from asfdesk.ui.widgets.follow_ups import FollowUpsModel, FollowUpsView

ACCENT = QColor("#3b5b7a")
OVERDUE = QColor("#b3261e")
CARD_STYLE = "QFrame#card { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
LINK_STYLE = (
    "QPushButton { border: none; text-align: left; padding: 1px 2px; color: palette(link); }"
    "QPushButton:hover { text-decoration: underline; }"
    "QPushButton:focus { outline: 1px dotted palette(link); }"
)
SHOWN_PLACES = 6  # municipalities and services listed under free places
REFRESH_DELAY_MS = 300  # a burst of changes (an import) reads the figures once


def thousands(n: int) -> str:
    """1 234 567 with no-break spaces, as Swedish writes numbers (and fine in English)."""
    return f"{n:,}".replace(",", "\u00a0")


class Card(QFrame):
    """A titled box; the title can be a link that opens the card's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.setSpacing(4)
        self.body.addWidget(self.title)


def link_button(parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    """A figure that looks like a link and opens its list (Tab reaches it, Space/Enter press it)."""
    button = QPushButton(parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(LINK_STYLE)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class BarChart(QChartView):
    """A small horizontal bar chart, first value on top; `barClicked(index)` when a bar is clicked
    (the index into the values given, whatever order the chart draws them in). By keyboard: Up
    and Down choose a bar (highlighted, its label and value as the accessible description),
    Enter or Space opens it."""

    barClicked = Signal(int)

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.count = 0
        self.current = -1  # the bar chosen by keyboard, an index into the values given
        self.bars: QBarSet | None = None
        self.texts: list[str] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundBrush(QBrush(Qt.GlobalColor.transparent))
        self.setStyleSheet("background: transparent")
        self.setFrameShape(QFrame.Shape.NoFrame)
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setBackgroundRoundness(0)
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(False)
        self.setChart(chart)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def show_values(self, labels: list[str], values: list[int], tooltips: list[str]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.count = len(values)
        self.texts = [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
        self.current = min(self.current, self.count - 1)
        self.bars = bars = QBarSet("")
        bars.setSelectedColor(self.color.lighter(150))
        bars.setColor(self.color)
        bars.setBorderColor(self.color)
        bars.setLabelColor(self.palette().color(QPalette.ColorRole.Text))
        bars.append([float(v) for v in reversed(values)])  # a horizontal chart draws upwards
        bars.clicked.connect(lambda i: self.barClicked.emit(self.count - 1 - i))
        bars.hovered.connect(
            lambda on, i: self.setToolTip(tooltips[self.count - 1 - i] if on and 0 <= i < self.count else "")
        )
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(labels)))
        categories.setGridLineVisible(False)
        categories.setLineVisible(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setRange(0, max([*values, 1]) * 1.2)  # room for the value after the longest bar
        axis.setVisible(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        self._mark()

    def _mark(self) -> None:
        """Highlight the bar chosen by keyboard (while the chart has the focus)."""
        if self.bars is None:
            return
        self.bars.deselectAllBars()
        if self.hasFocus() and 0 <= self.current < self.count:
            self.bars.selectBar(self.count - 1 - self.current)
            self.setAccessibleDescription(self.texts[self.current])

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.count:
            step = -1 if key == Qt.Key.Key_Up else 1
            self.current = max(0, min(self.count - 1, self.current + step))
            self._mark()
        elif (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self.current < self.count
        ):
            self.barClicked.emit(self.current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.current = max(self.current, 0)
        self._mark()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self._mark()


class OverviewPage(QWidget):
    """The start view. `reload()` reads the figures again; `loaded` when they are shown."""

    listRequested = Signal(str, dict)  # list key of asfdesk.entities, the filters to show
    openRequested = Signal(str, int)  # entity key, record id
    loaded = Signal()

    def __init__(
        self, sessions: Sessions, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.today = today  # what "this month" is (tests set a fixed day)
        self.overview: Overview | None = None
        self.places: OverviewFigures | None = None  # the free places, read in their own worker
        self._waiting = 0
        self.loading = False
        self._asked = 0
        self._stale = True
        self.people_allowed = True  # False for a server role that may not see jobseekers (a reader)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self._refresh_if_shown)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.heading.setFont(font)
        self.scope = QLabel(self)
        self.scope.setWordWrap(False)  # no height-for-width (here and below): no needless scroll bar
        self.whole_unit = QCheckBox(self)
        self.whole_unit.toggled.connect(lambda _on: self.reload())

        self.active_card = Card(self)
        self.active_total = QLabel(self.active_card)
        self.active_chart = BarChart(ACCENT, self.active_card)
        self.active_chart.barClicked.connect(self._status_clicked)
        self.active_card.body.addWidget(self.active_total)
        self.active_card.body.addWidget(self.active_chart, 1)

        self.period_card = Card(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        self.period_headers = [QLabel(self.period_card), QLabel(self.period_card)]
        for column, label in enumerate(self.period_headers, start=1):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, 0, column)
        self.period_rows = [QLabel(self.period_card) for _ in range(3)]
        self.period_buttons: dict[str, QPushButton] = {}
        for row, label in enumerate(self.period_rows, start=1):
            grid.addWidget(label, row, 0)
        for index, key in enumerate(PERIODS):
            button = link_button(self.period_card, lambda k=key: self._open_referrals(period=k))
            big = button.font()
            big.setPointSizeF(big.pointSizeF() * 1.3)
            big.setBold(True)
            button.setFont(big)
            button.setStyleSheet(LINK_STYLE.replace("text-align: left", "text-align: right"))
            self.period_buttons[key] = button
            grid.addWidget(button, 1 + index // 2, 1 + index % 2)
        grid.setColumnStretch(0, 1)
        self.period_card.body.addLayout(grid)

        self.outcome_card = Card(self)
        self.outcome_note = QLabel(self.outcome_card)
        self.outcome_note.setWordWrap(False)
        self.outcome_chart = BarChart(QColor("#4f7f52"), self.outcome_card)
        self.outcome_chart.barClicked.connect(self._outcome_clicked)
        self.outcome_card.body.addWidget(self.outcome_note)
        self.outcome_card.body.addWidget(self.outcome_chart, 1)

        self.follow_card = Card(self)
        self.follow_note = QLabel(self.follow_card)
        self.follow_note.setWordWrap(False)
        self.follow_model = FollowUpsModel(self)
        self.follow_view = FollowUpsView(self.follow_card)
        self.follow_view.setModel(self.follow_model)
        self.follow_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_view.setTabKeyNavigation(False)
        self.follow_view.verticalHeader().hide()
        self.follow_view.horizontalHeader().setStretchLastSection(True)
        self.follow_view.activatedRow.connect(self._follow_up_opened)
        self.follow_view.doubleClicked.connect(lambda index: self._follow_up_opened(index.row()))
        self.follow_card.body.addWidget(self.follow_note)
        self.follow_card.body.addWidget(self.follow_view, 1)

        self.places_card = Card(self)
        self.places_total = link_button(self.places_card, lambda: self._open_enterprises({}))
        places = QGridLayout()
        places.setHorizontalSpacing(16)
        places.setVerticalSpacing(0)
        self.places_headers = [QLabel(self.places_card), QLabel(self.places_card)]
        for column, label in enumerate(self.places_headers):
            label.setEnabled(False)  # greyed, a caption
            places.addWidget(label, 0, column)
        self.municipality_buttons = [self._place_button("municipality", i) for i in range(SHOWN_PLACES)]
        self.service_buttons = [self._place_button("service", i) for i in range(SHOWN_PLACES)]
        for row in range(SHOWN_PLACES):
            places.addWidget(self.municipality_buttons[row], row + 1, 0)
            places.addWidget(self.service_buttons[row], row + 1, 1)
        self.places_card.body.addWidget(self.places_total)
        self.places_card.body.addLayout(places)
        self.places_card.body.addStretch(1)

        self.events_card = Card(self)
        self.events_all = link_button(
            self.events_card, lambda: self.listRequested.emit("events", {"upcoming": True})
        )
        self.events_table = QTableWidget(0, 3, self.events_card)
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_table.setTabKeyNavigation(False)
        self.events_table.verticalHeader().hide()
        self.events_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.events_table.doubleClicked.connect(lambda index: self._event_opened(index.row()))
        self.events_table.installEventFilter(self)
        self.events_card.body.addWidget(self.events_table, 1)
        self.events_card.body.addWidget(self.events_all, 0, Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.scope, 1)
        top.addWidget(self.whole_unit)
        cards = QGridLayout()
        cards.setSpacing(8)
        middle = QVBoxLayout()  # the period figures need little height: free places below them
        middle.setSpacing(8)
        middle.addWidget(self.period_card)
        middle.addWidget(self.places_card, 1)
        cards.addWidget(self.active_card, 0, 0)
        cards.addLayout(middle, 0, 1)
        cards.addWidget(self.outcome_card, 0, 2)
        cards.addWidget(self.follow_card, 1, 0, 1, 2)  # the follow-ups need width: names, enterprises
        cards.addWidget(self.events_card, 1, 2)
        for column in range(3):
            cards.setColumnStretch(column, 1)
        cards.setRowStretch(0, 3)
        cards.setRowStretch(1, 2)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addLayout(cards, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        inner.setMinimumSize(900, 480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        changes().changed.connect(self._changed)
        self.retranslate()

    # --- reading ------------------------------------------------------------------------------

    def set_people_allowed(self, allowed: bool) -> None:
        """A role that may not read jobseekers (a reader) sees the figures without the follow-up
        list, which names people; the server would refuse it anyway."""
        if allowed != self.people_allowed:
            self.people_allowed = allowed
            self.reload()

    def reload(self) -> None:
        """Read every figure again: the free places in a second worker, in parallel (they scan the
        places held now, the others count over indexes). An answer overtaken by a newer one is
        dropped; `loaded` when both have been shown."""
        self._stale = False
        self._asked += 1
        asked, login, whole, today, people = (
            self._asked,
            login_of(self.sessions) or None,
            self.whole_unit.isChecked(),
            self.today(),
            self.people_allowed,
        )
        self.loading = True
        self._waiting = 2
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: free_place_figures(session),
            success=lambda places: self._places_arrived(asked, places),
        ).failure(self._failed).finished(lambda _ok: self._finished(asked)).run_in_background()
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: read_overview(session, login, whole, today, places=False, people=people),
            success=lambda overview: self._arrived(asked, overview),
        ).failure(self._failed).finished(lambda _ok: self._finished(asked)).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        """Said on the page, not in a dialog: it is read again at every change (and a reader's role
        may not count referrals at all). A bug still gets its dialog."""
        if classify(exc) is FaultKind.BUG:
            error_dialogs.show_error(self, exc)
        self.scope.setText(self.tr("The figures could not be read: %1").replace("%1", failure_text(exc)))

    def _changed(self, _changes) -> None:
        self._stale = True
        self._refresh.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._stale:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and not self.loading:
            self.reload()

    def _finished(self, asked: int) -> None:
        if asked == self._asked:
            self._waiting -= 1
            if self._waiting == 0:
                self.loading = False
                self.loaded.emit()
                if self._stale and self.isVisible():  # a change came in while this read ran
                    self.reload()

    def _places_arrived(self, asked: int, places: OverviewFigures) -> None:
        if asked == self._asked:
            self.places = places
            self._show()

    def _arrived(self, asked: int, overview: Overview) -> None:
        if asked != self._asked:
            return
        self.overview = overview
        self.whole_unit.blockSignals(True)
        self.whole_unit.setChecked(overview.whole_unit)
        self.whole_unit.setEnabled(overview.known)
        self.whole_unit.blockSignals(False)
        self._show()

    # --- showing ------------------------------------------------------------------------------

    def _show(self) -> None:
        overview = self.overview
        if overview is None:
            return
        figures = overview.figures
        if overview.whole_unit:
            scope = self.tr("Figures for the whole unit.")
            if not overview.known:
                scope += " " + self.tr("Your login is not registered as a consultant.")
        else:
            scope = self.tr("Your referrals (%1). Free places and events are the whole unit's.").replace(
                "%1", overview.consultant_name or ""
            )
        self.scope.setText(scope)

        self.active_total.setText(
            self.tr("%1 active referrals").replace("%1", thousands(figures.active_total))
        )
        counts = [figures.active.get(s, 0) for s in ACTIVE_STATUSES]
        labels = [s.label() for s in ACTIVE_STATUSES]
        self.active_chart.show_values(
            labels, counts, [self.tr("%1: show these referrals").replace("%1", label) for label in labels]
        )
        for key, button in self.period_buttons.items():
            button.setText(thousands(figures.periods.get(key, 0)))
            button.setAccessibleName(self._period_name(key))
            button.setToolTip(self._period_name(key))

        outcomes = list(Outcome)
        values = [figures.outcomes.get(o, 0) for o in outcomes]
        ended = sum(values)
        good = figures.outcomes.get(Outcome.WORK, 0) + figures.outcomes.get(Outcome.STUDIES, 0)
        share = str(percent(good, ended) or "").replace(".", self.locale().decimalPoint())  # as reports
        note = self.tr("%1 ended this year; %2 % to work or studies.")
        if not ended:
            note = self.tr("None ended this year.")
        self.outcome_note.setText(note.replace("%1", thousands(ended)).replace("%2", share))
        labels = [o.label() for o in outcomes]
        self.outcome_chart.show_values(
            labels, values, [self.tr("%1: show these referrals").replace("%1", label) for label in labels]
        )

        self.follow_model.set_rows(overview.follow_ups)
        title = self.tr("Follow-ups") if overview.whole_unit else self.tr("My follow-ups")
        self.follow_card.title.setText(title)
        self.follow_view.setAccessibleName(title)
        self.follow_view.setColumnHidden(3, not overview.whole_unit)  # "mine": the consultant is you
        self.follow_view.resizeColumnToContents(0)
        for column, width in ((1, 190), (2, 250)):
            self.follow_view.setColumnWidth(column, width)
        if overview.follow_ups and not self.follow_view.currentIndex().isValid():
            self.follow_view.setCurrentIndex(self.follow_model.index(0, 0))
        if overview.follow_ups:
            note = self.tr("Due within two weeks, the oldest first; Enter opens one.")
            if overview.overdue:
                note = self.tr("Overdue: %1.").replace("%1", thousands(overview.overdue)) + " " + note
        else:
            note = self.tr("Nothing to follow up in the next two weeks.")
        self.follow_note.setText(note)

        places = self.places if self.places is not None else figures
        self.places_total.setText(
            self.tr("%1 free work-training places").replace("%1", thousands(places.free_total))
        )
        for buttons, rows in (
            (self.municipality_buttons, places.free_by_municipality),
            (self.service_buttons, places.free_by_service),
        ):
            shown = [p for p in rows if p.free > 0][:SHOWN_PLACES]
            for index, button in enumerate(buttons):
                if index < len(shown):
                    place = shown[index]
                    label = place.label or self.tr("No municipality")
                    button.setText(f"{label}  {thousands(place.free)}")
                    button.setToolTip(self.tr("Show these enterprises"))
                button.setVisible(index < len(shown))
        self._shown_places = {
            "municipality": [p for p in places.free_by_municipality if p.free > 0][:SHOWN_PLACES],
            "service": [p for p in places.free_by_service if p.free > 0][:SHOWN_PLACES],
        }

        self.events_table.setRowCount(len(figures.events))
        for row, event in enumerate(figures.events):
            when = event.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
            registered = (
                self.tr("%1 of %2").replace("%1", str(event.registered)).replace("%2", str(event.capacity))
                if event.capacity
                else str(event.registered)
            )
            for column, text in enumerate((when, event.title, registered)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.events_table.setItem(row, column, item)
        self.events_table.resizeColumnToContents(0)
        self.events_table.resizeColumnToContents(2)
        for column, least in ((0, 120), (2, 70)):  # also with no rows, the headers readable
            self.events_table.setColumnWidth(column, max(least, self.events_table.columnWidth(column)))

    def _period_name(self, key: str) -> str:
        return entities.text(PERIOD_LABELS[key])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Overview"))
        self.whole_unit.setText(self.tr("Whole unit"))
        self.whole_unit.setAccessibleName(self.tr("Whole unit"))
        self.whole_unit.setToolTip(self.tr("Show everyone's referrals and follow-ups, not only yours"))
        self.active_card.title.setText(self.tr("Active referrals"))
        self.active_chart.setAccessibleName(self.tr("Active referrals"))
        self.period_card.title.setText(self.tr("Referred, started and ended"))
        self.period_headers[0].setText(self.tr("This month"))
        self.period_headers[1].setText(self.tr("This year"))
        for label, text in zip(self.period_rows, (self.tr("Referred"), self.tr("Started"), self.tr("Ended")),
                               strict=True):  # fmt: skip
            label.setText(text)
        self.outcome_card.title.setText(self.tr("Outcomes of referrals ended this year"))
        self.outcome_chart.setAccessibleName(self.tr("Outcomes of referrals ended this year"))
        self.follow_card.title.setText(self.tr("My follow-ups"))
        self.follow_view.setAccessibleName(self.tr("My follow-ups"))
        self.places_card.title.setText(self.tr("Free places"))
        self.places_headers[0].setText(self.tr("By municipality"))
        self.places_headers[1].setText(self.tr("By service"))
        self.places_total.setToolTip(self.tr("Show the enterprises"))
        self.events_card.title.setText(self.tr("Upcoming events"))
        self.events_all.setText(self.tr("All upcoming events"))
        self.events_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Event"), self.tr("Registered")]
        )
        self.events_table.setAccessibleName(self.tr("Upcoming events"))
        self.follow_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._stale = True  # service names come from the database in each language
            self._refresh.start()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.events_table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.events_table.currentRow() >= 0
        ):
            self._event_opened(self.events_table.currentRow())
            return True
        return super().eventFilter(watched, event)

    # --- opening lists ------------------------------------------------------------------------

    def _mine(self) -> dict:
        overview = self.overview
        return {} if overview is None or overview.whole_unit else {"mine": True}

    def _open_referrals(self, **filters) -> None:
        self.listRequested.emit("referrals", {**self._mine(), **filters})

    def _open_enterprises(self, filters: dict) -> None:
        self.listRequested.emit("enterprises", filters)

    def _status_clicked(self, index: int) -> None:
        if 0 <= index < len(ACTIVE_STATUSES):
            self._open_referrals(status=ACTIVE_STATUSES[index].value)

    def _outcome_clicked(self, index: int) -> None:
        outcomes = list(Outcome)
        if 0 <= index < len(outcomes):
            self._open_referrals(
                status=ReferralStatus.ENDED.value, outcome=outcomes[index].value, period="ended_year"
            )

    def _place_button(self, kind: str, index: int) -> QPushButton:
        return link_button(self.places_card, lambda: self._place_clicked(kind, index))

    def _place_clicked(self, kind: str, index: int) -> None:
        shown = getattr(self, "_shown_places", {}).get(kind, [])
        if 0 <= index < len(shown) and shown[index].key is not None:
            self._open_enterprises({kind: shown[index].key})

    def _follow_up_opened(self, row: int) -> None:
        if 0 <= row < len(self.follow_model.rows):
            self.openRequested.emit("referral", self.follow_model.rows[row].referral_id)

    def _event_opened(self, row: int) -> None:
        if self.overview is not None and 0 <= row < len(self.overview.figures.events):
            self.openRequested.emit("event", self.overview.figures.events[row].event_id)
