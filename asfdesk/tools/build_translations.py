"""Compile resources/translations/*.ts into .qm files with PySide6's lrelease.

Run by `make run`, `make test` and the wheel build; the .qm files are build output.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from asfdesk.paths import resource_path


def lrelease_command() -> list[str]:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(exe).is_file():  # PySide6 importable without its scripts (a build env, a .pth, Windows)
        return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]
    return [exe]


def compile_all(folder: Path, force: bool = False) -> list[Path]:
    """Compile every .ts in `folder` to a .qm next to it (skipping up-to-date ones unless `force`)."""
    written = []
    for ts in sorted(Path(folder).glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # lrelease writes in place; build beside and rename so readers never see half a file.
            partial = qm.with_name(f".{qm.name}.partial")
            subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(partial)], check=True)
            partial.replace(qm)
        written.append(qm)
    return written


def main() -> int:
    compile_all(resource_path("translations"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
