"""Results from workers can arrive after the widget that asked for them was closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid


def if_alive(owner: QObject, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a worker callback so it does nothing once `owner` (a Qt object) has been deleted."""

    def call(*args: Any) -> Any:
        if isValid(owner):
            return fn(*args)
        return None

    return call
