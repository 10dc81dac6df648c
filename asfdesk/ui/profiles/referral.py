"""The referral editor: pickers, workflow-aware status, outcome on ending, follow-up timeline."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget

from asfdesk.db.queries import profiles as q
from asfdesk.domain.enums import Funding, Outcome, ReferralKind, ReferralStatus
from asfdesk.domain.referral_rules import allowed_next
from asfdesk.services.access_log import record_access
from asfdesk.services.jobseekers import remove_unreferenced
from asfdesk.ui.operations import WriteOp
from asfdesk.ui.profiles.base import ProfileWindow
from asfdesk.ui.profiles.enterprise_match import EnterpriseMatcher
from asfdesk.ui.profiles.fields import (
    ChecklistField,
    ChoiceField,
    DateField,
    MultilineField,
    NumberField,
    enum_choices,
)
from asfdesk.ui.profiles.follow_up import EndDateDialog, FollowUpTimeline
from asfdesk.ui.profiles.form import FieldSpec, RecordForm, Section
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.new_jobseeker import NewJobseekerPanel
from asfdesk.ui.profiles.pickers import PickerField

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ReferralEditor(ProfileWindow):
    entity = "referral"
    default_size = QSize(900, 640)

    def build_form(self) -> RecordForm:
        lookups = self.manager.lookups
        self.jobseeker = PickerField(
            q.jobseeker_suggestions,
            lambda i: lookups.name_of("jobseeker", i),
            sessions=self.sessions,
            audit=log_jobseeker_search,
        )
        self.matcher = EnterpriseMatcher()  # ranked by fit, with the free places (issue 12 §3)
        self.enterprise = PickerField(
            self.matcher.search, lambda i: lookups.name_of("enterprise", i), sessions=self.sessions
        )
        self.matcher.attach(self.enterprise.widget)
        self.wanted = ChecklistField()
        self.wanted.set_choices(lookups.services)
        self.wanted.widget.setMinimumHeight(80)
        self.wanted.widget.setMaximumHeight(110)
        self.status = ChoiceField(enum_choices(ReferralStatus))
        self.outcome = ChoiceField(enum_choices(Outcome), optional=True)
        self.actual_end = DateField()
        self.next_follow_up = DateField()
        self._offering = False  # the editor, not the user, is setting the status
        self._last_status: ReferralStatus | None = None
        self.end_dialog: EndDateDialog | None = None
        who = [
            FieldSpec("jobseeker_id", tr("Jobseeker"), self.jobseeker),
            FieldSpec("enterprise_id", tr("Enterprise"), self.enterprise),
            FieldSpec("consultant_id", tr("Consultant"), ChoiceField(lookups.consultants, optional=True)),
            FieldSpec("referred_on", tr("Referred on"), DateField(optional=False)),
            FieldSpec("kind", tr("Kind"), ChoiceField(enum_choices(ReferralKind))),
            FieldSpec("wanted_service_ids", tr("Wants to try"), self.wanted),
            FieldSpec("funding", tr("Funding"), ChoiceField(enum_choices(Funding), optional=True)),
            FieldSpec("hours_per_week", tr("Hours per week"), NumberField(decimal=True), live=True),
        ]
        dates = [
            FieldSpec("planned_start", tr("Planned start"), DateField()),
            FieldSpec("planned_end", tr("Planned end"), DateField()),
            FieldSpec("actual_start", tr("Actual start"), DateField()),
            FieldSpec("actual_end", tr("Actual end"), self.actual_end),
            FieldSpec("next_follow_up", tr("Next follow-up"), self.next_follow_up),
        ]
        state = [
            FieldSpec("status", tr("Status"), self.status),
            FieldSpec("outcome", tr("Outcome"), self.outcome),
            FieldSpec("notes", tr("Notes"), MultilineField()),
        ]
        form = RecordForm(
            self.entity,
            [
                Section(tr("Referral"), who, 0),
                Section(tr("Dates"), dates, 1),
                Section(tr("Status"), state, 1),
            ],
        )
        self.new_jobseeker = NewJobseekerPanel(self.sessions)
        self.new_jobseeker.created.connect(self._jobseeker_created)
        self.new_jobseeker.chosen.connect(self.jobseeker.widget.choose)  # "Use this person"
        self.created_jobseekers: list[int] = []  # removed again on close unless a referral uses them
        form.add_widget(self.new_jobseeker, 0)
        self.status.on_change(self._status_changed)
        for name in ("jobseeker_id", "kind", "wanted_service_ids"):
            form.fields[name].on_change(self._match_changed)
        return form

    def _match_changed(self) -> None:
        """The enterprise picker ranks by the kind, the wanted services and the jobseeker."""
        fields = self.form.fields if getattr(self, "form", None) is not None else None
        if fields is not None:
            values = {name: fields[name].value() for name in ("kind", "wanted_service_ids", "jobseeker_id")}
            self.matcher.update(values["kind"], values["wanted_service_ids"], values["jobseeker_id"])

    def build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        self.timeline = FollowUpTimeline(self.sessions, self._next_follow_up_shown)
        self.timeline.nextDateChosen.connect(self._next_date_chosen)
        tabs.addTab(self.timeline, tr("Follow-ups"))
        return tabs

    def loaded(self, data) -> None:
        current = data.values["status"] if data else None
        self._offer_statuses(current)
        self._match_changed()
        self._set_owner()

    def _offer_statuses(self, current: ReferralStatus | None) -> None:
        """Only the workflow's next steps, plus the status it has now."""
        start = current or ReferralStatus.DRAFT
        offered = [start, *allowed_next(start)]
        self._offering = True
        try:
            self.status.set_choices([(s.label(), s) for s in offered])
            self.status.set_value(start)
        finally:
            self._offering = False
        self._last_status = start
        self._status_changed()

    def _status_changed(self) -> None:
        ending = self.status.value() == ReferralStatus.ENDED
        if ending and not (self._offering or self.loading) and self._last_status != ReferralStatus.ENDED:
            self._ask_end_date()
        if not self._offering:
            self._last_status = self.status.value()
        self.outcome.widget.setEnabled(ending)
        if not ending and self.outcome.value() is not None:
            self.outcome.set_value(None)

    def _ask_end_date(self) -> None:
        """The user ends the referral: ask when it ended (today unless a date is typed already)."""
        current = self.actual_end.value() if self.actual_end.widget.isValid() else None
        self.end_dialog = EndDateDialog(current, self)
        self.end_dialog.chosen.connect(lambda day: self.form.set_value("actual_end", day))
        self.end_dialog.open()

    def _next_follow_up_shown(self):
        return self.next_follow_up.value() if self.next_follow_up.widget.isValid() else None

    def _next_date_chosen(self, day) -> None:
        """The follow-up dialog set the next date: store it on the referral right away."""
        self.form.set_value("next_follow_up", day)
        self.save()

    def after_save(self) -> None:
        self._offer_statuses(self.status.value())
        self.form.mark_saved()
        self._set_owner()

    def _set_owner(self) -> None:
        self.timeline.owner_id = self.record_id
        self.tabs.setTabEnabled(1, self.record_id is not None)

    def entity_title(self) -> str:
        return tr("Referral")

    def display_name(self) -> str:
        names = [self.jobseeker.widget.text(), self.enterprise.widget.text()]
        return " → ".join(n for n in names if n)

    def _jobseeker_created(self, jobseeker_id: int, label: str) -> None:
        self.created_jobseekers.append(jobseeker_id)
        self.jobseeker.widget.choose(jobseeker_id, label)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Closed ("Spara inte" included): jobseekers created here that no referral uses go again."""
        super().closeEvent(event)
        if event.isAccepted() and self.created_jobseekers:
            ids, self.created_jobseekers = self.created_jobseekers, []
            WriteOp(  # no parent: it runs on after the window is gone
                parent=None, sessions=self.sessions, op=lambda f, changes: _forget(f, changes, ids)
            ).failure(_not_forgotten).run_in_background()


def log_jobseeker_search(session: Session, row_count: int) -> None:
    """The suggestions show names and birth dates: one access-log row per picker lookup."""
    record_access(session, "search", "jobseeker", row_count=row_count, detail="referral picker")


def _forget(sessions, changes, jobseeker_ids: list[int]) -> None:
    """In the worker: remove the jobseekers this editor created that no referral uses."""
    changes.deleted("jobseeker", *remove_unreferenced(sessions, jobseeker_ids))


def _not_forgotten(exc: BaseException) -> None:
    """The window is gone, so no dialog: the log says it (no personal data), the person stays."""
    logging.getLogger(__name__).warning("could not remove a jobseeker created for a discarded referral: %s",
                                        type(exc).__name__)
