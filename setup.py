"""Build glue that pyproject.toml cannot express; all metadata lives there.

It does two things:

1. Ships the top-level `resources/` folder as the package `asfdesk_resources`. The folder stays at
   the top of the repository because translators, the geodata import and the icon set work on it
   there, and it must not become a symlink (Windows checkouts). pyproject.toml cannot combine package
   discovery (`packages.find`) with a package whose folder has another name; listing every
   `asfdesk.*` package by hand there would break the day someone adds one.
2. Compiles the Qt translations (`*.ts` -> `*.qm`) into the build, so a wheel built from a clean
   clone carries them (`*.qm` is build output and git-ignored). PySide6-Essentials, which has
   lrelease, is therefore a build requirement. An editable install compiles them in place.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES_PACKAGE = "asfdesk_resources"
DATA_FOLDERS = find_namespace_packages(where=str(ROOT / "resources"), exclude=["*__pycache__*"])


class BuildPyWithTranslations(build_py):
    """build_py, then lrelease over the copied .ts files (or the source folder when editable)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            folder = ROOT / "resources" / "translations"
        else:
            folder = Path(self.build_lib) / RESOURCES_PACKAGE / "translations"
        sys.path.insert(0, str(ROOT))  # the tree being built, not an installed asfdesk
        try:
            from asfdesk.tools.build_translations import compile_all
        finally:
            sys.path.remove(str(ROOT))
        compile_all(folder, force=not self.editable_mode)  # a build starts from the .ts files
        missing = [ts.name for ts in folder.glob("*.ts") if not ts.with_suffix(".qm").is_file()]
        if missing:  # a wheel without them shows English menus over Swedish data
            raise SystemExit(f"lrelease did not compile: {', '.join(sorted(missing))}")


setup(
    packages=[
        *find_packages(include=["asfdesk", "asfdesk.*"]),
        RESOURCES_PACKAGE,
        # Its data folders (icons, geodata, translations) are namespace packages to setuptools.
        *(f"{RESOURCES_PACKAGE}.{name}" for name in DATA_FOLDERS),
    ],
    package_dir={RESOURCES_PACKAGE: "resources"},
    cmdclass={"build_py": BuildPyWithTranslations},
)
