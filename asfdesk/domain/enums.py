"""Controlled vocabularies. Values are stable English codes stored in the database;
`label()` gives the text for the user's language."""

from __future__ import annotations

from enum import StrEnum

from asfdesk.i18n import pick


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry an English and a Swedish label."""

    def label(self, language: str | None = None) -> str:
        en, sv = type(self)._labels()[self.value]
        return pick(en, sv, language)

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:  # pragma: no cover - overridden
        raise NotImplementedError

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Accept a code or an English/Swedish label, case-insensitively (for import and CLI)."""
        wanted = text.strip().casefold()
        for member in cls:
            en, sv = cls._labels()[member.value]
            if wanted in (member.value.casefold(), en.casefold(), sv.casefold()):
                return member
        raise ValueError(text)


def _labelled(labels: dict[str, tuple[str, str]]):
    def _get(cls) -> dict[str, tuple[str, str]]:
        return labels

    return classmethod(_get)


class LegalForm(LabelledEnum):
    ECONOMIC_ASSOCIATION = "economic_association"
    LIMITED_COMPANY = "limited_company"
    LIMITED_COMPANY_RESTRICTED = "limited_company_restricted"
    NON_PROFIT_ASSOCIATION = "non_profit_association"
    FOUNDATION = "foundation"
    SOLE_TRADER = "sole_trader"
    OTHER = "other"

    _labels = _labelled(
        {
            "economic_association": ("Economic association", "Ekonomisk förening"),
            "limited_company": ("Limited company", "Aktiebolag"),
            "limited_company_restricted": (
                "Limited company with restricted dividends",
                "Aktiebolag med särskild vinstutdelningsbegränsning",
            ),
            "non_profit_association": ("Non-profit association", "Ideell förening"),
            "foundation": ("Foundation", "Stiftelse"),
            "sole_trader": ("Sole trader", "Enskild firma"),
            "other": ("Other", "Annan"),
        }
    )


class EnterpriseStatus(LabelledEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"

    _labels = _labelled(
        {
            "active": ("Active", "Aktiv"),
            "paused": ("Paused", "Vilande"),
            "closed": ("Closed", "Avslutad"),
        }
    )


class PartnerKind(LabelledEnum):
    EMPLOYMENT_SERVICE = "employment_service"
    COOMPANION = "coompanion"
    MUNICIPAL_DEPARTMENT = "municipal_department"
    REGION = "region"
    COORDINATION_ASSOCIATION = "coordination_association"
    GOVERNMENT_AGENCY = "government_agency"
    BUSINESS = "business"
    OTHER = "other"

    _labels = _labelled(
        {
            "employment_service": ("Arbetsförmedlingen", "Arbetsförmedlingen"),
            "coompanion": ("Coompanion", "Coompanion"),
            "municipal_department": ("Municipal department", "Kommunal förvaltning"),
            "region": ("Region", "Region"),
            "coordination_association": ("Samordningsförbund", "Samordningsförbund"),
            "government_agency": ("Government agency", "Statlig myndighet"),
            "business": ("Business", "Företag"),
            "other": ("Other", "Annan"),
        }
    )


class ReferralKind(LabelledEnum):
    WORK_TRAINING = "work_training"
    WORK_TRIAL = "work_trial"
    INTERNSHIP = "internship"
    WAGE_SUBSIDY_JOB = "wage_subsidy_job"
    NEW_START_JOB = "new_start_job"
    INTRODUCTION_JOB = "introduction_job"
    EXTRA_JOB = "extra_job"
    EMPLOYMENT = "employment"
    OTHER = "other"

    _labels = _labelled(
        {
            "work_training": ("Work training", "Arbetsträning"),
            "work_trial": ("Work trial", "Arbetsprövning"),
            "internship": ("Internship", "Praktik"),
            "wage_subsidy_job": ("Wage-subsidy job", "Lönebidragsanställning"),
            "new_start_job": ("New-start job", "Nystartsjobb"),
            "introduction_job": ("Introduction job", "Introduktionsjobb"),
            "extra_job": ("Extra job", "Extratjänst"),
            "employment": ("Employment", "Anställning"),
            "other": ("Other", "Annan"),
        }
    )


class Funding(LabelledEnum):
    EMPLOYMENT_SERVICE = "employment_service"
    MUNICIPALITY = "municipality"
    SOCIAL_INSURANCE = "social_insurance"
    COORDINATION_ASSOCIATION = "coordination_association"
    OTHER = "other"

    _labels = _labelled(
        {
            "employment_service": ("Arbetsförmedlingen", "Arbetsförmedlingen"),
            "municipality": ("Municipality / social assistance", "Kommunen / försörjningsstöd"),
            "social_insurance": ("Försäkringskassan", "Försäkringskassan"),
            "coordination_association": ("Samordningsförbund", "Samordningsförbund"),
            "other": ("Other", "Annan"),
        }
    )


class ReferralStatus(LabelledEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    ONGOING = "ongoing"
    ENDED = "ended"
    CANCELLED = "cancelled"

    _labels = _labelled(
        {
            "draft": ("Draft", "Utkast"),
            "sent": ("Sent", "Skickad"),
            "accepted": ("Accepted", "Accepterad"),
            "declined": ("Declined", "Avböjd"),
            "ongoing": ("Ongoing", "Pågående"),
            "ended": ("Ended", "Avslutad"),
            "cancelled": ("Cancelled", "Återkallad"),
        }
    )


class Outcome(LabelledEnum):
    WORK = "work"
    STUDIES = "studies"
    OTHER_MEASURE = "other_measure"
    SICK_LEAVE = "sick_leave"
    DROPPED_OUT = "dropped_out"
    MOVED = "moved"
    OTHER = "other"

    _labels = _labelled(
        {
            "work": ("Work", "Arbete"),
            "studies": ("Studies", "Studier"),
            "other_measure": ("Other measure", "Annan insats"),
            "sick_leave": ("Sick leave", "Sjukskrivning"),
            "dropped_out": ("Dropped out", "Avbrott"),
            "moved": ("Moved", "Flyttat"),
            "other": ("Other", "Annat"),
        }
    )


class ActivityType(LabelledEnum):
    FOLLOW_UP = "follow_up"
    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    EMAIL = "email"

    _labels = _labelled(
        {
            "follow_up": ("Follow-up", "Uppföljning"),
            "meeting": ("Meeting", "Möte"),
            "call": ("Call", "Samtal"),
            "visit": ("Visit", "Besök"),
            "email": ("E-mail", "E-post"),
        }
    )


class EventKind(LabelledEnum):
    SEMINAR = "seminar"
    WEBCAST = "webcast"
    CONFERENCE = "conference"
    NETWORK_MEETING = "network_meeting"
    COURSE = "course"
    STUDY_VISIT = "study_visit"

    _labels = _labelled(
        {
            "seminar": ("Seminar", "Seminarium"),
            "webcast": ("Webcast", "Webbsändning"),
            "conference": ("Conference", "Konferens"),
            "network_meeting": ("Network meeting", "Nätverksträff"),
            "course": ("Course", "Kurs"),
            "study_visit": ("Study visit", "Studiebesök"),
        }
    )


class ParticipantStatus(LabelledEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    _labels = _labelled(
        {
            "invited": ("Invited", "Inbjuden"),
            "registered": ("Registered", "Anmäld"),
            "attended": ("Attended", "Deltog"),
            "no_show": ("No-show", "Uteblev"),
            "cancelled": ("Cancelled", "Avanmäld"),
        }
    )
