"""Demo data: the real ASF field in Bollnäs and Hedemora, with fictional people.

Idempotent: records are matched on natural keys (org.nr, name, username, title) and only the
missing ones are added, so running it twice adds nothing. Phone numbers come from the ranges
PTS reserves for fiction; e-mail domains end in .example; jobseekers get no personnummer.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from asfdesk.db.models import (
    Activity,
    Consultant,
    Contact,
    Enterprise,
    Event,
    EventParticipant,
    Jobseeker,
    PartnerOrganisation,
    Referral,
    ServiceCategory,
)
from asfdesk.db.session import session_scope
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

BOLLNAS, HEDEMORA, BORLANGE, GAVLE, FALUN, STOCKHOLM_KOMMUN = (
    "2183",
    "2083",
    "2081",
    "2180",
    "2080",
    "0180",
)


def _fictional_phones():
    """Numbers PTS sets aside for films and books: they reach nobody."""
    for n in range(5, 100):
        yield f"070-174 06 {n:02d}"


def _fictional_landlines():
    for n in range(200, 300):
        yield f"0980-{319000 + n}"


ENTERPRISES = [
    # name, org.nr, legal form, municipality, street, postcode, city, services, places, free,
    # employees, in training, criteria met, description
    (
        "Kilafix",
        "769612-0018",
        LegalForm.ECONOMIC_ASSOCIATION,
        BOLLNAS,
        "Kilavägen 4",
        "821 43",
        "Bollnäs",
        ["property_maintenance", "gardening", "removals"],
        12,
        3,
        6,
        9,
        4,
        "Fastighetsskötsel, trädgård och flytthjälp i Bollnäs.",
    ),
    (
        "GlösBolagret",
        "769612-0026",
        LegalForm.ECONOMIC_ASSOCIATION,
        BOLLNAS,
        "Långgatan 12",
        "821 30",
        "Bollnäs",
        ["second_hand", "recycling", "cafe"],
        15,
        5,
        4,
        10,
        4,
        "Second hand och återbruk med kafé.",
    ),
    (
        "Glädjeverket",
        "769612-0034",
        LegalForm.ECONOMIC_ASSOCIATION,
        BOLLNAS,
        "Verkstadsgatan 2",
        "821 41",
        "Bollnäs",
        ["catering", "cafe", "cleaning"],
        10,
        2,
        5,
        8,
        4,
        "Café, catering och städ.",
    ),
    (
        "Patio del Arte",
        "769612-0042",
        LegalForm.NON_PROFIT_ASSOCIATION,
        BOLLNAS,
        "Torggatan 7",
        "821 30",
        "Bollnäs",
        ["textile", "restaurant"],
        8,
        4,
        2,
        4,
        3,
        "Konst, sömnad och restaurang.",
    ),
    (
        "M.I.C. ekonomisk förening",
        "769612-0059",
        LegalForm.ECONOMIC_ASSOCIATION,
        BOLLNAS,
        "Industrigatan 5",
        "821 34",
        "Bollnäs",
        ["assembly", "carpentry", "it"],
        10,
        1,
        7,
        9,
        4,
        "Montering, snickeri och IT-tjänster.",
    ),
    (
        "Stenbackens arbets- och boendekooperativ",
        "769612-0067",
        LegalForm.ECONOMIC_ASSOCIATION,
        BOLLNAS,
        "Stenbacken 1",
        "821 91",
        "Bollnäs",
        ["accommodation", "gardening", "care"],
        6,
        0,
        3,
        6,
        4,
        "Arbets- och boendekooperativ med jordbruk och omsorg.",
    ),
    (
        "Koopus",
        "769612-0075",
        LegalForm.ECONOMIC_ASSOCIATION,
        HEDEMORA,
        "Åsgatan 23",
        "776 30",
        "Hedemora",
        ["cleaning", "laundry", "office_services"],
        14,
        6,
        8,
        11,
        4,
        "Kooperativ i Hedemora: städ, tvätt och kontorstjänster.",
    ),
]

PARTNERS = [
    ("Coompanion Gävleborg", PartnerKind.COOMPANION, GAVLE, "Gävle"),
    ("Coompanion Dalarna", PartnerKind.COOMPANION, FALUN, "Falun"),
    ("Arbetsförmedlingen Södra Hälsingland", PartnerKind.EMPLOYMENT_SERVICE, BOLLNAS, "Bollnäs"),
    ("Näringslivskontoret Bollnäs", PartnerKind.MUNICIPAL_DEPARTMENT, BOLLNAS, "Bollnäs"),
    ("Försörjningsstödsenheten Bollnäs", PartnerKind.MUNICIPAL_DEPARTMENT, BOLLNAS, "Bollnäs"),
    ("Samordningsförbundet Gävleborg", PartnerKind.COORDINATION_ASSOCIATION, GAVLE, "Gävle"),
    ("Tillväxtverket", PartnerKind.GOVERNMENT_AGENCY, STOCKHOLM_KOMMUN, "Stockholm"),
    ("Region Dalarna", PartnerKind.REGION, FALUN, "Falun"),
    ("Kompetensbyrån Ek för", PartnerKind.BUSINESS, BOLLNAS, "Bollnäs"),
    ("AB Samarkand2015", PartnerKind.BUSINESS, BOLLNAS, "Bollnäs"),
]

CONTACT_NAMES = [
    ("Anna Lindqvist", "Verksamhetsledare"),
    ("Erik Ahlström", "Handledare"),
    ("Maria Öberg", "Ordförande"),
    ("Johan Sjöberg", "Arbetsledare"),
    ("Fatima Haddad", "Handledare"),
    ("Lars Nyström", "Ekonomiansvarig"),
    ("Sara Wikström", "Rådgivare"),
    ("Ahmed Yusuf", "Arbetsförmedlare"),
    ("Karin Åkesson", "Näringslivsutvecklare"),
    ("Per Hedlund", "Socialsekreterare"),
    ("Elin Björk", "Förbundschef"),
    ("Mohammed Ali", "Handläggare"),
    ("Ingrid Forsberg", "Utvecklingsstrateg"),
    ("Nils Engström", "Konsult"),
    ("Linnea Holm", "VD"),
    ("Oskar Bergman", "Projektledare"),
    ("Amira Karimi", "Kursansvarig"),
    ("Gustav Dahl", "Rådgivare"),
]

CONSULTANTS = [
    ("Helena Strand", "hestr", "helena.strand@bollnas.example"),
    ("Mikael Berg", "mibe", "mikael.berg@bollnas.example"),
    ("Sofia Nordin", "sono", "sofia.nordin@hedemora.example"),
]

JOBSEEKERS = [
    ("Ali", "Hassan", date(1988, 3, 14)),
    ("Emma", "Karlsson", date(1995, 7, 2)),
    ("Jonas", "Persson", date(1979, 11, 23)),
    ("Leila", "Moradi", date(1990, 1, 30)),
    ("Peter", "Johansson", date(1966, 5, 9)),
    ("Sanna", "Eriksson", date(2001, 9, 17)),
    ("Tomas", "Ahlström", date(1983, 12, 1)),
    ("Yasmin", "Abdi", date(1997, 4, 22)),
    ("Kristina", "Lund", date(1972, 8, 5)),
    ("Mustafa", "Omar", date(1986, 6, 11)),
    ("Ida", "Sandberg", date(1999, 2, 27)),
    ("Robert", "Öhman", date(1975, 10, 3)),
]


@dataclass
class DemoSummary:
    added: dict[str, int]

    def total(self) -> int:
        return sum(self.added.values())

    def __str__(self) -> str:
        return ", ".join(f"{k}: {v}" for k, v in self.added.items())


def load_demo(sessions: sessionmaker[Session], today: date | None = None) -> DemoSummary:
    """Add whatever part of the demo data is missing, in one transaction."""
    today = today or date.today()
    added = dict.fromkeys(
        [
            "consultants",
            "enterprises",
            "partners",
            "contacts",
            "jobseekers",
            "referrals",
            "activities",
            "events",
            "participants",
        ],
        0,
    )
    with session_scope(sessions) as s:
        consultants = _consultants(s, added)
        enterprises = _enterprises(s, added, consultants)
        partners = _partners(s, added)
        _contacts(s, added, enterprises, partners)
        jobseekers = _jobseekers(s, added, consultants)
        _referrals(s, added, enterprises, jobseekers, consultants, today)
        _events(s, added, enterprises, partners, consultants)
    return DemoSummary(added)


def _consultants(s: Session, added: dict) -> list[Consultant]:
    result = []
    phones = _fictional_phones()
    for name, username, email in CONSULTANTS:
        c = s.scalar(select(Consultant).where(Consultant.username == username))
        if c is None:
            c = Consultant(name=name, username=username, email=email, phone=next(phones))
            s.add(c)
            added["consultants"] += 1
        result.append(c)
    return result


def _enterprises(s: Session, added: dict, consultants: list[Consultant]) -> list[Enterprise]:
    services = {c.code: c for c in s.scalars(select(ServiceCategory))}
    landlines = _fictional_landlines()
    result = []
    for i, row in enumerate(ENTERPRISES):
        (
            name,
            orgnr,
            form,
            muni,
            street,
            postcode,
            city,
            codes,
            places,
            free,
            staff,
            trainees,
            criteria,
            description,
        ) = row
        e = s.scalar(select(Enterprise).where(Enterprise.org_number == orgnr))
        if e is None:
            slug = name.split()[0].lower().replace(".", "").replace("ö", "o").replace("ä", "a")
            e = Enterprise(
                name=name,
                org_number=orgnr,
                legal_form=form,
                municipality_code=muni,
                street_address=street,
                postal_code=postcode,
                city=city,
                phone=next(landlines),
                email=f"info@{slug}.example",
                website=f"www.{slug}.example",
                description=description,
                training_places_total=places,
                training_places_available=free,
                employees=staff,
                participants_in_training=trainees,
                reserved_contracts=i % 2 == 0,
                integration_purpose=True,
                participation=criteria >= 2,
                reinvested_profits=criteria >= 3,
                independent_of_public_sector=criteria >= 4,
                status=EnterpriseStatus.PAUSED if i == 3 else EnterpriseStatus.ACTIVE,
                responsible_consultant=consultants[2 if muni == HEDEMORA else i % 2],
            )
            e.services = [services[c] for c in codes if c in services]
            s.add(e)
            added["enterprises"] += 1
        result.append(e)
    return result


def _partners(s: Session, added: dict) -> list[PartnerOrganisation]:
    landlines = itertools.islice(_fictional_landlines(), 40, None)
    result = []
    for name, kind, muni, city in PARTNERS:
        p = s.scalar(select(PartnerOrganisation).where(PartnerOrganisation.name == name))
        if p is None:
            slug = "".join(ch for ch in name.split()[0].lower() if ch.isalnum())
            p = PartnerOrganisation(
                name=name,
                kind=kind,
                municipality_code=muni,
                city=city,
                phone=next(landlines),
                email=f"kontakt@{slug}.example",
            )
            s.add(p)
            added["partners"] += 1
        result.append(p)
    return result


def _contacts(s: Session, added: dict, enterprises, partners) -> None:
    phones = itertools.islice(_fictional_phones(), 10, None)
    names = itertools.cycle(CONTACT_NAMES)
    owners = [*enterprises, *partners]
    for index, owner in enumerate(owners):
        wanted = 2 if index < len(enterprises) else 1
        existing = {c.name for c in owner.contacts}
        for n in range(wanted):
            name, title = next(names)
            if name in existing:
                continue
            first, last = name.lower().replace("å", "a").replace("ä", "a").replace("ö", "o").split()[:2]
            domain = (owner.email or "x@demo.example").split("@")[1]
            owner.contacts.append(
                Contact(
                    name=name,
                    title=title,
                    phone=next(phones) if n == 0 else None,
                    mobile=next(phones),
                    email=f"{first}.{last}@{domain}",
                    is_primary=n == 0,
                )
            )
            added["contacts"] += 1


def _jobseekers(s: Session, added: dict, consultants: list[Consultant]) -> list[Jobseeker]:
    result = []
    for i, (first, last, born) in enumerate(JOBSEEKERS):
        j = s.scalar(
            select(Jobseeker).where(
                Jobseeker.first_name == first,
                Jobseeker.last_name == last,
                Jobseeker.birth_date == born,
            )
        )
        if j is None:
            j = Jobseeker(
                first_name=first,
                last_name=last,
                birth_date=born,
                protected_identity=i == 9,
                city="Bollnäs" if i % 3 else "Hedemora",
                responsible_consultant=consultants[i % len(consultants)],
            )
            s.add(j)
            added["jobseekers"] += 1
        result.append(j)
    return result


# One referral per status path, so every status appears: (status path, outcome).
REFERRAL_PLANS = [
    ([], None),
    (["sent"], None),
    (["sent", "accepted"], None),
    (["sent", "declined"], None),
    (["sent", "accepted", "ongoing"], None),
    (["sent", "accepted", "ongoing"], None),
    (["sent", "accepted", "ongoing", "ended"], Outcome.WORK),
    (["sent", "accepted", "ongoing", "ended"], Outcome.STUDIES),
    (["sent", "accepted", "ongoing", "ended"], Outcome.OTHER_MEASURE),
    (["sent", "cancelled"], None),
    (["sent", "accepted", "ongoing"], None),
    (["sent", "accepted", "ongoing", "ended"], Outcome.DROPPED_OUT),
]


def _referrals(s: Session, added, enterprises, jobseekers, consultants, today: date) -> None:
    kinds = [
        ReferralKind.WORK_TRAINING,
        ReferralKind.WORK_TRIAL,
        ReferralKind.INTERNSHIP,
        ReferralKind.WAGE_SUBSIDY_JOB,
        ReferralKind.EXTRA_JOB,
        ReferralKind.NEW_START_JOB,
    ]
    fundings = [Funding.MUNICIPALITY, Funding.EMPLOYMENT_SERVICE, Funding.COORDINATION_ASSOCIATION]
    for i, (jobseeker, (path, outcome)) in enumerate(zip(jobseekers, REFERRAL_PLANS, strict=True)):
        enterprise = enterprises[i % len(enterprises)]
        if jobseeker.id is not None and s.scalar(
            select(Referral.id).where(Referral.jobseeker_id == jobseeker.id)
        ):
            continue
        referred = today - timedelta(days=200 - i * 15)
        r = Referral(
            jobseeker=jobseeker,
            enterprise=enterprise,
            consultant=consultants[i % 3],
            referred_on=referred,
            kind=kinds[i % len(kinds)],
            funding=fundings[i % 3],
            planned_start=referred + timedelta(days=14),
            planned_end=referred + timedelta(days=14 + 180),
            hours_per_week=Decimal(20 + (i % 3) * 5),
            status=ReferralStatus.DRAFT,
        )
        for step in path:
            if step == "ongoing":
                r.actual_start = r.planned_start
                r.next_follow_up = today + timedelta(days=7 + i)
            if step == "ended":
                r.end(outcome, on=min(today, r.planned_end))
                r.next_follow_up = None
            else:
                r.status = step
        if "ongoing" in path:
            r.activities.append(
                Activity(
                    occurred_on=r.actual_start + timedelta(days=30),
                    kind=ActivityType.FOLLOW_UP,
                    author=r.consultant,
                    text="Uppföljning på plats. Trivs med arbetsuppgifterna, vill öka tiden.",
                )
            )
            added["activities"] += 1
        s.add(r)
        added["referrals"] += 1
    for e in enterprises[:3]:
        if e.id is None:
            s.add(
                Activity(
                    enterprise=e,
                    kind=ActivityType.VISIT,
                    author=consultants[0],
                    occurred_on=today - timedelta(days=20),
                    text="Besök: genomgång av lediga arbetsträningsplatser.",
                )
            )
            added["activities"] += 1


def _events(s: Session, added, enterprises, partners, consultants) -> None:
    by_name = {p.name: p for p in partners}
    specs = [
        dict(
            title="Starkare tillsammans – Hur nätverkar arbetsintegrerande sociala företag?",
            kind=EventKind.WEBCAST,
            starts_at=datetime(2026, 11, 8, 14, 30, tzinfo=STOCKHOLM),
            ends_at=datetime(2026, 11, 8, 16, 0, tzinfo=STOCKHOLM),
            online_url="https://tillvaxtverket.example/webbsandning",
            organiser_partner=by_name["Tillväxtverket"],
            description="Webbsänt seminarium om nätverk mellan arbetsintegrerande sociala företag.",
            registration_deadline=date(2026, 11, 6),
            capacity=500,
        ),
        dict(
            title="Arena ASF i Dalarna",
            kind=EventKind.CONFERENCE,
            starts_at=datetime(2026, 9, 13, 9, 0, tzinfo=STOCKHOLM),
            ends_at=datetime(2026, 9, 13, 16, 0, tzinfo=STOCKHOLM),
            location="Galaxen, Borlänge",
            organiser_partner=by_name["Region Dalarna"],
            description="Konferens och mässa för arbetsintegrerande sociala företag.",
            registration_deadline=date(2026, 9, 1),
            capacity=200,
        ),
        dict(
            title="Nätverksträff ASF Hälsingland",
            kind=EventKind.NETWORK_MEETING,
            starts_at=datetime(2026, 12, 10, 13, 0, tzinfo=STOCKHOLM),
            ends_at=datetime(2026, 12, 10, 15, 30, tzinfo=STOCKHOLM),
            location="Glädjeverket, Bollnäs",
            organiser_enterprise=enterprises[2],
            description="Fiktiv nätverksträff för demodata.",
            registration_deadline=date(2026, 12, 3),
            capacity=30,
        ),
    ]
    statuses = itertools.cycle(list(ParticipantStatus))
    for spec in specs:
        if s.scalar(select(Event.id).where(Event.title == spec["title"])):
            continue
        event = Event(**spec)
        for e in enterprises[:4]:
            contact = e.contacts[0]
            event.participants.append(EventParticipant(contact=contact, status=next(statuses)))
            added["participants"] += 1
        event.participants.append(
            EventParticipant(consultant=consultants[0], status=ParticipantStatus.REGISTERED)
        )
        added["participants"] += 1
        s.add(event)
        added["events"] += 1
