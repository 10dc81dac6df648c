"""The data model on SQLite and PostgreSQL: every model stores and reads back, invalid data raises
a ValidationError naming the field and stores nothing, the referral workflow, audit columns and
time zones. Every test here uses the `sessions` fixture, so it runs once per backend."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from asfdesk.db.models import (
    AccessLogEntry,
    Activity,
    Consultant,
    Contact,
    County,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    Municipality,
    PartnerOrganisation,
    Referral,
    ServiceCategory,
)
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.enums import (
    ActivityType,
    EnterpriseStatus,
    EventKind,
    Funding,
    LegalForm,
    Outcome,
    ParticipantStatus,
    PartnerKind,
    ReferralKind,
    ReferralStatus,
)
from asfdesk.domain.errors import InvalidTransitionError, ValidationError, field_label
from asfdesk.i18n import set_language

S = ReferralStatus


def count(sessions, model) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def enterprise(**overrides) -> Enterprise:
    values = dict(
        name="Kilafix",
        org_number="769612-0018",
        legal_form=LegalForm.ECONOMIC_ASSOCIATION,
        municipality_code="2183",
        postal_code="821 43",
        city="Bollnäs",
    )
    values.update(overrides)
    return Enterprise(**values)


@pytest.fixture
def base_ids(sessions):
    """A consultant, an enterprise, a partner and a jobseeker to hang things on."""
    with session_scope(sessions) as s:
        consultant = Consultant(name="Helena Strand", username="hestr")
        ent = enterprise()
        partner = PartnerOrganisation(name="Coompanion Gävleborg", kind=PartnerKind.COOMPANION)
        jobseeker = Jobseeker(first_name="Ali", last_name="Hassan")
        s.add_all([consultant, ent, partner, jobseeker])
        s.flush()
        return {
            "consultant": consultant.id,
            "enterprise": ent.id,
            "partner": partner.id,
            "jobseeker": jobseeker.id,
        }


def new_referral(s, ids, **overrides) -> Referral:
    values = dict(
        jobseeker_id=ids["jobseeker"],
        enterprise_id=ids["enterprise"],
        consultant_id=ids["consultant"],
        referred_on=date(2026, 3, 2),
        kind=ReferralKind.WORK_TRAINING,
    )
    values.update(overrides)
    referral = Referral(**values)
    s.add(referral)
    return referral


# --- every model stores and reads back --------------------------------------------------------


def test_enterprise_round_trip_with_services_and_municipality(sessions):
    with session_scope(sessions) as s:
        services = s.scalars(
            select(ServiceCategory).where(ServiceCategory.code.in_(["catering", "cleaning"]))
        ).all()
        ent = enterprise(
            org_number="7696120018",
            phone="0278 25000",
            email="Info@Kilafix.EXAMPLE",
            website="www.kilafix.example",
            street_address="  Kilavägen 4 ",
            postal_code="82143",
            training_places_total=12,
            training_places_available=3,
            employees="6",
            participants_in_training=9,
            reserved_contracts=True,
            integration_purpose=True,
            participation=True,
            reinvested_profits=True,
            independent_of_public_sector=False,
            status="Vilande",
            legal_form="Aktiebolag med särskild vinstutdelningsbegränsning",
            description="Fastighetsskötsel",
        )
        ent.services = list(services)
        s.add(ent)
    with sessions() as s:
        ent = s.scalar(select(Enterprise))
        assert ent.org_number == "769612-0018"
        assert ent.phone == "0278-250 00"
        assert ent.email == "info@kilafix.example"
        assert ent.website == "https://www.kilafix.example"
        assert ent.street_address == "Kilavägen 4"
        assert ent.postal_code == "821 43"
        assert ent.employees == 6
        assert ent.status is EnterpriseStatus.PAUSED
        assert ent.legal_form is LegalForm.LIMITED_COMPANY_RESTRICTED
        assert ent.criteria_met == 3
        assert ent.reserved_contracts is True
        assert [c.code for c in ent.services] == ["catering", "cleaning"]
        assert ent.municipality.name == "Bollnäs kommun"
        assert ent.municipality.county.code == "21"
        assert ent.version == 1


def test_partner_contacts_consultant_and_jobseeker_round_trip(sessions):
    with session_scope(sessions) as s:
        partner = PartnerOrganisation(
            name="Arbetsförmedlingen Södra Hälsingland",
            kind="employment_service",
            municipality_code="2183",
            phone="+46 10 486 00 00",
            email="kontakt@af.example",
        )
        partner.contacts.append(Contact(name="Ahmed Yusuf", title="Arbetsförmedlare", mobile="0701740610"))
        ent = enterprise()
        ent.contacts.append(Contact(name="Anna Lindqvist", is_primary=True, email="anna@kilafix.example"))
        consultant = Consultant(name="Mikael Berg", username=" MiBe ", email="mikael.berg@bollnas.example")
        jobseeker = Jobseeker(
            first_name="Emma",
            last_name="Karlsson",
            personnummer="900101-0017",
            postal_code="821 30",
            protected_identity=True,
            responsible_consultant=consultant,
        )
        s.add_all([partner, ent, consultant, jobseeker])
    with sessions() as s:
        partner = s.scalar(select(PartnerOrganisation))
        assert partner.kind is PartnerKind.EMPLOYMENT_SERVICE
        assert partner.phone == "010-486 00 00"
        assert partner.municipality.short_name == "Bollnäs"
        (contact,) = partner.contacts
        assert (contact.mobile, contact.organisation) == ("070-174 06 10", partner)
        assert contact.enterprise is None
        ent_contact = s.scalar(select(Contact).where(Contact.enterprise_id.is_not(None)))
        assert ent_contact.enterprise.name == "Kilafix"
        assert ent_contact.is_primary is True
        consultant = s.scalar(select(Consultant))
        assert consultant.username == "mibe"
        assert consultant.active is True
        jobseeker = s.scalar(select(Jobseeker))
        assert jobseeker.personnummer == "199001010017"
        assert jobseeker.birth_date == date(1990, 1, 1)
        assert jobseeker.protected_identity is True
        assert jobseeker.responsible_consultant.username == "mibe"
        assert jobseeker.full_name == "Emma Karlsson"
        assert "Emma" not in repr(jobseeker) and "1990" not in repr(jobseeker)


def test_jobseeker_accepts_samordningsnummer(sessions):
    with session_scope(sessions) as s:
        s.add(Jobseeker(first_name="Leila", last_name="Moradi", personnummer="900161-0014"))
    with sessions() as s:
        jobseeker = s.scalar(select(Jobseeker))
        assert jobseeker.personnummer == "199001610014"
        assert jobseeker.birth_date == date(1990, 1, 1)


def test_personnummer_is_unique(sessions):
    with session_scope(sessions) as s:
        s.add(Jobseeker(first_name="A", last_name="B", personnummer="19900101-0017"))
    with pytest.raises(IntegrityError), session_scope(sessions) as s:
        s.add(Jobseeker(first_name="C", last_name="D", personnummer="9001010017"))
    assert count(sessions, Jobseeker) == 1


def test_org_number_is_unique(sessions):
    with session_scope(sessions) as s:
        s.add(enterprise())
    with pytest.raises(IntegrityError), session_scope(sessions) as s:
        s.add(enterprise(name="Kilafix 2", org_number="7696120018"))
    assert count(sessions, Enterprise) == 1


def test_referral_and_activity_round_trip(sessions, base_ids):
    with session_scope(sessions) as s:
        referral = new_referral(
            s,
            base_ids,
            funding="Kommunen / försörjningsstöd",
            planned_start=date(2026, 3, 16),
            planned_end=date(2026, 9, 16),
            hours_per_week="20,5",
            next_follow_up=date(2026, 4, 1),
            notes="Första anvisningen",
        )
        referral.activities.append(
            Activity(text="Uppföljning på plats.", kind="call", author_id=base_ids["consultant"])
        )
        s.add(Activity(text="Besök", kind=ActivityType.VISIT, enterprise_id=base_ids["enterprise"]))
        s.add(Activity(text="Möte", kind=ActivityType.MEETING, partner_organisation_id=base_ids["partner"]))
    with sessions() as s:
        referral = s.scalar(select(Referral))
        assert referral.status is S.DRAFT
        assert referral.funding is Funding.MUNICIPALITY
        assert referral.kind is ReferralKind.WORK_TRAINING
        assert referral.hours_per_week == Decimal("20.5")
        assert referral.jobseeker.first_name == "Ali"
        assert referral.enterprise.name == "Kilafix"
        assert referral.consultant.username == "hestr"
        (activity,) = referral.activities
        assert activity.kind is ActivityType.CALL
        assert activity.author.name == "Helena Strand"
        assert activity.occurred_on == date.today()
        visit = s.scalar(select(Activity).where(Activity.enterprise_id.is_not(None)))
        assert visit.enterprise.name == "Kilafix" and visit.referral is None
        meeting = s.scalar(select(Activity).where(Activity.partner_organisation_id.is_not(None)))
        assert meeting.partner_organisation.name == "Coompanion Gävleborg"


def test_event_and_participants_round_trip(sessions, base_ids):
    with session_scope(sessions) as s:
        contact = Contact(name="Anna Lindqvist", enterprise_id=base_ids["enterprise"])
        s.add(contact)
        event = Event(
            title="Arena ASF i Dalarna",
            kind="Konferens",
            starts_at=datetime(2026, 9, 13, 9, 0, tzinfo=STOCKHOLM),
            ends_at=datetime(2026, 9, 13, 16, 0, tzinfo=STOCKHOLM),
            location="Galaxen, Borlänge",
            online_url="arena.example/asf",
            organiser_partner_id=base_ids["partner"],
            registration_deadline=date(2026, 9, 1),
            capacity=200,
        )
        event.participants.append(EventParticipant(contact=contact, status="registered"))
        event.participants.append(EventParticipant(consultant_id=base_ids["consultant"]))
        s.add(event)
    with sessions() as s:
        event = s.scalar(select(Event))
        assert event.kind is EventKind.CONFERENCE
        assert event.online_url == "https://arena.example/asf"
        assert event.organiser.name == "Coompanion Gävleborg"
        names = sorted(p.display_name for p in event.participants)
        assert names == ["Anna Lindqvist", "Helena Strand"]
        statuses = {p.display_name: p.status for p in event.participants}
        assert statuses == {
            "Anna Lindqvist": ParticipantStatus.REGISTERED,
            "Helena Strand": ParticipantStatus.INVITED,
        }


def test_access_log_round_trip(sessions):
    with session_scope(sessions) as s:
        s.add(AccessLogEntry(actor="tester", action="view", entity="jobseeker", entity_id=7, row_count=1))
    with sessions() as s:
        entry = s.scalar(select(AccessLogEntry))
        # PostgreSQL: the server names the actor (session_user), whatever the client sent.
        actor = s.scalar(text("SELECT session_user")) if s.bind.dialect.name == "postgresql" else "tester"
        assert (entry.actor, entry.action, entry.entity_id) == (actor, "view", 7)
        assert entry.occurred_at.tzinfo is not None


def test_reference_data_is_loaded(sessions):
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(County)) == 21
        municipalities = s.scalars(select(Municipality)).all()
        assert len(municipalities) == 290
        assert all(m.code[:2] == m.county_code for m in municipalities)
        assert len({m.code for m in municipalities}) == 290
        bollnas = s.get(Municipality, "2183")
        assert (bollnas.short_name, bollnas.county.short_name) == ("Bollnäs", "Gävleborg")
        assert s.get(Municipality, "2083").short_name == "Hedemora"
        assert len(s.get(County, "21").municipalities) == 10
        codes = set(s.scalars(select(ServiceCategory.code)))
        assert {"catering", "cafe", "cleaning", "laundry", "carpentry", "gardening"} <= codes
        assert {"second_hand", "transport", "assembly", "it"} <= codes
        assert s.scalar(select(ServiceCategory).where(ServiceCategory.code == "cafe")).label("sv")


# --- invalid data: ValidationError naming the field, nothing stored ---------------------------


INVALID_FIELDS = [
    (lambda: enterprise(org_number="769612-0019"), "org_number"),
    (lambda: enterprise(org_number="12345"), "org_number"),
    (lambda: enterprise(email="info@@kilafix"), "email"),
    (lambda: enterprise(phone="12"), "phone"),
    (lambda: enterprise(postal_code="8214"), "postal_code"),
    (lambda: enterprise(website="not a site"), "website"),
    (lambda: enterprise(name="  "), "name"),
    (lambda: enterprise(training_places_total=-1), "training_places_total"),
    (lambda: enterprise(employees="3,5"), "employees"),
    (lambda: enterprise(participants_in_training=float("inf")), "participants_in_training"),
    (lambda: enterprise(legal_form="kommunalt bolag"), "legal_form"),
    (lambda: Jobseeker(first_name="A", last_name="B", personnummer="19900101-0018"), "personnummer"),
    (lambda: Jobseeker(first_name="A", last_name="B", personnummer="1990-01-01"), "personnummer"),
    (lambda: Jobseeker(first_name="A", last_name="B", email="a@"), "email"),
    (lambda: Jobseeker(first_name="A", last_name="B", phone="070"), "phone"),
    (lambda: Jobseeker(first_name="A", last_name="B", postal_code="ABC"), "postal_code"),
    (lambda: Contact(name="X", mobile="0", enterprise_id=1), "mobile"),
    (lambda: Contact(name="X", email="x", enterprise_id=1), "email"),
    (lambda: Consultant(name="X", username="x", email="nope"), "email"),
    (lambda: PartnerOrganisation(name="P", postal_code="00000"), "postal_code"),
]


def test_invalid_field_raises_naming_it_and_stores_nothing(sessions, subtests):
    for make, field in INVALID_FIELDS:
        with subtests.test(field=field):
            with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
                s.add(Consultant(name="Someone Valid", username="valid"))  # rolled back with the rest
                s.flush()
                s.add(make())
            assert info.value.field == field
            assert str(info.value).startswith(field_label(field, "en") + ": ")
            for model in (Consultant, Enterprise, Jobseeker, Contact, PartnerOrganisation):
                assert count(sessions, model) == 0, model.__name__


def test_invalid_edit_of_a_stored_record_changes_nothing(sessions):
    with session_scope(sessions) as s:
        s.add(enterprise())
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        ent = s.scalar(select(Enterprise))
        ent.name = "Kilafix AB"
        ent.org_number = "769612-0010"
    assert info.value.field == "org_number"
    with sessions() as s:
        ent = s.scalar(select(Enterprise))
        assert (ent.name, ent.org_number, ent.version) == ("Kilafix", "769612-0018", 1)


def test_free_training_places_cannot_exceed_total(sessions):
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(enterprise(training_places_total=5, training_places_available=6))
    assert info.value.field == "training_places_available"
    assert count(sessions, Enterprise) == 0
    # Equal is fine.
    with session_scope(sessions) as s:
        s.add(enterprise(training_places_total=5, training_places_available=5))
    assert count(sessions, Enterprise) == 1


@pytest.mark.parametrize(
    "dates, field",
    [
        (dict(planned_start=date(2026, 3, 16), planned_end=date(2026, 3, 15)), "planned_end"),
        (dict(actual_start=date(2026, 3, 16), actual_end=date(2026, 2, 1)), "actual_end"),
    ],
)
def test_referral_end_before_start_is_refused(sessions, base_ids, dates, field):
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        new_referral(s, base_ids, **dates)
    assert info.value.field == field
    assert "before the start" in str(info.value)
    assert count(sessions, Referral) == 0


def test_referral_end_before_start_on_update_is_refused(sessions, base_ids):
    with session_scope(sessions) as s:
        new_referral(s, base_ids, planned_start=date(2026, 3, 16), planned_end=date(2026, 9, 16))
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.scalar(select(Referral)).planned_end = date(2026, 1, 1)
    assert info.value.field == "planned_end"
    with sessions() as s:
        assert s.scalar(select(Referral.planned_end)) == date(2026, 9, 16)


def test_event_end_before_start_is_refused(sessions):
    start = datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(Event(title="Starkare tillsammans", starts_at=start, ends_at=start - timedelta(minutes=1)))
    assert info.value.field == "ends_at"
    assert count(sessions, Event) == 0


def test_event_registration_deadline_after_start_is_refused(sessions):
    start = datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(Event(title="X", starts_at=start, registration_deadline=date(2026, 11, 9)))
    assert info.value.field == "registration_deadline"
    assert count(sessions, Event) == 0


def test_event_with_two_organisers_is_refused(sessions, base_ids):
    start = datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(
            Event(
                title="X",
                starts_at=start,
                organiser_partner=s.get(PartnerOrganisation, base_ids["partner"]),
                organiser_enterprise=s.get(Enterprise, base_ids["enterprise"]),
            )
        )
    assert info.value.field == "organiser"
    assert count(sessions, Event) == 0


@pytest.mark.parametrize("owners", ["both", "neither"])
def test_contact_needs_exactly_one_owner_in_the_domain(sessions, base_ids, owners):
    ids = (
        dict(enterprise_id=base_ids["enterprise"], partner_organisation_id=base_ids["partner"])
        if owners == "both"
        else {}
    )
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(Contact(name="Anna Lindqvist", **ids))
    assert info.value.field == "owner"
    assert count(sessions, Contact) == 0


@pytest.mark.parametrize("owners", ["both", "neither"])
def test_contact_owner_check_constraint_holds_without_the_orm(engine, base_ids, owners):
    values = {"name": "Anna Lindqvist", "is_primary": False, "version": 1}
    if owners == "both":
        values |= {"enterprise_id": base_ids["enterprise"], "partner_organisation_id": base_ids["partner"]}
    with pytest.raises(IntegrityError, match="(?i)check|one_owner"), engine.begin() as conn:
        conn.execute(insert(Contact.__table__).values(**values))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Contact.__table__)) == 0
    # The same Core insert with exactly one owner is accepted: the constraint is the only obstacle.
    one_owner = values | {"enterprise_id": base_ids["enterprise"], "partner_organisation_id": None}
    with engine.begin() as conn:
        conn.execute(insert(Contact.__table__).values(**one_owner))
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Contact.__table__)) == 1


def test_activity_needs_exactly_one_subject(sessions, engine, base_ids):
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(Activity(text="Anteckning"))
    assert info.value.field == "owner"
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(
            insert(Activity.__table__).values(
                text="x",
                kind="call",
                occurred_on=date(2026, 1, 1),
                version=1,
                enterprise_id=base_ids["enterprise"],
                partner_organisation_id=base_ids["partner"],
            )
        )
    assert count(sessions, Activity) == 0


@pytest.mark.parametrize("who", ["both", "neither"])
def test_event_participant_is_a_contact_or_a_consultant(sessions, base_ids, who):
    start = datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
    with session_scope(sessions) as s:
        s.add(Contact(name="Anna Lindqvist", enterprise_id=base_ids["enterprise"]))
        s.add(Event(title="X", starts_at=start))
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        event = s.scalar(select(Event))
        ids = {}
        if who == "both":
            ids = {"contact_id": s.scalar(select(Contact.id)), "consultant_id": base_ids["consultant"]}
        event.participants.append(EventParticipant(**ids))
    assert info.value.field == "participant"
    assert count(sessions, EventParticipant) == 0


def test_messages_in_swedish(sessions, base_ids):
    set_language("sv")
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(enterprise(org_number="769612-0019"))
    assert str(info.value).startswith("Organisationsnummer: 769612-0019 är inte ett giltigt")
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        new_referral(s, base_ids, planned_start=date(2026, 3, 16), planned_end=date(2026, 3, 1))
    assert str(info.value) == "Planerat slut: 2026-03-01 är före start 2026-03-16"
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(Jobseeker(first_name="A", last_name="B", personnummer="19900101-0018"))
    assert str(info.value).startswith("Personnummer: ")
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(enterprise(training_places_total=1, training_places_available=2))
    assert str(info.value) == "Lediga arbetsträningsplatser: 2 lediga platser är fler än totalt 1"
    assert count(sessions, Enterprise) == 1  # only base_ids' enterprise
    assert count(sessions, Referral) == 0


# --- referral workflow -------------------------------------------------------------------------


def test_allowed_path_to_ended_with_outcome(sessions, base_ids):
    with session_scope(sessions) as s:
        referral = new_referral(s, base_ids)
        s.flush()
        rid = referral.id
    for status in [S.SENT, S.ACCEPTED, S.ONGOING]:
        with session_scope(sessions) as s:
            referral = s.get(Referral, rid)
            referral.status = status
            if status is S.ONGOING:
                referral.actual_start = date(2026, 3, 16)
        with sessions() as s:
            assert s.get(Referral, rid).status is status
    with session_scope(sessions) as s:
        referral = s.get(Referral, rid)
        referral.outcome = Outcome.WORK
        referral.status = S.ENDED
        referral.actual_end = date(2026, 9, 1)
    with sessions() as s:
        referral = s.get(Referral, rid)
        assert (referral.status, referral.outcome) == (S.ENDED, Outcome.WORK)
        assert referral.version == 5


def test_referral_end_sets_outcome_status_and_end_date(sessions, base_ids):
    with session_scope(sessions) as s:
        referral = new_referral(s, base_ids)
        for status in (S.SENT, S.ACCEPTED, S.ONGOING):
            referral.status = status
        referral.actual_start = date(2026, 3, 16)
    with session_scope(sessions) as s:
        s.scalar(select(Referral)).end("Studier")
    with session_scope(sessions) as s:
        referral = s.scalar(select(Referral))
        assert (referral.status, referral.outcome, referral.actual_end) == (
            S.ENDED,
            Outcome.STUDIES,
            date.today(),
        )


def test_referral_end_keeps_an_explicit_date(sessions, base_ids):
    with session_scope(sessions) as s:
        referral = new_referral(s, base_ids, status=S.ONGOING, actual_start=date(2026, 3, 16))
        referral.end(Outcome.SICK_LEAVE, on=date(2026, 5, 1))
    with sessions() as s:
        assert s.scalar(select(Referral.actual_end)) == date(2026, 5, 1)


FORBIDDEN = [
    ([], S.ENDED),
    ([], S.ONGOING),
    ([S.SENT], S.ONGOING),
    ([S.SENT, S.DECLINED], S.SENT),
    ([S.SENT, S.CANCELLED], S.DRAFT),
    ([S.SENT, S.ACCEPTED, S.ONGOING], S.CANCELLED),
]


def test_forbidden_transition_is_refused_and_not_stored(sessions, base_ids, subtests):
    for path, forbidden in FORBIDDEN:
        current = path[-1] if path else S.DRAFT
        with subtests.test(current=current.value, forbidden=forbidden.value):
            with session_scope(sessions) as s:
                referral = new_referral(s, base_ids)
                for status in path:
                    referral.status = status
                s.flush()
                rid = referral.id
            with pytest.raises(InvalidTransitionError) as info, session_scope(sessions) as s:
                s.get(Referral, rid).status = forbidden
            assert info.value.field == "status"
            with sessions() as s:
                assert s.get(Referral, rid).status is current


def test_ended_referral_cannot_go_back_to_ongoing(sessions, base_ids):
    with session_scope(sessions) as s:
        referral = new_referral(s, base_ids)
        for status in (S.SENT, S.ACCEPTED, S.ONGOING):
            referral.status = status
        referral.end(Outcome.WORK, on=date(2026, 6, 1))
    with pytest.raises(InvalidTransitionError), session_scope(sessions) as s:
        s.scalar(select(Referral)).status = "ongoing"
    with sessions() as s:
        assert s.scalar(select(Referral.status)) is S.ENDED


def test_end_is_refused_unless_ongoing(sessions, base_ids):
    with session_scope(sessions) as s:
        new_referral(s, base_ids).status = S.SENT
    with pytest.raises(InvalidTransitionError), session_scope(sessions) as s:
        s.scalar(select(Referral)).end(Outcome.WORK)
    with sessions() as s:
        referral = s.scalar(select(Referral))
        assert (referral.status, referral.outcome, referral.actual_end) == (S.SENT, None, None)


def test_ended_referral_needs_an_outcome(sessions, base_ids):
    with session_scope(sessions) as s:
        referral = new_referral(s, base_ids)
        for status in (S.SENT, S.ACCEPTED, S.ONGOING):
            referral.status = status
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.scalar(select(Referral)).status = S.ENDED
    assert info.value.field == "outcome"
    with sessions() as s:
        assert s.scalar(select(Referral.status)) is S.ONGOING
    # A new referral claiming to be ended without an outcome is refused as well.
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        new_referral(s, base_ids, status=S.ENDED)
    assert info.value.field == "outcome"
    assert count(sessions, Referral) == 1


def test_open_referral_cannot_have_an_outcome(sessions, base_ids):
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        new_referral(s, base_ids, outcome=Outcome.WORK)
    assert info.value.field == "outcome"
    assert count(sessions, Referral) == 0


def test_hours_per_week_must_be_sensible(sessions, base_ids, subtests):
    for hours in ["0", "61", "-3", "many", "NaN", "Infinity", "1e400"]:
        with subtests.test(hours=hours):
            with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
                new_referral(s, base_ids, hours_per_week=hours)
            assert info.value.field == "hours_per_week"
            assert count(sessions, Referral) == 0


def test_referral_cannot_point_at_a_missing_enterprise(sessions, base_ids):
    with pytest.raises(IntegrityError), session_scope(sessions) as s:
        new_referral(s, base_ids, enterprise_id=999_999)
    assert count(sessions, Referral) == 0


# --- audit columns -----------------------------------------------------------------------------


def test_audit_columns_follow_the_session_user(sessions, engine):
    with session_scope(sessions) as s:
        s.add(enterprise())
    with sessions() as s:
        ent = s.scalar(select(Enterprise))
        created_at, updated_at = ent.created_at, ent.updated_at
        # On PostgreSQL the server stamps its login, whatever the client says (migration 0004).
        login = s.scalar(text("SELECT session_user")) if s.bind.dialect.name == "postgresql" else None
        assert (ent.created_by, ent.updated_by, ent.version) == (login or "tester", login or "tester", 1)
        assert created_at.tzinfo is not None and updated_at.tzinfo is not None
        assert abs(datetime.now(UTC) - created_at) < timedelta(minutes=5)
    time.sleep(0.02)
    other = make_session_factory(engine, user="colleague")
    with session_scope(other) as s:
        s.scalar(select(Enterprise)).city = "Arbrå"
    with sessions() as s:
        ent = s.scalar(select(Enterprise))
        assert (ent.created_by, ent.updated_by, ent.version) == (login or "tester", login or "colleague", 2)
        assert ent.created_at == created_at
        assert ent.updated_at > updated_at


def test_unchanged_record_is_not_stamped(sessions):
    with session_scope(sessions) as s:
        s.add(enterprise())
    with session_scope(sessions) as s:
        ent = s.scalar(select(Enterprise))
        ent.name = ent.name  # same value: no change, no new version
    with sessions() as s:
        assert s.scalar(select(Enterprise.version)) == 1


# --- time zones --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM),  # winter time, UTC+1
        datetime(2026, 11, 8, 13, 30, tzinfo=UTC),  # the same instant, given in UTC
        datetime(2026, 7, 1, 9, 0, tzinfo=STOCKHOLM),  # summer time, UTC+2
    ],
)
def test_event_times_come_back_in_stockholm_with_the_same_instant(sessions, given):
    with session_scope(sessions) as s:
        s.add(Event(title="Starkare tillsammans", starts_at=given))
    with sessions() as s:
        stored = s.scalar(select(Event.starts_at))
    assert stored == given  # same instant
    assert getattr(stored.tzinfo, "key", None) == "Europe/Stockholm"
    assert stored.utcoffset() == given.astimezone(STOCKHOLM).utcoffset()
    assert (stored.hour, stored.minute) == (given.astimezone(STOCKHOLM).hour, given.minute)


def test_webcast_time_is_stored_as_the_utc_instant(sessions, engine):
    with session_scope(sessions) as s:
        s.add(Event(title="Webcast", starts_at=datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)))
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            raw = conn.scalar(text("SELECT starts_at FROM events"))
            assert str(raw).startswith("2026-11-08 13:30:00")
        else:
            raw = conn.scalar(text("SELECT starts_at AT TIME ZONE 'UTC' FROM events"))
            assert raw == datetime(2026, 11, 8, 13, 30)


def test_naive_event_time_is_refused(sessions, engine):
    with pytest.raises(ValidationError) as info:
        Event(title="X", starts_at=datetime(2026, 11, 8, 14, 30))
    assert info.value.field == "starts_at"
    start = datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM)
    with pytest.raises(ValidationError) as info:
        Event(title="X", starts_at=start, ends_at=datetime(2026, 11, 8, 16, 0))
    assert info.value.field == "ends_at"
    # Even Core, bypassing the model, cannot store a naive time.
    with pytest.raises(StatementError, match="naive datetime"), engine.begin() as conn:
        conn.execute(
            insert(Event.__table__).values(
                title="X", kind="seminar", starts_at=datetime(2026, 11, 8, 14, 30), version=1
            )
        )
    assert count(sessions, Event) == 0


def test_event_needs_a_start(sessions):
    with pytest.raises(ValidationError) as info, session_scope(sessions) as s:
        s.add(Event(title="X"))
    assert info.value.field == "starts_at"
    assert count(sessions, Event) == 0
