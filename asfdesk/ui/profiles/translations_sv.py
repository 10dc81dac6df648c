"""Swedish for the profile windows, and the step that writes resources/translations/profiles_sv.ts.

    .venv/bin/python -m asfdesk.ui.profiles.translations_sv

runs pyside6-lupdate over asfdesk/ui/profiles/*.py, files the messages under the "Profiles"
context (our `tr()` helper's context) and fills in every translation from SWEDISH below.
A source text without a translation stops the script, so the Swedish UI is never half done.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from asfdesk.paths import resource_path
from asfdesk.ui.profiles.i18n import CONTEXT

SWEDISH: dict[str, str] = {
    "&Save": "&Spara",
    "Save (Ctrl+S)": "Spara (Ctrl+S)",
    "Close": "Stäng",
    "Close (Ctrl+W)": "Stäng (Ctrl+W)",
    "Delete…": "Ta bort…",
    "Details": "Uppgifter",
    "New": "Ny",
    "Delete": "Ta bort",
    "Delete %1? This cannot be undone.": "Ta bort %1? Det går inte att ångra.",
    "Unsaved changes": "Osparade ändringar",
    "%1 has unsaved changes. Save them before closing?": "%1 har osparade ändringar. Spara innan du stänger?",
    "The new record": "Den nya posten",
    "Name": "Namn",
    "Title": "Titel",
    "e.g. Supervisor": "t.ex. Arbetsledare",
    "Phone": "Telefon",
    "Mobile": "Mobil",
    "E-mail": "E-post",
    "Primary contact": "Huvudkontakt",
    "Notes": "Anteckningar",
    "Contact person": "Kontaktperson",
    "Primary": "Huvudkontakt",
    "No contact persons yet.": "Inga kontaktpersoner ännu.",
    "New contact…": "Ny kontaktperson…",
    "Edit…": "Redigera…",
    "Remove…": "Ta bort…",
    "Remove contact person": "Ta bort kontaktperson",
    "Remove %1 from the contact persons?": "Ta bort %1 från kontaktpersonerna?",
    "Save": "Spara",
    "Discard": "Spara inte",
    "Cancel": "Avbryt",
    "Yes": "Ja",
    "No": "Nej",
    "OK": "OK",
    "Organisation number": "Organisationsnummer",
    "Legal form": "Juridisk form",
    "Status": "Status",
    "Responsible consultant": "Ansvarig konsulent",
    "Description": "Beskrivning",
    "Visiting address": "Besöksadress",
    "Postcode": "Postnummer",
    "City": "Ort",
    "Municipality": "Kommun",
    "Website": "Webbplats",
    "Work-training places": "Arbetsträningsplatser",
    "Free places": "Lediga platser",
    "Employees": "Anställda",
    "Participants in training": "Deltagare i arbetsträning",
    "Reserved contracts": "Reserverade kontrakt",
    "Has reserved contracts": "Har reserverade kontrakt",
    "Integration": "Integration",
    "Work integration is the purpose": "Arbetsintegrering är syftet",
    "Participation": "Delaktighet",
    "Participants take part in decisions": "Deltagarna är delaktiga i besluten",
    "Profits": "Vinst",
    "Profits are reinvested": "Vinsten återinvesteras",
    "Independence": "Oberoende",
    "Independent of the public sector": "Fristående från offentlig sektor",
    "Services": "Tjänster",
    "Enterprise": "Företag",
    "Address and contact": "Adress och kontakt",
    "Capacity": "Kapacitet",
    "ASF criteria": "ASF-kriterier",
    "Services and notes": "Tjänster och anteckningar",
    "Jobseeker": "Arbetssökande",
    "Kind": "Typ",
    "Referred": "Anvisad",
    "Planned start": "Planerad start",
    "Planned end": "Planerat slut",
    "No referrals to this enterprise yet.": "Inga anvisningar till företaget ännu.",
    "New referral…": "Ny anvisning…",
    "Starts": "Börjar",
    "Event": "Evenemang",
    "None of the contact persons has taken part in an event.": (
        "Ingen av kontaktpersonerna har deltagit i något evenemang."
    ),
    "Contacts": "Kontaktpersoner",
    "Referrals": "Anvisningar",
    "Events": "Evenemang",
    "Activity": "Aktiviteter",
    "Print contact sheet…": "Skriv ut kontaktblad…",
    "Ends": "Slutar",
    "Organiser": "Arrangör",
    "Location": "Plats",
    "Online link": "Länk",
    "Registration deadline": "Sista anmälningsdag",
    "Place and registration": "Plats och anmälan",
    "Add a participant: type a name or organisation…": (
        "Lägg till deltagare: skriv ett namn eller en organisation…"
    ),
    "Add participant": "Lägg till deltagare",
    "Participants": "Deltagare",
    "Remove participant": "Ta bort deltagare",
    "%1 of %2 registered": "%1 av %2 anmälda",
    "%1 registered (no limit)": "%1 anmälda (inget tak)",
    "Registration deadline %1": "Sista anmälningsdag %1",
    "More participants are registered than there are places.": (
        "Fler deltagare är anmälda än det finns platser."
    ),
    "The registration deadline has passed.": "Sista anmälningsdag har passerat.",
    "Show": "Visa",
    "Show the full personnummer": "Visa hela personnumret",
    "Hide": "Dölj",
    "Protected personal data (skyddade personuppgifter)": "Skyddade personuppgifter",
    "First name": "Förnamn",
    "Last name": "Efternamn",
    "Personnummer": "Personnummer",
    "Birth date": "Födelsedatum",
    "Protected identity": "Skyddad identitet",
    "Address": "Adress",
    "Person": "Person",
    "Contact details and notes": "Kontaktuppgifter och anteckningar",
    "This jobseeker has no referrals yet.": "Den arbetssökande har inga anvisningar ännu.",
    "Protected personal data: this person's address must not be shown or passed on. "
    "Handle the record according to your unit's routine for protected identities.": (
        "Skyddade personuppgifter: personens adress får inte visas eller lämnas ut. "
        "Hantera uppgifterna enligt enhetens rutin för skyddad identitet."
    ),
    "New jobseeker…": "Ny arbetssökande…",
    "New jobseeker": "Ny arbetssökande",
    "Personnummer (optional)": "Personnummer (frivilligt)",
    "Create jobseeker": "Skapa arbetssökande",
    "Possible duplicates — check before creating:": "Möjliga dubbletter – kontrollera innan du skapar:",
    "Create anyway": "Skapa ändå",
    "Organisation": "Organisation",
    "Consultant": "Konsulent",
    "Participant status": "Deltagarstatus",
    "Partner organisation": "Partnerorganisation",
    "Type to search…": "Skriv för att söka…",
    "Referred on": "Anvisningsdatum",
    "Funding": "Finansiering",
    "Hours per week": "Timmar per vecka",
    "Actual start": "Faktisk start",
    "Actual end": "Faktiskt slut",
    "Next follow-up": "Nästa uppföljning",
    "Outcome": "Utfall",
    "Referral": "Anvisning",
    "Dates": "Datum",
    "Add follow-up…": "Lägg till uppföljning…",
    "Follow-ups": "Uppföljningar",
    "Add note": "Lägg till anteckning",
    "Date": "Datum",
    "Text": "Text",
    "Author": "Skribent",
    "No notes yet. Use “Add note” to record a meeting, call or visit.": (
        "Inga anteckningar ännu. Använd ”Lägg till anteckning” för att notera ett möte, samtal eller besök."
    ),
    "Add note…": "Lägg till anteckning…",
    "Reload": "Läs in igen",
    "“%1” is not in the list. Choose one of the suggestions.": (
        "”%1” finns inte i listan. Välj ett av förslagen."
    ),
    "“%1” is not chosen. Pick one of the suggestions.": "”%1” är inte vald. Välj ett av förslagen.",
    "YYYYMMDD-NNNN": "ÅÅÅÅMMDD-NNNN",
    "The list could not be read.": "Listan kunde inte läsas in.",
    "Read the record again, e.g. after someone else saved it": (
        "Läs in posten igen, t.ex. när någon annan har sparat den"
    ),
    "Reloading discards your unsaved changes to %1.": (
        "Om du läser in igen försvinner dina osparade ändringar i %1."
    ),
}


def lupdate() -> Path:
    source_dir = Path(__file__).parent
    ts = resource_path("translations") / "profiles_sv.ts"
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in source_dir.glob("*.py") if p.name != Path(__file__).name)
    subprocess.run([str(exe), *sources, "-ts", str(ts), "-no-obsolete", "-silent"], check=True)
    return ts


def fill(ts: Path) -> int:
    """File every message under CONTEXT and write its Swedish; returns the number of messages."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "sv_SE")
    target = None
    messages = []
    for context in list(root.findall("context")):
        name = context.find("name")
        if (name.text or "") in ("", CONTEXT):
            messages.extend(context.findall("message"))
            root.remove(context)
    target = ET.SubElement(root, "context")
    ET.SubElement(target, "name").text = CONTEXT
    missing = []
    seen = set()
    for message in messages:
        source = message.find("source").text
        if source in seen:
            continue
        seen.add(source)
        translation = message.find("translation")
        if source not in SWEDISH:
            missing.append(source)
            continue
        translation.text = SWEDISH[source]
        translation.attrib.pop("type", None)
        target.append(message)
    if missing:
        raise SystemExit("no Swedish for: " + "; ".join(missing))
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return len(seen)


def main() -> int:
    count = fill(lupdate())
    print(f"profiles_sv.ts: {count} messages translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
