"""Locate shipped resources (icons, translations, reference data) in the package that ships them.

They are the package `asfdesk_resources`: the top-level `resources/` folder, which setup.py maps to
that name in the wheel and in an editable install (`pip install -e .`). An installed app reads only
that package. A folder merely called `resources` next to the installed package is never used:
site-packages is shared with every other distribution, and one of them may well ship such a folder.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE = "asfdesk_resources"


def resource_dir() -> Path:
    """The folder of the `asfdesk_resources` package.

    Only a source tree that is not installed at all (run with PYTHONPATH=.) falls back to its own
    `resources/` folder, recognised by the pyproject.toml and the package marker beside it.
    """
    try:
        return Path(str(resources.files(PACKAGE)))
    except ModuleNotFoundError:
        root = Path(__file__).resolve().parent.parent
        checkout = root / "resources"
        if (root / "pyproject.toml").is_file() and (checkout / "__init__.py").is_file():
            return checkout
        raise


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
