"""Compile resources/translations/*.ts into .qm files with PySide6's lrelease.

Run by `make run` and `make test`; the .qm files are build output and not committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from asfdesk.paths import resource_path


def lrelease_command() -> list[str]:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return [exe]


def main() -> int:
    folder = resource_path("translations")
    sources = sorted(folder.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
