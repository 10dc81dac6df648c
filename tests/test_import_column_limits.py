"""Issue 8 §12: length and range limits come from the columns, for every model and every field.

Whatever a validator lets through must fit its column, so no String(n) attribute can hold more
than n characters, no Integer attribute a number PostgreSQL's integer cannot, and no text a NUL.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Integer, String

from asfdesk.db.base import Base
from asfdesk.db.models import Enterprise
from asfdesk.db.models._fields import column_limits, max_length
from asfdesk.domain.errors import ValidationError

COLUMNS = [
    (mapper.class_, attr.key, attr.columns[0].type)
    for mapper in Base.registry.mappers
    for attr in mapper.column_attrs
    if isinstance(attr.columns[0].type, String | Integer) and not attr.columns[0].primary_key
]


def _set(obj, key, value) -> bool:
    try:
        setattr(obj, key, value)
    except (ValidationError, ValueError, LookupError):
        return False
    return True


@pytest.mark.parametrize(
    ("model", "key", "column_type"), COLUMNS, ids=lambda v: getattr(v, "__name__", str(v))
)
def test_no_attribute_can_hold_what_its_column_cannot(model, key, column_type):
    obj = model()
    if isinstance(column_type, String):
        length = column_type.length
        if length is not None:
            assert not _set(obj, key, "7" * (length + 1))
            assert not _set(obj, key, "a" + "b" * length)
        assert not _set(obj, key, "ett\x00tva")
    else:
        assert not _set(obj, key, 2**31)
        assert not _set(obj, key, 10**23)
        assert not _set(obj, key, -(2**31) - 1)
    value = getattr(obj, key, None)
    if isinstance(value, str) and column_type.length is not None:
        assert len(value) <= column_type.length


def test_limits_are_read_from_the_columns():
    assert max_length(Enterprise, "city") == Enterprise.__table__.c.city.type.length == 100
    assert max_length(Enterprise, "website") == 300
    assert column_limits(Enterprise)["employees"].high == 2**31 - 1


def test_values_at_the_limit_are_accepted():
    enterprise = Enterprise(name="N" * 200, city="Å" * 100, employees=2**31 - 1)
    assert (len(enterprise.name), len(enterprise.city), enterprise.employees) == (200, 100, 2**31 - 1)
