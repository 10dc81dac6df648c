"""`asfdesk gdpr …`: being written (see the open issues)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Not registered yet."""
