"""Formula-injection defence for exported CSV cells (OWASP "CSV injection").

A spreadsheet runs a cell that begins with =, +, -, @, tab or carriage return as a formula,
and Excel and LibreOffice skip leading spaces and line breaks first, so " =1+1" and "\\n=1+1"
run too. Prefixing a single quote makes such text inert; the importer removes that quote again.
In .xlsx a cell typed as text is never a formula, so the writer does not prefix there.
"""

from __future__ import annotations

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
_LEADING_BLANKS = " \t\r\n\x0b\x0c\xa0\u2007\u202f\u3000"
_FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # and full-width forms


def is_dangerous(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula."""
    if text.startswith(DANGEROUS_PREFIXES):
        return True
    return text.lstrip(_LEADING_BLANKS).startswith(_FORMULA_STARTS)


def neutralise(value: object) -> object:
    """Return text that cannot start a formula; other types pass unchanged."""
    if isinstance(value, str) and is_dangerous(value):
        return "'" + value
    return value


def unneutralise(text: str) -> str:
    """Undo `neutralise` on import, so a round trip gives back the original text."""
    if len(text) > 1 and text[0] == "'" and is_dangerous(text[1:]):
        return text[1:]
    return text
