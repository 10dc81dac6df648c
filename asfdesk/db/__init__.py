"""Persistence: models, engine, sessions, migrations and queries."""
