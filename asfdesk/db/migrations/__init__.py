"""Alembic revisions of the schema (versions/) and their environment (env.py).

HEAD is the newest revision, stated here so that an ordinary start compares it with the one
stored in the database without loading Alembic. Change it with every new revision;
tests/test_migrations.py fails when it differs from what Alembic computes.
"""

HEAD = "0007"
