"""Domain rules and validation. No Qt and no SQL here."""
