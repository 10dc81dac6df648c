"""The wheel is the product: built from a clean copy of the tree, installed, it opens in Swedish.

How it stays fast and offline:
- The source is what `git ls-files --cached --others --exclude-standard` lists (tracked files plus
  new ones, read from the working tree, so uncommitted work is tested), copied to a temp folder:
  no `.qm`, no build/ left-overs, exactly what a clean clone would hold.
- `pip wheel --no-build-isolation --no-index` uses this interpreter's setuptools and PySide6 (both
  in the `test` extra) instead of downloading the build requirements again.
- The wheel goes into a fresh venv (`--without-pip`, installed with `pip --python`) before that venv
  can see anything else. Only then does a `.pth` file add this environment's site-packages, so the
  dependencies resolve without a download. A `.pth` adds plain folders: the `.pth` files inside
  them (this checkout's editable-install hook) are not run, so the checkout stays invisible, and
  the test checks that `asfdesk` really comes from the fresh venv.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

import asfdesk

ROOT = Path(__file__).resolve().parent.parent
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Runs in the fresh venv: the real command line (`asfdesk --lang sv --database URL`) with a timer
# that reads what the user sees once the window is up, then quits the event loop.
APP_SCRIPT = r"""
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
seen = {}

def inspect():
    try:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        seen["windows"] = len(windows)
        window = windows[0]
        seen["menus"] = [action.text().replace("&", "") for action in window.menuBar().actions()]
        seen["headers"] = sorted({
            str(table.model().headerData(column, Qt.Orientation.Horizontal))
            for table in window.findChildren(QTableView) if table.model() is not None
            for column in range(table.model().columnCount())
        })
    finally:
        app.quit()

QTimer.singleShot(0, inspect)

import asfdesk
from asfdesk.cli import main
from asfdesk.paths import resource_dir

seen["exit_code"] = main(["--lang", "sv", "--database", sys.argv[1]])
seen["package"] = asfdesk.__file__
seen["resources"] = str(resource_dir())
print("RESULT " + json.dumps(seen))
"""


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, f"{' '.join(args[:3])[:200]} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _copy_clean_tree(dst: Path) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("the wheel test copies the tree with `git ls-files`: it needs git and a clone")
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is gone from the product
            target = dst / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def _site_folders() -> list[str]:
    """Where this interpreter's packages are (the venv's, plus the system's if it shares them)."""
    paths = sysconfig.get_paths()
    found = [paths["purelib"], paths["platlib"], *site.getsitepackages()]
    return [p for p in dict.fromkeys(found) if Path(p).is_dir()]


def _purelib(python: Path) -> Path:
    out = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout
    return Path(out.strip())


def test_build_requirements_pin_the_runtime_pyside6():
    """The lrelease used in the build must come from the PySide6 the app runs on."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = next(d for d in project["project"]["dependencies"] if re.match(r"PySide6\b(?!-)", d))
    build = next(d for d in project["build-system"]["requires"] if d.startswith("PySide6"))
    assert build.removeprefix("PySide6-Essentials") == runtime.removeprefix("PySide6")
    assert "version" in project["project"]["dynamic"] and "version" not in project["project"]


@pytest.mark.slow
def test_wheel_from_a_clean_tree_installs_and_opens_in_swedish(tmp_path):
    src, dist, venv = tmp_path / "src", tmp_path / "dist", tmp_path / "venv"
    _copy_clean_tree(src)
    ts_files = sorted((src / "resources" / "translations").glob("*.ts"))
    assert ts_files and not list(src.rglob("*.qm")), "a clean tree has .ts sources and no .qm"

    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-index", "--no-build-isolation",
          "-w", str(dist), str(src)])  # fmt: skip
    (wheel,) = dist.glob("asfdesk-*.whl")
    assert wheel.name.startswith(f"asfdesk-{asfdesk.__version__}-")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert not {n.split("/")[0] for n in names} & {"resources", "tests", "benchmarks", "build"}
        for ts in ts_files:
            qm = f"asfdesk_resources/translations/{ts.stem}.qm"
            assert qm in names, f"{qm} missing: the build must compile every .ts"
            assert archive.read(qm).startswith(QM_MAGIC)
        licence = next(n for n in names if re.fullmatch(r"asfdesk-[^/]+\.dist-info/licenses/LICENSE", n))
        assert archive.read(licence).decode() == (ROOT / "LICENSE").read_text(encoding="utf-8")
        assert "MIT License" in archive.read(licence).decode()
        for folder, pattern in (("geodata", "*.csv"), ("geodata", "LICENSE"), ("icons", "*.svg")):
            shipped = sorted((src / "resources" / folder).glob(pattern))
            assert shipped
            for path in shipped:
                assert f"asfdesk_resources/{folder}/{path.name}" in names
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert re.search(r"^Requires-Dist: keyring\b", metadata, re.MULTILINE)
    assert re.search(r"^License-Expression: MIT\b", metadata, re.MULTILINE)

    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index",
          str(wheel)])  # fmt: skip
    purelib = _purelib(python)
    (purelib / "_asfdesk_test_dependencies.pth").write_text("\n".join(_site_folders()) + "\n")
    # A stranger's `resources/` folder next to the installed package must not be read.
    decoy = purelib / "resources"
    for sub in ("translations", "geodata", "icons"):
        (decoy / sub).mkdir(parents=True)
    (decoy / "__init__.py").write_text("")
    (decoy / "translations" / "asfdesk_sv.qm").write_bytes(b"not a translation")

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), LANG="C.UTF-8", LC_ALL="C.UTF-8")  # fmt: skip
    database = f"sqlite:///{tmp_path / 'wheel.sqlite3'}"
    result = subprocess.run([str(python), "-I", "-c", APP_SCRIPT, database], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    logs = "\n".join(p.read_text(errors="replace")[-5000:] for p in (tmp_path / "state").rglob("*.log"))
    assert result.returncode == 0, f"the installed app failed:\n{result.stdout}\n{result.stderr}\n{logs}"
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    seen = json.loads(line.removeprefix("RESULT "))

    assert seen["exit_code"] == 0 and seen["windows"] == 1
    assert Path(seen["package"]).is_relative_to(purelib), "asfdesk must come from the wheel"
    assert Path(seen["resources"]) == purelib / "asfdesk_resources"
    assert seen["menus"][0] == "Arkiv", seen["menus"]
    assert "File" not in seen["menus"] and "Help" not in seen["menus"]
    # Swedish column headers of the start view (Översikt's follow-ups) or of a list.
    assert {"Namn", "Kommun", "Företag", "Arbetssökande"} & set(seen["headers"]), seen["headers"]
    assert not {"Name", "Enterprise", "Jobseeker"} & set(seen["headers"]), seen["headers"]
    assert not {"Name", "Municipality"} & set(seen["headers"]), seen["headers"]
