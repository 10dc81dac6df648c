"""qtmodeltester on every item model of the profile windows, plus their paging behaviour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from asfdesk.db.models import Referral
from asfdesk.db.session import session_scope
from asfdesk.domain.enums import ParticipantStatus, ReferralKind, ReferralStatus
from asfdesk.ui.profiles.participants import STATUS, ParticipantsModel
from asfdesk.ui.profiles.related import PagedRowsModel


def _rows(n: int):
    return [(i, f"Person {i}", ReferralKind.WORK_TRAINING, ReferralStatus.DRAFT, None) for i in range(n)]


def test_paged_rows_model_passes_qtmodeltester(qtmodeltester):
    data = _rows(250)
    calls = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        return data[offset : offset + limit]

    model = PagedRowsModel(["Name", "Kind", "Status", "Date"], fetch, page_size=100)
    assert model.rowCount() == 0 and calls == []  # nothing read before reload()
    model.reload()
    assert model.rowCount() == 100
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert calls[:3] == [(0, 100), (100, 100), (200, 100)]
    assert model.index(1, 1).data() == "Work training"
    assert model.record_id(42) == 42
    qtmodeltester.check(model)


def test_paged_rows_model_on_real_referrals(demo_sessions, qtmodeltester):
    from asfdesk.db.queries import profiles as q

    def fetch(offset, limit):
        with session_scope(demo_sessions) as s:
            return q.enterprise_referrals(s, 1, offset, limit)

    model = PagedRowsModel(["Jobseeker", "Kind", "Status", "Referred", "Start", "End"], fetch, page_size=1)
    model.reload()
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    with session_scope(demo_sessions) as s:
        assert model.rowCount() == s.query(Referral).filter_by(enterprise_id=1).count() == 2
        assert model.rowCount() == q.count_enterprise_referrals(s, 1)


def test_participants_model_passes_qtmodeltester(qtmodeltester):
    model = ParticipantsModel()
    model.add("contact", 1, "Anna Lindqvist", "Kilafix")
    model.add("consultant", 2, "Helena Strand", "")
    assert not model.add("contact", 1, "Anna Lindqvist", "Kilafix")  # no duplicates
    qtmodeltester.check(model)
    index = model.index(1, STATUS)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "attended")
    assert not model.setData(index, "sleeping")
    assert model.rows[1]["status"] == ParticipantStatus.ATTENDED
    assert model.registered() == 1
    model.remove(0)
    qtmodeltester.check(model)
    assert [r["name"] for r in model.rows] == ["Helena Strand"]


def test_a_list_that_cannot_be_read_says_so_and_tries_again(qtbot):
    import psycopg
    from sqlalchemy.exc import OperationalError

    from asfdesk.ui.profiles.related import RelatedList

    attempts = []

    def fetch(offset, limit):
        attempts.append(offset)
        if len(attempts) == 1:
            lost = psycopg.OperationalError("server closed the connection unexpectedly")
            raise OperationalError("SELECT", {}, lost)
        return _rows(3)

    related = RelatedList(PagedRowsModel(["Name", "Kind", "Status", "Date"], fetch), "Nothing here.")
    qtbot.addWidget(related)
    with qtbot.waitSignal(related.model.failed):
        related.ensure_loaded()
    assert related.model.rowCount() == 0
    assert "could not be read" in related.empty.text()
    assert "connection to the database was lost" in related.empty.text()
    related.ensure_loaded()  # e.g. the tab is shown again
    qtbot.waitUntil(lambda: related.model.rowCount() == 3)
    assert related.empty.isHidden()
