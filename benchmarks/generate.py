"""A seeded, realistic benchmark database: 5,000 enterprises … 1,000,000 referrals in under a minute.

Why not the ORM: a million validated ORM inserts take many minutes. The schema comes from the
real migrations (asfdesk.db.migrate.upgrade), the rows go in with stdlib sqlite3 executemany in
one transaction with journalling off. Every value is produced in the form the model validators
store (tests/test_benchmark_generator.py re-runs the validators over the rows to prove it).

    python -m benchmarks.generate [--scale 0.01] [--seed 20261122] [--rebuild]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from asfdesk.db.types import STOCKHOLM
from asfdesk.domain.contact_info import normalize_phone
from asfdesk.paths import resource_path

GENERATOR_VERSION = 3
DEFAULT_SEED = 20261122
DATA_DIR = Path(__file__).resolve().parent / "data"
TODAY = date(2026, 11, 1)  # fixed, so a seed always gives the same database
FIRST_DAY = date(2016, 1, 1)
USER = "bench"


@dataclass(frozen=True)
class Sizes:
    """How many rows of each kind. `hero_referrals` go to one enterprise (the profile measure)."""

    enterprises: int = 5_000
    contacts: int = 50_000
    jobseekers: int = 200_000
    referrals: int = 1_000_000
    events: int = 5_000
    hero_referrals: int = 1_000
    partners: int = 500
    consultants: int = 40

    @classmethod
    def scaled(cls, factor: float) -> Sizes:
        """The full dataset shrunk by `factor` (keeps the proportions; at least a few of each)."""
        full = cls()
        return cls(
            enterprises=max(5, round(full.enterprises * factor)),
            contacts=max(10, round(full.contacts * factor)),
            jobseekers=max(10, round(full.jobseekers * factor)),
            referrals=max(20, round(full.referrals * factor)),
            events=max(5, round(full.events * factor)),
            hero_referrals=max(2, round(full.hero_referrals * factor)),
            partners=max(2, round(full.partners * factor)),
            consultants=max(3, min(full.consultants, round(full.consultants * factor * 10))),
        )

    def tag(self) -> str:
        return f"e{self.enterprises}-r{self.referrals}"


# --- Vocabulary: plausible Swedish names, with å/ä/ö so accent-insensitive search matters. ---


def _words(text: str, sep: str | None = None) -> list[str]:
    return [w.strip() for w in text.split(sep)]


FIRST_NAMES = _words(
    "Anna Åsa Björn Märta Örjan Sölve Göran Jörgen Maria Erik Lars Karin Ingrid Sven Håkan Päivi "
    "Mohammed Fatima Ahmed Amina Hanna Elin Linnéa Ebba Måns Tove Sanna Mikael Johan Peter Lena "
    "Kerstin Birgitta Åke Gunnel Ulla Agneta Stig Bengt Leif Nils Olle Mattias Jonas Sara Emma Ida "
    "Wilma Alva Selma Astrid Ali Hassan Yasmin Zeynep Dragan Ivana Aleksandra Tiina Jenny Malin "
    "Fredrik André Jöns Gösta Solveig Britt-Marie Per-Åke Ärla Östen Liam Noah Ella Saga Hugo"
)
LAST_NAMES = _words(
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson "
    "Lindström Lindqvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren Lundqvist Mattsson "
    "Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson "
    "Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist "
    "Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson "
    "Lundström Ahlström Åberg Öberg Ström Hedlund Sundberg Sjögren Bäckström Hellström Åström "
    "Östlund Björklund Näslund Säfström Grönlund Dahlström Hägglund Mäkinen Korhonen Hussein Mohamed "
    "Ali Ahmadi Kovačević Öhman Ödman Källström Hörnfeldt Skoglund"
)
NAME_HEADS = _words(
    "Glädje Grön Åter Bygg Kafé Trädgårds Snickar Väv Sy Cykel Mat Möbel Skog Fjäll Älv Sjö Hav "
    "Ängs Bröd Kök Hantverks Städ Flytt Tvätt Loppis Vård Hund Häst Lant Bär Ö Dal Berg Bäck Löv "
    "Ros Sol Stjärn Ljus Tråd Färg Glas Trä Järn Sten Glös Kila Måla Fönster"
)
NAME_TAILS = _words(
    "verket bolaget gården huset fixarna boden kompaniet tjänst service kooperativet fabriken "
    "bageriet köket ateljén verkstaden hjälpen kraft gruppen laget lyftet"
)
NAME_SUFFIXES = ["", "", " ekonomisk förening", " ek. för.", " AB", " ideell förening", " i {town}"]
STREETS = _words(
    "Storgatan|Kyrkogatan|Järnvägsgatan|Skolgatan|Ågatan|Strandvägen|Industrivägen|Södra vägen|"
    "Norra Långgatan|Backvägen|Björkvägen|Granvägen|Älvgatan|Östra Ringvägen|Hamngatan|Torggatan|"
    "Verkstadsgatan|Kvarnvägen|Ängsvägen|Sjöstigen",
    "|",
)
TITLES = [
    "Verksamhetsledare", "Handledare", "Ordförande", "Arbetsledare", "Ekonomiansvarig",
    "Kassör", "Koordinator", "Projektledare", "Jobbcoach", "Kontaktperson",
]
PARTNER_NAMES = [
    ("Coompanion {county}", "coompanion"),
    ("Arbetsförmedlingen {town}", "employment_service"),
    ("Näringslivskontoret {town}", "municipal_department"),
    ("Försörjningsstödsenheten {town}", "municipal_department"),
    ("Samordningsförbundet {town}", "coordination_association"),
    ("Region {county}", "region"),
    ("Försäkringskassan {town}", "government_agency"),
    ("Företagarna {town}", "business"),
    ("Studieförbundet Vuxenskolan {town}", "other"),
]
EVENT_TITLES = [
    "Nätverksträff för ASF i {town}", "Frukostseminarium: reserverade upphandlingar",
    "Webbsändning: socialt företagande", "Kurs i handledarskap", "Studiebesök på {name}",
    "Konferens om arbetsintegration", "Öppet hus hos {name}", "Träff om lönebidrag och nystartsjobb",
]
REFERRAL_NOTES = [
    "Behöver stöd med resor till arbetsplatsen.", "Följs upp tillsammans med Arbetsförmedlingen.",
    "Önskar arbeta med trädgård och skötsel.", "Trivs bra, vill öka tiden efter sommaren.",
    "Har körkort, kan köra företagets bil.", "Svenska som andraspråk, tolk vid första mötet.",
    "Vill prova kafé och kök.", "Förlängning diskuteras med handledaren.",
    "Möjlig anställning med lönebidrag.", "Återkoppling från handledare: mycket engagerad.",
]
ACTIVITY_TEXTS = [
    "Uppföljningsmöte på plats.", "Telefonsamtal med handledaren.", "Besök och rundvandring.",
    "Mejl om nästa period.", "Trepartssamtal med deltagaren.", "Avstämning av närvaro.",
]
DESCRIPTIONS = [
    "Second hand och återbruk med kafé.", "Fastighetsskötsel, trädgård och flytthjälp.",
    "Café, catering och städ.", "Snickeri, montering och IT-tjänster.", "Sömnad, väv och butik.",
    "Cykelverkstad och uthyrning.", "Arbets- och boendekooperativ med jordbruk och omsorg.",
]

# Stored enum values (asfdesk/domain/enums.py) with rough weights.
LEGAL_FORMS = (
    ["economic_association", "limited_company_restricted", "non_profit_association",
     "limited_company", "foundation", "other"],
    [50, 15, 20, 8, 4, 3],
)
ENTERPRISE_STATUSES = (["active", "paused", "closed"], [85, 10, 5])
KINDS = (
    ["work_training", "work_trial", "internship", "wage_subsidy_job", "new_start_job",
     "introduction_job", "extra_job", "employment", "other"],
    [40, 15, 10, 12, 5, 4, 6, 5, 3],
)
FUNDINGS = (
    [None, "employment_service", "municipality", "social_insurance", "coordination_association", "other"],
    [10, 45, 30, 7, 6, 2],
)
STATUSES = (
    ["draft", "sent", "accepted", "declined", "ongoing", "ended", "cancelled"],
    [6, 7, 5, 7, 20, 47, 8],
)
OUTCOMES = (
    ["work", "studies", "other_measure", "sick_leave", "dropped_out", "moved", "other"],
    [30, 12, 25, 10, 13, 4, 6],
)
HOURS = [None, 10.0, 12.5, 15.0, 20.0, 20.0, 25.0, 30.0, 32.0, 40.0]
EVENT_KINDS = ["seminar", "webcast", "conference", "network_meeting", "course", "study_visit"]
PARTICIPANT_STATUSES = (["invited", "registered", "attended", "no_show", "cancelled"], [15, 20, 50, 8, 7])
ACTIVITY_KINDS = ["follow_up", "meeting", "call", "visit", "email"]


def ascii_slug(text: str) -> str:
    """"Glädjeverket AB" -> "gladjeverketab": for fictional e-mail and web addresses."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def luhn_complete(nine_digits: str) -> str:
    """Append the Luhn check digit Swedish organisation numbers use."""
    total = 0
    for i, ch in enumerate(nine_digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return nine_digits + str((10 - total % 10) % 10)


def org_number(index: int, rng: random.Random) -> str:
    """A unique, valid organisationsnummer NNNNNN-NNNN (group digit 7/8/5, month digits >= 20)."""
    head = f"{rng.choice('785')}{rng.randint(1, 9)}{20 + index % 80:02d}{index // 80:05d}"
    digits = luhn_complete(head)
    return f"{digits[:6]}-{digits[6:]}"


def _fiction_phones() -> list[str]:
    """Numbers PTS reserves for fiction (they reach nobody), in the form the validator stores."""
    raw = [f"070174{n:04d}" for n in range(605, 700)] + [f"0980319{n:03d}" for n in range(200, 300)]
    raw += [f"031390{n:04d}" for n in range(600, 700)] + [f"040628{n:04d}" for n in range(400, 500)]
    return [normalize_phone(r) for r in raw]


def _stamp(day: str, rng: random.Random) -> str:
    """An audit timestamp in SQLAlchemy's SQLite DateTime format (UTC)."""
    return f"{day} {rng.randint(6, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000000"


@dataclass
class Generated:
    path: str
    seed: int
    sizes: dict
    generator_version: int
    schema_revision: str
    hero_enterprise_id: int
    row_counts: dict
    timings_s: dict
    search_index: str  # "built", "missing" (module not there yet) or an error text
    complete: bool = True


class _Builder:
    """Produces the rows, table by table, from one random.Random(seed)."""

    def __init__(self, conn: sqlite3.Connection, sizes: Sizes, seed: int) -> None:
        self.conn = conn
        self.s = sizes
        self.rng = random.Random(seed)
        self.first_ord = FIRST_DAY.toordinal()
        self.span = TODAY.toordinal() - self.first_ord
        # Day strings from FIRST_DAY to two years past TODAY, indexed by offset.
        self.days = [
            date.fromordinal(self.first_ord + i).isoformat() for i in range(self.span + 800)
        ]
        self.phones = _fiction_phones()
        self.municipalities = [
            (code, short, county)
            for code, short, county in conn.execute(
                "SELECT m.code, m.short_name, c.short_name FROM municipalities m "
                "JOIN counties c ON c.code = m.county_code ORDER BY m.code"
            )
        ]
        known = {m[0] for m in self.municipalities}
        with open(resource_path("geodata", "postal_to_municipality.csv"), encoding="utf-8") as fh:
            self.postcodes = [
                (f"{r['postal_code'][:3]} {r['postal_code'][3:]}", r["locality"], r["municipality_code"])
                for r in csv.DictReader(fh)
                if r["municipality_code"] in known
            ]
        self.service_ids = [row[0] for row in conn.execute("SELECT id FROM service_categories")]
        self.hero_id = 0
        self.counts: dict[str, int] = {}

    # -- helpers --
    def audit(self, day_index: int) -> tuple:
        day = self.days[day_index]
        return (_stamp(day, self.rng), _stamp(day, self.rng), USER, USER, 1)

    def person_name(self) -> tuple[str, str]:
        return self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES)

    def insert(self, table: str, columns: str, rows) -> None:
        marks = ",".join("?" * len(columns.split(",")))
        cur = self.conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        self.counts[table] = self.counts.get(table, 0) + cur.rowcount

    # -- tables --
    def consultants(self) -> None:
        rows = []
        used = set()
        for i in range(1, self.s.consultants + 1):
            first, last = self.person_name()
            username = f"{ascii_slug(first)[:3]}{ascii_slug(last)[:3]}{i:02d}"
            used.add(username)
            rows.append(
                (i, f"{first} {last}", username, f"{username}@kommun.example",
                 self.rng.choice(self.phones), 1 if i % 10 else 0, *self.audit(0))
            )
        self.insert("consultants", "id,name,username,email,phone,active,"
                    "created_at,updated_at,created_by,updated_by,version", rows)

    def _address(self) -> tuple[str, str, str, str]:
        postcode, city, municipality = self.rng.choice(self.postcodes)
        street = f"{self.rng.choice(STREETS)} {self.rng.randint(1, 120)}"
        return street, postcode, city.title() if city.isupper() else city, municipality

    def enterprises(self) -> None:
        rng, n = self.rng, self.s.enterprises
        self.hero_id = 1 + (rng.randrange(n) if n > 1 else 0)
        rows = []
        for i in range(1, n + 1):
            street, postcode, city, municipality = self._address()
            if i == self.hero_id:
                name = "Glädjeverket ekonomisk förening"
            else:
                suffix = rng.choice(NAME_SUFFIXES).format(town=city)
                name = f"{rng.choice(NAME_HEADS)}{rng.choice(NAME_TAILS)}{suffix}"
            slug = ascii_slug(name)[:30] + str(i)
            total = rng.choice([None, 4, 6, 8, 10, 12, 15, 20, 30])
            free = None if total is None else rng.randint(0, total)
            criteria = [1 if rng.random() < 0.85 else 0 for _ in range(4)]
            rows.append(
                (i, name, org_number(i, rng), rng.choices(*LEGAL_FORMS)[0], municipality,
                 rng.choice(DESCRIPTIONS) if rng.random() < 0.7 else None, total, free,
                 rng.randint(1, 40), rng.randint(0, 25), 1 if rng.random() < 0.2 else 0, *criteria,
                 rng.choices(*ENTERPRISE_STATUSES)[0], rng.randint(1, self.s.consultants),
                 None, street, postcode, city, rng.choice(self.phones), f"info@{slug}.example",
                 f"https://www.{slug}.example", *self.audit(rng.randrange(self.span)))
            )
        self.insert(
            "enterprises",
            "id,name,org_number,legal_form,municipality_code,description,training_places_total,"
            "training_places_available,employees,participants_in_training,reserved_contracts,"
            "integration_purpose,participation,reinvested_profits,independent_of_public_sector,status,"
            "responsible_consultant_id,notes,street_address,postal_code,city,phone,email,website,"
            "created_at,updated_at,created_by,updated_by,version",
            rows,
        )
        services = []
        for i in range(1, n + 1):
            day = self.days[0]
            for sid in rng.sample(self.service_ids, rng.randint(1, 3)):
                services.append((i, sid, _stamp(day, rng), _stamp(day, rng), USER, USER, 1))
        self.insert("enterprise_services", "enterprise_id,service_category_id,created_at,updated_at,"
                    "created_by,updated_by,version", services)

    def partners(self) -> None:
        rng, rows = self.rng, []
        for i in range(1, self.s.partners + 1):
            street, postcode, city, municipality = self._address()
            county = next(m[2] for m in self.municipalities if m[0] == municipality)
            template, kind = PARTNER_NAMES[i % len(PARTNER_NAMES)]
            name = template.format(town=city, county=county)
            slug = ascii_slug(name)[:30] + str(i)
            rows.append(
                (i, name, kind, municipality, None, street, postcode, city, rng.choice(self.phones),
                 f"info@{slug}.example", f"https://{slug}.example", *self.audit(0))
            )
        self.insert("partner_organisations", "id,name,kind,municipality_code,notes,street_address,"
                    "postal_code,city,phone,email,website,created_at,updated_at,created_by,updated_by,"
                    "version", rows)

    def contacts(self) -> None:
        """Nine in ten belong to an enterprise, the rest to a partner; never both (CHECK one_owner)."""
        rng, n_ent, n_par = self.rng, self.s.enterprises, self.s.partners
        n_partner = min(self.s.contacts // 10, n_par * 20)
        rows = []
        for i in range(1, self.s.contacts + 1):
            first, last = self.person_name()
            if i <= self.s.contacts - n_partner:
                owner = (((i - 1) % n_ent) + 1, None)
                primary = 1 if i <= n_ent else 0
            else:
                owner = (None, ((i - 1) % n_par) + 1)
                primary = 1 if i - (self.s.contacts - n_partner) <= n_par else 0
            email = f"{ascii_slug(first)}.{ascii_slug(last)}{i}@foretag.example"
            rows.append(
                (i, f"{first} {last}", rng.choice(TITLES), rng.choice(self.phones),
                 rng.choice(self.phones) if rng.random() < 0.6 else None, email, primary, None,
                 *owner, *self.audit(rng.randrange(self.span)))
            )
        self.insert("contacts", "id,name,title,phone,mobile,email,is_primary,notes,enterprise_id,"
                    "partner_organisation_id,created_at,updated_at,created_by,updated_by,version", rows)

    def jobseekers(self) -> Iterator[tuple]:
        """No personnummer (NULL): benchmark data holds no real identities."""
        rng = self.rng
        birth_first = date(1960, 1, 1).toordinal()
        birth_span = date(2006, 12, 31).toordinal() - birth_first
        for i in range(1, self.s.jobseekers + 1):
            first, last = self.person_name()
            protected = rng.random() < 0.01
            if protected or rng.random() < 0.4:
                street = postcode = city = None
            else:
                street, postcode, city, _ = self._address()
            email = (f"{ascii_slug(first)}.{ascii_slug(last)}{i}@mejl.example"
                     if rng.random() < 0.4 else None)
            born = date.fromordinal(birth_first + rng.randrange(birth_span)).isoformat()
            yield (i, first, last, None, born,
                   rng.choice(self.phones) if rng.random() < 0.6 else None, email, street, postcode, city,
                   1 if protected else 0, rng.randint(1, self.s.consultants), None,
                   *self.audit(rng.randrange(self.span)))

    def _referral_enterprises(self) -> list[int]:
        """Enterprise per referral: skewed like real life, the hero gets exactly hero_referrals."""
        rng, n_ent, n_ref, hero = self.rng, self.s.enterprises, self.s.referrals, self.hero_id
        others = [e for e in range(1, n_ent + 1) if e != hero] or [hero]
        weights = [rng.lognormvariate(0, 0.8) for _ in others]
        hero_count = min(self.s.hero_referrals, n_ref)
        chosen = rng.choices(others, weights, k=n_ref - hero_count)
        counts = Counter(chosen)
        for ent, count in counts.items():
            if count == hero_count and ent != hero:  # keep the hero the only one with that count
                idx = chosen.index(ent)
                chosen[idx] = others[(others.index(ent) + 1) % len(others)]
        for pos in sorted(rng.sample(range(n_ref), hero_count)):
            chosen.insert(pos, hero)
        return chosen

    def referrals(self) -> Iterator[tuple]:
        rng, days, span = self.rng, self.days, self.span
        rand, randint, choice = rng.random, rng.randint, rng.choice
        n_ref, n_js, n_con = self.s.referrals, self.s.jobseekers, self.s.consultants
        enterprises = self._referral_enterprises()
        statuses = rng.choices(*STATUSES, k=n_ref)
        kinds = rng.choices(*KINDS, k=n_ref)
        fundings = rng.choices(*FUNDINGS, k=n_ref)
        today = span
        for i in range(n_ref):
            status = statuses[i]
            ref_day = int(rand() * span)
            p_start = ref_day + randint(0, 30)
            p_end = p_start + randint(30, 365)
            a_start = a_end = follow = outcome = None
            if status == "ongoing" or status == "ended":
                a_start = p_start + randint(0, 10)
                if status == "ended":
                    a_end = max(a_start, min(a_start + randint(14, 400), today))
                    outcome = choice(OUTCOMES[0])
                else:
                    follow = days[a_start + randint(14, 120)]
            elif status in ("draft", "sent", "accepted"):
                follow = days[ref_day + randint(7, 60)]
            updated = a_end if a_end is not None else (a_start if a_start is not None else ref_day)
            yield (
                i + 1, randint(1, n_js), enterprises[i], randint(1, n_con) if rand() < 0.95 else None,
                days[ref_day], kinds[i], fundings[i], days[p_start], days[p_end],
                None if a_start is None else days[a_start], None if a_end is None else days[a_end],
                choice(HOURS), follow, status, outcome,
                choice(REFERRAL_NOTES) if rand() < 0.08 else None,
                f"{days[ref_day]} 09:{randint(0, 59):02d}:00.000000",
                f"{days[min(updated, today)]} 15:{randint(0, 59):02d}:00.000000",
                USER, USER, 1,
            )

    def events(self) -> None:
        rng, rows, participants = self.rng, [], []
        n_contacts = self.s.contacts
        pid = 0
        for i in range(1, self.s.events + 1):
            day = rng.randrange(self.span + 365)
            start_local = datetime.combine(
                date.fromordinal(self.first_ord + day), datetime.min.time(), STOCKHOLM
            ).replace(hour=rng.choice([9, 10, 13, 14, 18]))
            start = start_local.astimezone(UTC)
            end = start + timedelta(hours=rng.choice([1, 2, 3, 6, 8]))
            organiser = rng.random()
            org_partner = rng.randint(1, self.s.partners) if organiser < 0.4 else None
            org_ent = rng.randint(1, self.s.enterprises) if 0.4 <= organiser < 0.7 else None
            kind = rng.choice(EVENT_KINDS)
            _, _, town, _ = self._address()
            title = rng.choice(EVENT_TITLES).format(town=town, name=rng.choice(NAME_HEADS) + "verket")
            deadline = (start_local.date() - timedelta(days=rng.randint(1, 21))).isoformat()
            rows.append(
                (i, title, kind, start.strftime("%Y-%m-%d %H:%M:%S.000000"),
                 end.strftime("%Y-%m-%d %H:%M:%S.000000"),
                 None if kind == "webcast" else town,
                 f"https://sand.example/e{i}" if kind == "webcast" else None,
                 org_partner, org_ent, None, deadline if rng.random() < 0.6 else None,
                 rng.choice([None, 20, 30, 50, 100]), *self.audit(min(day, self.span - 1)))
            )
            for contact in rng.sample(range(1, n_contacts + 1), min(rng.randint(0, 18), n_contacts)):
                pid += 1
                participants.append(
                    (pid, i, contact, None, rng.choices(*PARTICIPANT_STATUSES)[0], *self.audit(0))
                )
            if rng.random() < 0.5:
                pid += 1
                participants.append(
                    (pid, i, None, rng.randint(1, self.s.consultants), "registered", *self.audit(0))
                )
        audit = "created_at,updated_at,created_by,updated_by,version"
        self.insert("events", "id,title,kind,starts_at,ends_at,location,online_url,organiser_partner_id,"
                    f"organiser_enterprise_id,description,registration_deadline,capacity,{audit}", rows)
        self.insert("event_participants", f"id,event_id,contact_id,consultant_id,status,{audit}",
                    participants)

    def activities(self) -> Iterator[tuple]:
        """A timeline: a few notes per enterprise (more for the hero), follow-ups on one referral in 10."""
        rng, aid = self.rng, 0
        for ent in range(1, self.s.enterprises + 1):
            for _ in range(rng.randint(1, 5) if ent != self.hero_id else 40):
                aid += 1
                yield (aid, self.days[rng.randrange(self.span)], rng.choice(ACTIVITY_KINDS),
                       rng.choice(ACTIVITY_TEXTS), rng.randint(1, self.s.consultants), None, ent, None,
                       *self.audit(0))
        for ref in range(1, self.s.referrals + 1, 10):
            aid += 1
            yield (aid, self.days[rng.randrange(self.span)], "follow_up", rng.choice(ACTIVITY_TEXTS),
                   rng.randint(1, self.s.consultants), ref, None, None, *self.audit(0))

    def build(self) -> dict[str, float]:
        timings = {}
        steps = [
            ("consultants", self.consultants),
            ("enterprises", self.enterprises),
            ("partner_organisations", self.partners),
            ("contacts", self.contacts),
            ("jobseekers", lambda: self.insert(
                "jobseekers",
                "id,first_name,last_name,personnummer,birth_date,phone,email,street_address,"
                "postal_code,city,protected_identity,responsible_consultant_id,notes,created_at,"
                "updated_at,created_by,updated_by,version",
                self.jobseekers(),
            )),
            ("referrals", lambda: self.insert(
                "referrals",
                "id,jobseeker_id,enterprise_id,consultant_id,referred_on,kind,funding,planned_start,"
                "planned_end,actual_start,actual_end,hours_per_week,next_follow_up,status,outcome,notes,"
                "created_at,updated_at,created_by,updated_by,version",
                self.referrals(),
            )),
            ("events", self.events),
            ("activities", lambda: self.insert(
                "activities",
                "id,occurred_on,kind,text,author_id,referral_id,enterprise_id,partner_organisation_id,"
                "created_at,updated_at,created_by,updated_by,version",
                self.activities(),
            )),
        ]
        for name, step in steps:
            t0 = time.perf_counter()
            step()
            timings[name] = round(time.perf_counter() - t0, 3)
        return timings


def database_path(sizes: Sizes, seed: int, data_dir: Path = DATA_DIR) -> Path:
    return data_dir / f"bench-{sizes.tag()}-s{seed}.sqlite3"


def _meta_path(db: Path) -> Path:
    return db.with_suffix(".json")


def _rebuild_search(path: Path) -> str:
    """Fill the search index through the app's own code (asfdesk.db.search), if it exists yet."""
    try:
        from asfdesk.db.search import rebuild_search_index
    except ImportError:
        return "missing"
    from asfdesk.db.engine import make_engine

    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            rebuild_search_index(conn)
    finally:
        engine.dispose()
    return "built"


BULK_TABLES = ("referrals", "jobseekers", "activities", "contacts", "event_participants")


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the migrations' secondary indexes on the big tables; return their exact DDL.

    Indexes behind UNIQUE constraints (sql IS NULL) stay: they are part of the table.
    """
    marks = ",".join("?" * len(BULK_TABLES))
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        BULK_TABLES,
    ).fetchall()
    for name, _sql in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def generate(path: Path, sizes: Sizes, seed: int = DEFAULT_SEED, defer_indexes: bool = True) -> Generated:
    """Build a fresh database at `path` (replacing any file there)."""
    from asfdesk.db.engine import make_engine
    from asfdesk.db.migrate import head_revision, upgrade

    t_all = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), _meta_path(path)):
        stale.unlink(missing_ok=True)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    timings["migrate"] = round(time.perf_counter() - t0, 3)

    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # load only; restored to WAL below
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-262144")
        conn.execute("PRAGMA temp_store=MEMORY")
        builder = _Builder(conn, sizes, seed)
        conn.execute("BEGIN")
        indexes = _drop_indexes(conn) if defer_indexes else []
        timings.update(builder.build())
        t0 = time.perf_counter()
        for sql in indexes:  # one sorted build per index beats a million random inserts into it
            conn.execute(sql)
        timings["indexes"] = round(time.perf_counter() - t0, 3)
        conn.execute("COMMIT")
    finally:
        conn.close()

    t0 = time.perf_counter()
    try:
        search = _rebuild_search(path)
    except Exception as exc:  # the benchmark still runs; the JSON says why search is slow
        search = f"error: {exc.__class__.__name__}: {exc}"
    timings["search_index"] = round(time.perf_counter() - t0, 3)

    t0 = time.perf_counter()
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    timings["analyze"] = round(time.perf_counter() - t0, 3)
    timings["total"] = round(time.perf_counter() - t_all, 3)

    info = Generated(
        path=str(path), seed=seed, sizes=asdict(sizes), generator_version=GENERATOR_VERSION,
        schema_revision=head_revision(), hero_enterprise_id=builder.hero_id,
        row_counts=builder.counts, timings_s=timings, search_index=search,
    )
    _meta_path(path).write_text(json.dumps(asdict(info), indent=2, ensure_ascii=False), encoding="utf-8")
    return info


def ensure_database(
    sizes: Sizes, seed: int = DEFAULT_SEED, rebuild: bool = False, data_dir: Path = DATA_DIR
) -> tuple[Generated, bool]:
    """Reuse the database for this seed/size/schema if it is complete; else build it.

    Returns (info, reused).
    """
    from asfdesk.db.migrate import head_revision

    path = database_path(sizes, seed, data_dir)
    meta = _meta_path(path)
    if not rebuild and path.exists() and meta.exists():
        try:
            info = Generated(**json.loads(meta.read_text(encoding="utf-8")))
        except (TypeError, ValueError):
            info = None
        if (
            info is not None
            and info.complete
            and info.seed == seed
            and info.sizes == asdict(sizes)
            and info.generator_version == GENERATOR_VERSION
            and info.schema_revision == head_revision()
        ):
            if info.search_index != "built":  # the search module may have landed since
                info.search_index = _rebuild_search(path)
                meta.write_text(json.dumps(asdict(info), indent=2, ensure_ascii=False), encoding="utf-8")
            return info, True
    return generate(path, sizes, seed), False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full dataset")
    parser.add_argument("--rebuild", action="store_true", help="build even if a matching file exists")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    sizes = Sizes() if args.scale == 1.0 else Sizes.scaled(args.scale)
    info, reused = ensure_database(sizes, args.seed, args.rebuild, args.data_dir)
    print(json.dumps({"reused": reused, **asdict(info)}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
