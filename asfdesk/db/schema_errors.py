"""Why a database can't be used as it is, in a module light enough for the CLI to import at start.

`asfdesk.db.faults` classifies these as REFUSED: the message says what is wrong and what to do,
and no bug report is offered.
"""


class SchemaError(RuntimeError):
    """The database can't be used by this version of the app as it is (schema or file)."""


class SchemaBehindError(SchemaError):
    """A shared database needs `asfdesk db upgrade` by an administrator."""


class SchemaTooNewError(SchemaError):
    """The database was migrated by a newer asfdesk than this one."""


class DamagedDatabaseError(SchemaError):
    """The file is damaged or is not an asfdesk database (random bytes, truncated, a text file).

    The environment's fault, not a bug: the message names the newest backup next to the file.
    """


class BackupError(SchemaError):
    """A backup could not be written soundly (target exists, copy failed its integrity check)."""
