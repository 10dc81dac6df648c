"""When someone else changed the record a profile is editing: the bar, and the field-by-field choice.

`ChangedElsewhereBar` is shown instead of reloading when the profile has unsaved edits:
"Ändrad av Helena Strand 10:42 — Läs in igen / Behåll mina". It reads who changed the record
and when in a worker (the consultant's name for the login when there is one; the time in
Europe/Stockholm). "Läs in igen" drops the edits and shows the stored version; "Behåll mina"
hides the bar and keeps typing: the next save then meets the newer version (optimistic locking)
and comes here through `resolve_conflict`.

`resolve_conflict(profile)` reads the stored version, and for each field where the user's value
differs from it, `ConflictDialog` shows the field, theirs and mine with a choice per field
(mine by default). "Save" takes the stored version as the new starting point, puts back the
chosen values of mine and saves again; "Cancel" keeps everything the user typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asfdesk.db.live import Stamp, record_stamp
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.identifiers import mask_personnummer
from asfdesk.services import records
from asfdesk.ui.operations import QueryOp, show_fault
from asfdesk.ui.profiles.fields import BoolField, ChecklistField, ChoiceField, PersonnummerField
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.pickers import PickerField

BAR_STYLE = "QFrame#changedBar { background: #fff4ce; border: 1px solid #e0c060; }"
LINK_STYLE = "QPushButton { border: none; color: #0b57d0; text-decoration: underline; padding: 0 2px; }"


def when_text(at: datetime | None, today: date | None = None) -> str:
    """10:42 today, else 2026-11-29 10:42 (Europe/Stockholm)."""
    if at is None:
        return ""
    local = at.astimezone(STOCKHOLM)
    if local.date() == (today or datetime.now(STOCKHOLM).date()):
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class ChangedElsewhereBar(QFrame):
    """ "Changed by NAME 10:42 — Reload / Keep mine", above a profile's form."""

    reloadRequested = Signal()
    keepRequested = Signal()

    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self.setObjectName("changedBar")
        self.setStyleSheet(BAR_STYLE)
        self.stamp: Stamp | None = None
        self.message = QLabel()
        self.message.setStyleSheet("color: #5c4400;")
        self.reload_button = QPushButton()
        self.keep_button = QPushButton()
        self.separator = QLabel("/")
        for button in (self.reload_button, self.keep_button):
            button.setStyleSheet(LINK_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reloadRequested)
        self.keep_button.clicked.connect(self._keep)
        # The values the profile last loaded or saved: a field is in conflict only when both
        # sides changed it from these.
        self.baseline: dict[str, Any] | None = None
        if parent is not None and hasattr(parent, "loadFinished"):
            parent.loadFinished.connect(lambda ok: ok and self._remember_baseline())
            parent.saveFinished.connect(lambda ok: ok and self._remember_baseline())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.separator)
        layout.addWidget(self.keep_button)
        layout.addStretch(1)
        self.retranslate()
        self.hide()

    def _remember_baseline(self) -> None:
        form = getattr(self.parentWidget(), "form", None)
        if form is not None:
            self.baseline = form.values()

    def show_for(self, entity: str, record_id: int) -> None:
        """Show the bar now and fill in who and when as soon as a worker has read them."""
        self.stamp = None
        self.retranslate()
        self.show()
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: record_stamp(session, entity, record_id),
            success=self.show_stamp,
        ).failure(lambda _exc: None).run_in_background()

    def show_stamp(self, stamp: Stamp | None) -> None:
        self.stamp = stamp
        self.retranslate()

    def text(self) -> str:
        """What the bar says, as one line (for tests and screen readers)."""
        return (
            f"{self.message.text()} {self.reload_button.text().replace('&', '')} / "
            f"{self.keep_button.text().replace('&', '')}"
        )

    def _keep(self) -> None:
        self.hide()
        self.keepRequested.emit()

    def retranslate(self) -> None:
        stamp = self.stamp
        if stamp is not None and stamp.who:
            text = tr("Changed by %1 %2 —").replace("%1", stamp.who).replace("%2", when_text(stamp.at))
        else:
            text = tr("Changed by someone else —")
        self.message.setText(text.replace("  ", " "))
        self.reload_button.setText(tr("Reload"))
        self.reload_button.setToolTip(tr("Show their version; your unsaved changes are dropped"))
        self.keep_button.setText(tr("Keep mine"))
        self.keep_button.setToolTip(
            tr("Go on editing; when you save, you choose field by field between theirs and yours")
        )
        self.setAccessibleName(self.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# --- the comparison ------------------------------------------------------------------------------


def display_value(field, value: Any) -> str:
    """`value` as the field would show it (personnummer masked)."""
    if isinstance(field, PersonnummerField):
        return mask_personnummer(value) if value else "—"
    if isinstance(field, BoolField):
        return tr("Yes") if value else tr("No")
    if value is None or value == "" or value == set():
        return "—"
    if isinstance(field, PickerField):
        if value == field.value() and field.widget.text():
            return field.widget.text()
        return field.labels.get(value, str(value))
    if isinstance(field, ChoiceField):
        values = field.values()
        if value in values:
            return field.widget.itemText(values.index(value))
    if isinstance(field, ChecklistField):
        names = []
        for i in range(field.widget.count()):
            item = field.widget.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in value:
                names.append(item.text())
        return ", ".join(names) or "—"
    if hasattr(value, "label"):
        return value.label()
    if isinstance(value, datetime):
        return value.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") if value.tzinfo else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class ConflictRow:
    name: str
    label: str
    theirs: str
    mine: str


class ConflictDialog(QDialog):
    """Field / theirs / mine, one choice per field; `mine_fields()` are the fields to keep."""

    def __init__(self, rows: list[ConflictRow], who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Someone else changed this record"))
        self.rows = rows
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        intro = QLabel(
            tr(
                "%1 saved this record while you were editing it. Choose, field by field, which value to keep."
            ).replace("%1", who or tr("Someone else"))
        )
        intro.setWordWrap(True)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        for column, title in enumerate((tr("Field"), tr("Theirs"), tr("Mine"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for row, item in enumerate(rows, start=1):
            grid.addWidget(QLabel(item.label), row, 0)
            theirs = QRadioButton(item.theirs)
            mine = QRadioButton(item.mine)
            theirs.setAccessibleName(f"{item.label}: {tr('Theirs')}")
            mine.setAccessibleName(f"{item.label}: {tr('Mine')}")
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(mine)
            mine.setChecked(True)
            grid.addWidget(theirs, row, 1)
            grid.addWidget(mine, row, 2)
            self.choices[item.name] = (theirs, mine)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(18)
        grid.setRowStretch(len(rows) + 1, 1)  # the rows stay together at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_holder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.all_theirs = buttons.addButton(tr("Take all of theirs"), QDialogButtonBox.ButtonRole.ActionRole)
        self.all_theirs.clicked.connect(lambda: self.choose_all(mine=False))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, min(520, 150 + 30 * len(rows)))

    def choose(self, name: str, mine: bool) -> None:
        theirs_button, mine_button = self.choices[name]
        (mine_button if mine else theirs_button).setChecked(True)

    def choose_all(self, mine: bool) -> None:
        for name in self.choices:
            self.choose(name, mine)

    def mine_fields(self) -> list[str]:
        return [name for name, (_theirs, mine) in self.choices.items() if mine.isChecked()]


@dataclass(frozen=True)
class Theirs:
    data: records.RecordData
    labels: dict[str, str]  # picker labels of the stored values


def compare_rows(
    profile, theirs: dict[str, Any], labels: dict[str, str], baseline: dict[str, Any] | None = None
) -> list[ConflictRow]:
    """The fields both sides changed, to different values. Without a `baseline` (the values the
    profile loaded) every field the user changed that differs from theirs is one."""
    rows = []
    for name, mine in profile.form.changed_values().items():
        if name not in theirs or theirs[name] == mine:
            continue
        if baseline is not None and name in baseline and theirs[name] == baseline[name]:
            continue  # only the user changed it: theirs is the old value, mine stays
        field = profile.form.fields[name]
        theirs_text = labels.get(name) if isinstance(field, PickerField) and name in labels else None
        rows.append(
            ConflictRow(
                name,
                profile.form.labels[name].text().rstrip(":"),
                theirs_text or display_value(field, theirs[name]),
                display_value(field, mine),
            )
        )
    return rows


def resolve_conflict(profile, exc: BaseException | None = None, ask=None) -> None:
    """A save met a newer stored version: compare field by field, then save the chosen values.

    `ask(dialog) -> bool` runs the dialog (tests pass one that chooses and accepts)."""
    sessions, entity, record_id = profile.sessions, profile.entity, profile.record_id
    if record_id is None:
        return
    pickers = {name: f for name, f in profile.form.fields.items() if isinstance(f, PickerField)}
    reason = getattr(profile, "view_reason", None)  # a protected identity is read with its reason

    def read(_none) -> Theirs:
        data = records.load_record(sessions, entity, record_id, reason)
        labels = {n: f.labeller(data.values[n]) for n, f in pickers.items() if data.values.get(n) is not None}
        return Theirs(data, labels)

    def arrived(found: Theirs) -> None:
        theirs = dict(found.data.values)
        theirs.update({k: v for k, v in found.data.extras.items() if k in profile.form.fields})
        bar = getattr(profile, "changed_bar", None)
        rows = compare_rows(profile, theirs, found.labels, bar.baseline if bar is not None else None)
        mine = profile.form.changed_values()
        keep: dict[str, Any] = {}
        if rows:
            dialog = ConflictDialog(rows, _who(profile), profile)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            accepted = ask(dialog) if ask is not None else dialog.exec() == QDialog.DialogCode.Accepted
            if not accepted:
                return  # everything typed stays; the next save asks again
            keep = {name: mine[name] for name in dialog.mine_fields()}
        # What the user changed that equals theirs, or that they did not touch, needs no choice.
        keep.update({name: value for name, value in mine.items() if name not in {r.name for r in rows}})
        for name, label in found.labels.items():
            pickers[name].remember_label(theirs[name], label)
        for name, value in keep.items():
            field = profile.form.fields[name]
            if isinstance(field, PickerField) and value is not None:
                field.remember_label(value, field.widget.text())
        profile.form.set_values(theirs)  # their version is the new starting point
        profile.version = found.data.version
        if bar is not None:
            bar.baseline = profile.form.values()
        for name, value in keep.items():
            profile.form.set_value(name, value)
        if getattr(profile, "changed_bar", None) is not None:
            profile.changed_bar.hide()
        profile.banner.hide()
        if profile.is_dirty():
            profile.save()

    def failed(failure: BaseException) -> None:
        if isinstance(failure, LookupError):  # deleted meanwhile: nothing left to save onto
            profile.banner.setText(tr("This record was deleted elsewhere. Saving it is no longer possible."))
            profile.banner.show()
        else:
            show_fault(profile, failure, allow_retry=False)

    QueryOp(parent=profile, sessions=None, op=read, success=arrived).failure(failed).run_in_background()


def _who(profile) -> str:
    bar = getattr(profile, "changed_bar", None)
    return bar.stamp.who if bar is not None and bar.stamp is not None else ""
