"""Qt widgets, windows, dialogs and item models. Talks to the database only via asfdesk.db."""
