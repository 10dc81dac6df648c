"""`asfdesk import`: exit codes, --valid-only, --dry-run and --on-duplicate."""

from __future__ import annotations

from sqlalchemy import func, select

from asfdesk.cli import main
from asfdesk.db.models import Enterprise
from asfdesk.db.session import session_scope
from tests.data.helpers import org_number


def _count(sessions) -> int:
    with session_scope(sessions) as s:
        return s.scalar(select(func.count(Enterprise.id)))


def _file(tmp_path):
    path = tmp_path / "import.csv"
    path.write_text(
        "Namn;Organisationsnummer;E-post\n"
        f"Första AB;{org_number(1)};forsta@example.se\n"
        f"Andra AB;{org_number(2)};inte-en-adress\n"
        f"Tredje AB;{org_number(3)};\n",
        encoding="utf-8",
    )
    return path


def test_any_invalid_row_exits_1_and_imports_nothing(sessions, db_url, tmp_path, capsys):
    assert main(["--database", db_url, "import", "enterprises", str(_file(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert "row 3, E-post: 'inte-en-adress' is not a valid e-mail address" in out
    assert "Nothing was imported." in out
    assert _count(sessions) == 0


def test_valid_only_imports_the_valid_rows(sessions, db_url, tmp_path, capsys):
    assert main(["--database", db_url, "import", "enterprises", str(_file(tmp_path)), "--valid-only"]) == 0
    assert "2 created" in capsys.readouterr().out
    with session_scope(sessions) as s:
        assert sorted(s.scalars(select(Enterprise.name))) == ["Första AB", "Tredje AB"]


def test_dry_run_imports_nothing(sessions, db_url, tmp_path, capsys):
    args = ["--database", db_url, "import", "enterprises", str(_file(tmp_path)), "--dry-run", "--valid-only"]
    assert main(args) == 0
    assert "Dry run" in capsys.readouterr().out
    assert _count(sessions) == 0


def test_on_duplicate_update(sessions, db_url, tmp_path, capsys):
    path = tmp_path / "a.csv"
    path.write_text(f"Namn;Orgnr;Anställda\nEtt AB;{org_number(5)};3\n", encoding="utf-8")
    assert main(["--database", db_url, "import", "enterprises", str(path)]) == 0
    path.write_text(f"Namn;Orgnr;Anställda\nEtt AB;{org_number(5)};9\n", encoding="utf-8")
    assert main(["--database", db_url, "import", "enterprises", str(path)]) == 0
    assert "1 skipped" in capsys.readouterr().out
    assert main(["--database", db_url, "import", "enterprises", str(path), "--on-duplicate", "update"]) == 0
    with session_scope(sessions) as s:
        assert s.scalar(select(Enterprise.employees)) == 9
    assert _count(sessions) == 1


def test_swedish_cli_output(sessions, db_url, tmp_path, capsys):
    assert main(["--lang", "sv", "--database", db_url, "import", "enterprises", str(_file(tmp_path))]) == 1
    out = capsys.readouterr().out
    assert "rad 3, E-post: 'inte-en-adress' är inte en giltig e-postadress" in out
    assert "Inget importerades." in out
