"""Formula-injection defence for exported cells (OWASP "CSV injection").

A spreadsheet runs a cell that begins with =, +, -, @, tab or carriage return as a formula.
Prefixing a single quote makes it inert text; the importer removes that quote again.
"""

from __future__ import annotations

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Return text that cannot start a formula; other types pass unchanged."""
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """Undo `neutralise` on import, so a round trip gives back the original text."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(DANGEROUS_PREFIXES):
        return text[1:]
    return text
