"""Locate shipped resources whether running from a checkout or an installed wheel."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The `resources/` folder: icons, translations and reference data."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("asfdesk_resources")))


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
