"""Use-case functions the UI and CLI call: saving, deleting, logging access. No Qt here."""
