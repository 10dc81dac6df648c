"""Schema mismatch errors, in a module light enough for the CLI to import at start."""


class SchemaError(RuntimeError):
    """The database schema does not match this version of the app."""


class SchemaBehindError(SchemaError):
    """A shared database needs `asfdesk db upgrade` by an administrator."""


class SchemaTooNewError(SchemaError):
    """The database was migrated by a newer asfdesk than this one."""
