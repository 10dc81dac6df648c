"""The referral editor's enterprise picker, ranked by fit (asfdesk.services.matching).

The picker's search gets the referral's kind, wanted services and jobseeker as they are in the
form (`update`, on the UI thread; the worker reads a frozen MatchContext). Each suggestion shows
the free places ("Kilafix, Bollnäs (3 lediga)"); Down in the empty field lists the best fits.
Choosing an enterprise with no free place for a place-taking kind asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from asfdesk.services.matching import MatchContext, suggestions
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.pickers import PickerEdit


class EnterpriseMatcher:
    """The search function and the hooks of one enterprise picker."""

    def __init__(self) -> None:
        self.context = MatchContext()
        self.found: dict[int, tuple[int, str]] = {}  # enterprise id -> (free places, plain name)
        self.edit: PickerEdit | None = None
        self.warn: Callable[[QWidget | None, str], bool] = warn_no_places

    def attach(self, edit: PickerEdit) -> None:
        self.edit = edit
        edit.suggest_empty = True
        edit.confirm = self.confirm
        edit.chosen_text = lambda key, label: self.found.get(key, (0, label))[1]

    def update(self, kind: Any, service_ids: Iterable[int] | None, jobseeker_id: int | None) -> None:
        """The form changed: later searches rank by these."""
        self.context = MatchContext(kind or None, frozenset(service_ids or ()), jobseeker_id)

    def search(self, session, text: str) -> list[tuple[int, str]]:
        """In the picker's worker: (id, label with free places), best fit first."""
        rows = suggestions(session, text, self.context)
        self.found.update({eid: (free, name) for eid, _label, free, name in rows})
        return [(eid, label) for eid, label, _free, _name in rows]

    def confirm(self, key: int, label: str) -> bool:
        """An enterprise with no free place may still be chosen, after a warning."""
        free, name = self.found.get(key, (1, label))
        if free > 0 or not self.context.takes_place:
            return True
        return self.warn(self.edit.window() if self.edit is not None else None, name)


def warn_no_places(parent: QWidget | None, name: str) -> bool:
    """Ask before choosing an enterprise with no free work-training place; True to choose it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("No free places"),
        tr("%1 has no free work-training places right now. Choose it anyway?").replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("Choose anyway"))
    box.button(QMessageBox.StandardButton.No).setText(tr("Pick another"))
    box.setObjectName("noFreePlaces")
    return box.exec() == QMessageBox.StandardButton.Yes
