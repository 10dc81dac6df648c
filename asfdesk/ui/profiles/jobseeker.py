"""The jobseeker profile: personal details (personnummer masked until shown) and their referrals.

Opening it is logged (load_record writes the access log row in the same transaction).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget

from asfdesk import entities
from asfdesk.db.queries import profiles as q
from asfdesk.i18n import QT_TRANSLATE_NOOP
from asfdesk.services.protected_identity import needs_reason
from asfdesk.ui.gdpr_dialogs import ProfileDuties
from asfdesk.ui.operations import QueryOp
from asfdesk.ui.profiles.base import ProfileWindow
from asfdesk.ui.profiles.fields import (
    BoolField,
    ChoiceField,
    DateField,
    MultilineField,
    PersonnummerField,
    TextField,
)
from asfdesk.ui.profiles.form import FieldSpec, RecordForm, Section
from asfdesk.ui.profiles.i18n import tr
from asfdesk.ui.profiles.reason_dialog import ReasonDialog
from asfdesk.ui.profiles.related import PagedRowsModel, RelatedList

ADDRESS_FIELDS = ("street_address", "postal_code", "city")


TAB_TITLES = (QT_TRANSLATE_NOOP("Profiles", "Referrals"),)  # after "Details"


class JobseekerProfile(ProfileWindow):
    entity = "jobseeker"
    default_size = QSize(860, 600)

    def build_form(self) -> RecordForm:
        lookups = self.manager.lookups
        self.protected = BoolField(
            QT_TRANSLATE_NOOP("Profiles", "Protected personal data (skyddade personuppgifter)")
        )
        person = [
            FieldSpec("first_name", QT_TRANSLATE_NOOP("Profiles", "First name"), TextField(), live=True),
            FieldSpec("last_name", QT_TRANSLATE_NOOP("Profiles", "Last name"), TextField(), live=True),
            FieldSpec(
                "personnummer", QT_TRANSLATE_NOOP("Profiles", "Personnummer"), PersonnummerField(), live=True
            ),
            FieldSpec("birth_date", QT_TRANSLATE_NOOP("Profiles", "Birth date"), DateField()),
            FieldSpec(
                "protected_identity", QT_TRANSLATE_NOOP("Profiles", "Protected identity"), self.protected
            ),
            FieldSpec(
                "responsible_consultant_id",
                QT_TRANSLATE_NOOP("Profiles", "Responsible consultant"),
                ChoiceField(lookups.consultants, optional=True),
            ),
        ]
        contact = [
            FieldSpec("phone", QT_TRANSLATE_NOOP("Profiles", "Phone"), TextField("070-123 45 67"), live=True),
            FieldSpec("email", QT_TRANSLATE_NOOP("Profiles", "E-mail"), TextField(), live=True),
            FieldSpec("street_address", QT_TRANSLATE_NOOP("Profiles", "Address"), TextField(), live=True),
            FieldSpec(
                "postal_code", QT_TRANSLATE_NOOP("Profiles", "Postcode"), TextField("821 43"), live=True
            ),
            FieldSpec("city", QT_TRANSLATE_NOOP("Profiles", "City"), TextField(), live=True),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Profiles", "Notes"), MultilineField()),
        ]
        form = RecordForm(
            self.entity,
            [
                Section(QT_TRANSLATE_NOOP("Profiles", "Person"), person, 0),
                Section(QT_TRANSLATE_NOOP("Profiles", "Contact details and notes"), contact, 1),
            ],
        )
        self.protected.on_change(self._protection_changed)
        return form

    def build_tabs(self) -> QTabWidget:
        tabs = QTabWidget()
        headers = [
            QT_TRANSLATE_NOOP("Profiles", "Enterprise"),
            QT_TRANSLATE_NOOP("Profiles", "Kind"),
            QT_TRANSLATE_NOOP("Profiles", "Status"),
            QT_TRANSLATE_NOOP("Profiles", "Referred"),
            QT_TRANSLATE_NOOP("Profiles", "Planned start"),
            QT_TRANSLATE_NOOP("Profiles", "Actual end"),
        ]
        self.referrals = RelatedList(
            PagedRowsModel(headers, self._fetch_referrals, sessions=self.sessions),
            QT_TRANSLATE_NOOP("Profiles", "This jobseeker has no referrals yet."),
            shows=("referral",),
        )
        self.referrals.set_widths([190, 150, 110, 100, 110])
        self.referrals.add_button(QT_TRANSLATE_NOOP("Profiles", "New referral…"), self.new_referral)
        self.referrals.activated.connect(lambda rid: self.manager.open("referral", rid))
        tabs.addTab(self.referrals, tr(TAB_TITLES[0]))
        self.duties = ProfileDuties(self)  # Registerutdrag…, Radera / avidentifiera… (GDPR)
        return tabs

    def load(self) -> None:
        """A protected identity opens only with a reason (asked before anything is read), which
        the access log keeps; Cancel closes the window unread. One reason per window."""
        if self.record_id is None or self.view_reason:
            super().load()
            return
        record_id = self.record_id
        self._set_loading(True)
        QueryOp(
            parent=self,
            sessions=self.sessions,
            op=lambda session: needs_reason(session, self.entity, record_id),
            success=self._reason_needed,
        ).finished(self._check_finished).run_in_background()

    def _check_finished(self, ok: bool) -> None:
        if not ok:
            self._load_finished(False)

    def _reason_needed(self, needed: bool) -> None:
        if not needed:
            super().load()
            return
        self.reason_dialog = ReasonDialog(self)
        self.reason_dialog.reasonGiven.connect(self._reason_given)
        self.reason_dialog.rejected.connect(self._reason_refused)
        self.reason_dialog.open()

    def _reason_given(self, reason: str) -> None:
        self.view_reason = reason
        super().load()

    def _reason_refused(self) -> None:
        self._set_loading(False)
        self.loadFinished.emit(False)
        self.form.mark_saved()
        self.close()

    def loaded(self, data) -> None:
        self._protection_changed()
        self.tabs.setTabEnabled(1, self.record_id is not None)

    def after_save(self) -> None:
        self.tabs.setTabEnabled(1, True)

    def _protection_changed(self) -> None:
        """Protected identity: say so loudly and keep the address off the screen."""
        protected = self.protected.value()
        self.banner.setText(
            tr(
                "Protected personal data: this person's address must not be shown or passed on. "
                "Handle the record according to your unit's routine for protected identities."
            )
        )
        self.banner.setVisible(protected)
        for name in ADDRESS_FIELDS:
            self.form.set_row_visible(name, not protected)

    def retranslate(self) -> None:
        super().retranslate()
        for index, title in enumerate(TAB_TITLES, start=1):
            self.tabs.setTabText(index, tr(title))

    def entity_title(self) -> str:
        return entities.get(self.entity).label()

    def display_name(self) -> str:
        return " ".join(n for n in (self.form.value("first_name"), self.form.value("last_name")) if n)

    def _fetch_referrals(self, session, offset: int, limit: int):
        if self.record_id is None:
            return []
        return q.jobseeker_referrals(session, self.record_id, offset, limit)

    def new_referral(self) -> None:
        if self.record_id is not None:
            self.manager.open("referral", None, jobseeker_id=self.record_id)
