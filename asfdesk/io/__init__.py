"""Import and export: spreadsheet/CSV readers and writers, iCalendar and vCard, the importer."""
