"""Write files that hold personal data: 0600 from the first byte, and never left half-written.

The data goes to a hidden temporary file in the target's folder, created with mode 0600 by
os.open (so no other user can open it even for a moment), and is moved onto the target with
os.replace only when complete. A failure removes the temporary file: no partial export with
names in it stays on disk, and a file that was already there is left as it was.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

PRIVATE_MODE = 0o600


def _temporary_name(path: Path) -> Path:
    # Keeps the suffix, so code that picks the format by suffix works on the temporary file too.
    return path.with_name(f".{path.stem}.{secrets.token_hex(4)}.part{path.suffix}")


@contextmanager
def private_output(path: Path | str) -> Iterator[Path]:
    """Yield a 0600 temporary path next to `path`; on success it replaces `path`, else it is removed."""
    path = Path(path)
    temporary = _temporary_name(path)
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE))
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def open_private(path: Path | str) -> Iterator[BinaryIO]:
    """A binary file handle for `path`, with the guarantees of `private_output`."""
    with private_output(path) as temporary:
        fd = os.open(temporary, os.O_WRONLY | os.O_TRUNC, PRIVATE_MODE)
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())


def write_private_bytes(path: Path | str, data: bytes) -> None:
    """`path.write_bytes(data)` for personal data: 0600, complete or absent."""
    with open_private(path) as fh:
        fh.write(data)
