"""Random cell contents never crash the importer: every problem is a row error with row and column."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asfdesk.db.engine import make_engine
from asfdesk.db.session import make_session_factory, session_scope
from asfdesk.io.importer import validate_table
from asfdesk.io.mapping import fields_for
from asfdesk.io.readers import Table

cell = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.sampled_from(["=1+1", "'=x", "556016-0680", "ja", "Bollnäs", "-3", "1e9", "\x00", " ", "07O-12"]),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1)),
    st.integers(min_value=5001, max_value=100_000).map(lambda n: "x" * n),
)


@pytest.fixture(scope="module")
def module_sessions(sqlite_template, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("hyp") / "db.sqlite3"
    shutil.copyfile(sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield make_session_factory(engine, user="hypothesis")
    engine.dispose()


@pytest.mark.parametrize("kind", ["enterprises", "partners", "contacts"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_cells_give_row_errors_not_crashes(module_sessions, kind, data):
    specs = fields_for(kind)
    headers = [s.sv for s in specs]
    mapping = [s.key for s in specs]
    if kind == "contacts":  # one owner column at a time, like a real file
        mapping[1] = None
    rows = data.draw(st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers)), max_size=3))
    table = Table(headers, [(n + 2, row) for n, row in enumerate(rows)])
    with session_scope(module_sessions) as session:
        preview = validate_table(session, kind, table, mapping)
        session.rollback()
    assert len(preview.rows) == len(rows)
    for result in preview.rows:
        for error in result.errors:
            assert error.row == result.row
            assert error.column in headers
            assert error.message
