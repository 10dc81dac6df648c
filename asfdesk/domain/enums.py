"""Controlled vocabularies. Values are stable English codes stored in the database;
`label()` gives the text for the user's language.

Each label is an English source marked QT_TRANSLATE_NOOP with the enum's class name as context
(so "Other" can be "Annan" for a legal form and "Annat" for an outcome) and is translated when
asked for.
"""

from __future__ import annotations

from enum import StrEnum

from asfdesk.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry an English label, translated through the .ts catalogue."""

    def label(self, language: str | None = None) -> str:
        return translate(type(self).__name__, type(self)._labels()[self.value], language=language)

    @classmethod
    def _labels(cls) -> dict[str, str]:  # pragma: no cover - overridden
        raise NotImplementedError

    @classmethod
    def from_text(cls, text: str) -> LabelledEnum:
        """Accept a code or an English/Swedish label, case-insensitively (for import and CLI)."""
        wanted = text.strip().casefold()
        for member in cls:
            labels = (member.value, member.label("en"), member.label("sv"))
            if wanted in (label.casefold() for label in labels):
                return member
        raise ValueError(text)


def _labelled(labels: dict[str, str]):
    def _get(cls) -> dict[str, str]:
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
            "economic_association": QT_TRANSLATE_NOOP("LegalForm", "Economic association"),
            "limited_company": QT_TRANSLATE_NOOP("LegalForm", "Limited company"),
            "limited_company_restricted": QT_TRANSLATE_NOOP(
                "LegalForm", "Limited company with restricted dividends"
            ),
            "non_profit_association": QT_TRANSLATE_NOOP("LegalForm", "Non-profit association"),
            "foundation": QT_TRANSLATE_NOOP("LegalForm", "Foundation"),
            "sole_trader": QT_TRANSLATE_NOOP("LegalForm", "Sole trader"),
            "other": QT_TRANSLATE_NOOP("LegalForm", "Other"),
        }
    )


class EnterpriseStatus(LabelledEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"

    _labels = _labelled(
        {
            "active": QT_TRANSLATE_NOOP("EnterpriseStatus", "Active"),
            "paused": QT_TRANSLATE_NOOP("EnterpriseStatus", "Paused"),
            "closed": QT_TRANSLATE_NOOP("EnterpriseStatus", "Closed"),
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
            "employment_service": QT_TRANSLATE_NOOP("PartnerKind", "Arbetsförmedlingen"),
            "coompanion": QT_TRANSLATE_NOOP("PartnerKind", "Coompanion"),
            "municipal_department": QT_TRANSLATE_NOOP("PartnerKind", "Municipal department"),
            "region": QT_TRANSLATE_NOOP("PartnerKind", "Region"),
            "coordination_association": QT_TRANSLATE_NOOP("PartnerKind", "Samordningsförbund"),
            "government_agency": QT_TRANSLATE_NOOP("PartnerKind", "Government agency"),
            "business": QT_TRANSLATE_NOOP("PartnerKind", "Business"),
            "other": QT_TRANSLATE_NOOP("PartnerKind", "Other"),
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
            "work_training": QT_TRANSLATE_NOOP("ReferralKind", "Work training"),
            "work_trial": QT_TRANSLATE_NOOP("ReferralKind", "Work trial"),
            "internship": QT_TRANSLATE_NOOP("ReferralKind", "Internship"),
            "wage_subsidy_job": QT_TRANSLATE_NOOP("ReferralKind", "Wage-subsidy job"),
            "new_start_job": QT_TRANSLATE_NOOP("ReferralKind", "New-start job"),
            "introduction_job": QT_TRANSLATE_NOOP("ReferralKind", "Introduction job"),
            "extra_job": QT_TRANSLATE_NOOP("ReferralKind", "Extra job"),
            "employment": QT_TRANSLATE_NOOP("ReferralKind", "Employment"),
            "other": QT_TRANSLATE_NOOP("ReferralKind", "Other"),
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
            "employment_service": QT_TRANSLATE_NOOP("Funding", "Arbetsförmedlingen"),
            "municipality": QT_TRANSLATE_NOOP("Funding", "Municipality / social assistance"),
            "social_insurance": QT_TRANSLATE_NOOP("Funding", "Försäkringskassan"),
            "coordination_association": QT_TRANSLATE_NOOP("Funding", "Samordningsförbund"),
            "other": QT_TRANSLATE_NOOP("Funding", "Other"),
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
            "draft": QT_TRANSLATE_NOOP("ReferralStatus", "Draft"),
            "sent": QT_TRANSLATE_NOOP("ReferralStatus", "Sent"),
            "accepted": QT_TRANSLATE_NOOP("ReferralStatus", "Accepted"),
            "declined": QT_TRANSLATE_NOOP("ReferralStatus", "Declined"),
            "ongoing": QT_TRANSLATE_NOOP("ReferralStatus", "Ongoing"),
            "ended": QT_TRANSLATE_NOOP("ReferralStatus", "Ended"),
            "cancelled": QT_TRANSLATE_NOOP("ReferralStatus", "Cancelled"),
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
            "work": QT_TRANSLATE_NOOP("Outcome", "Work"),
            "studies": QT_TRANSLATE_NOOP("Outcome", "Studies"),
            "other_measure": QT_TRANSLATE_NOOP("Outcome", "Other measure"),
            "sick_leave": QT_TRANSLATE_NOOP("Outcome", "Sick leave"),
            "dropped_out": QT_TRANSLATE_NOOP("Outcome", "Dropped out"),
            "moved": QT_TRANSLATE_NOOP("Outcome", "Moved"),
            "other": QT_TRANSLATE_NOOP("Outcome", "Other"),
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
            "follow_up": QT_TRANSLATE_NOOP("ActivityType", "Follow-up"),
            "meeting": QT_TRANSLATE_NOOP("ActivityType", "Meeting"),
            "call": QT_TRANSLATE_NOOP("ActivityType", "Call"),
            "visit": QT_TRANSLATE_NOOP("ActivityType", "Visit"),
            "email": QT_TRANSLATE_NOOP("ActivityType", "E-mail"),
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
            "seminar": QT_TRANSLATE_NOOP("EventKind", "Seminar"),
            "webcast": QT_TRANSLATE_NOOP("EventKind", "Webcast"),
            "conference": QT_TRANSLATE_NOOP("EventKind", "Conference"),
            "network_meeting": QT_TRANSLATE_NOOP("EventKind", "Network meeting"),
            "course": QT_TRANSLATE_NOOP("EventKind", "Course"),
            "study_visit": QT_TRANSLATE_NOOP("EventKind", "Study visit"),
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
            "invited": QT_TRANSLATE_NOOP("ParticipantStatus", "Invited"),
            "registered": QT_TRANSLATE_NOOP("ParticipantStatus", "Registered"),
            "attended": QT_TRANSLATE_NOOP("ParticipantStatus", "Attended"),
            "no_show": QT_TRANSLATE_NOOP("ParticipantStatus", "No-show"),
            "cancelled": QT_TRANSLATE_NOOP("ParticipantStatus", "Cancelled"),
        }
    )
