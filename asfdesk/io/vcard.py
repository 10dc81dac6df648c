"""Contacts as vCard 3.0 (.vcf), the version Outlook, Thunderbird and phones all read.

Hand-written rather than a new dependency: the format is a few escaped lines, and the escaping
and line folding below follow RFC 2426/6350 exactly.
"""

from __future__ import annotations

from collections.abc import Iterable

from asfdesk.db.models import Contact


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """Fold lines longer than 75 octets (UTF-8), never inside a multi-byte character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _name_parts(full_name: str) -> tuple[str, str]:
    """(family, given): Swedish names put the family name last."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name, ""
    return parts[-1], " ".join(parts[:-1])


def contact_to_vcard(contact: Contact) -> str:
    family, given = _name_parts(contact.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(family)};{_escape(given)};;;",
        f"FN:{_escape(contact.name)}",
    ]
    if contact.organisation is not None:
        lines.append(f"ORG:{_escape(contact.organisation.name)}")
    if contact.title:
        lines.append(f"TITLE:{_escape(contact.title)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(contact.phone)}")
    if contact.mobile:
        lines.append(f"TEL;TYPE=CELL,VOICE:{_escape(contact.mobile)}")
    if contact.email:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{_escape(contact.email)}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def contacts_to_vcf(contacts: Iterable[Contact]) -> bytes:
    """All cards in one UTF-8 file."""
    return "".join(contact_to_vcard(c) for c in contacts).encode("utf-8")
