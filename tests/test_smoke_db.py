from sqlalchemy import func, select

from asfdesk.db.models import Enterprise, Municipality


def test_demo_loads_on_each_backend(demo_sessions):
    with demo_sessions() as s:
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 7
        assert s.scalar(select(func.count()).select_from(Municipality)) == 290
