"""Remove personal identity numbers and URL passwords from text bound for logs and dialogs.

A log file or a bug report's details travel further than the database (mailed to IT, pasted
into a ticket), so anything shaped like a personnummer or samordningsnummer is replaced
before it is written or shown: 10 or 12 digits whose month position holds 0 or 1, with an
optional -, + or space before the last four. An organisation number of a company (whose third
digit is 2 or more) is kept, as it is public and helps a bug report; a sole trader's
organisation number is their personnummer and is scrubbed.
"""

from __future__ import annotations

import logging
import re

REDACTED = "[redacted]"

# YYYYMMDD-NNNN or YYMMDD-NNNN (month 0x or 1x), optional '-', '+' or space before the last four
# (the forms the personnummer field accepts), not part of a longer run of digits.
_ID_NUMBER = re.compile(r"(?<![0-9])(?:(?:18|19|20)[0-9]{2}|[0-9]{2})[01][0-9]{3}[-+ ]?[0-9]{4}(?![0-9])")
# scheme://user:password@host -> scheme://user:***@host
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]+@", re.IGNORECASE)
# password=secret in a libpq connection string or a key=value dump
_KEYWORD_PASSWORD = re.compile(r"(\bpassword\s*=\s*)(?:'[^']*'|\"[^\"]*\"|b'[^']*'|[^\s,)]+)", re.IGNORECASE)


def scrub(text: str) -> str:
    """`text` with personnummer-shaped numbers and passwords replaced."""
    if not text:
        return text
    text = _ID_NUMBER.sub(REDACTED, text)
    text = _URL_PASSWORD.sub(r"\1***@", text)
    return _KEYWORD_PASSWORD.sub(r"\1***", text)


class ScrubFilter(logging.Filter):
    """Scrubs a record's message, arguments and traceback before any handler writes it.

    Installed on handlers (not loggers) so that it also sees records propagated from every
    library's logger. The record is changed in place; scrubbing twice is harmless.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be kept, never lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
            # The text is final; dropping exc_info keeps a later formatter from redoing it raw.
            record.exc_info = None
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True
