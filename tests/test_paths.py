"""Resources come from the `asfdesk_resources` package, never from a stray `resources/` folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from asfdesk import paths
from asfdesk.paths import resource_dir, resource_path

SOURCE = Path(paths.__file__)
PROBE = "from asfdesk.paths import resource_dir; print(resource_dir())"


def _probe(folder: Path) -> subprocess.CompletedProcess:
    """Ask a bare interpreter (no site, no editable hook) with only `folder` on its path."""
    return subprocess.run(
        [sys.executable, "-I", "-S", "-c", f"import sys; sys.path.insert(0, {str(folder)!r}); {PROBE}"],
        capture_output=True, text=True, cwd=folder, timeout=60,
    )  # fmt: skip


def _package(folder: Path) -> None:
    (folder / "asfdesk").mkdir(parents=True)
    (folder / "asfdesk" / "__init__.py").write_text("")
    shutil.copy(SOURCE, folder / "asfdesk" / "paths.py")


def test_the_checkout_reads_the_resources_package():
    assert resource_dir() == Path(str(resources.files("asfdesk_resources")))
    for name in ("translations", "icons", "geodata"):
        assert resource_path(name).is_dir()


def test_a_resources_folder_next_to_the_installed_package_is_ignored(tmp_path):
    site = tmp_path / "site-packages"
    _package(site)
    (site / "asfdesk_resources").mkdir()
    (site / "asfdesk_resources" / "__init__.py").write_text("")
    (site / "resources" / "translations").mkdir(parents=True)  # somebody else's folder
    result = _probe(site)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == site / "asfdesk_resources"


def test_an_uninstalled_source_tree_uses_its_own_folder(tmp_path):
    _package(tmp_path)
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "__init__.py").write_text("")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'asfdesk'\n")
    result = _probe(tmp_path)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == tmp_path / "resources"


def test_without_the_package_or_a_source_tree_it_says_so(tmp_path):
    _package(tmp_path)
    (tmp_path / "resources").mkdir()  # not a source tree: no pyproject.toml
    (tmp_path / "resources" / "__init__.py").write_text("")
    result = _probe(tmp_path)
    assert result.returncode != 0
    assert "ModuleNotFoundError" in result.stderr and "asfdesk_resources" in result.stderr
