"""Writes finished output: to standard output, or to a file atomically.

A file is written to a temporary sibling and renamed into place only when all
of it is written, so an interrupted run never leaves a half-written report;
batches still stream into the temporary file as results come.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .errors import OutputError


@contextmanager
def output_stream(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or an atomic file at `path`."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_file(path) as file:
        yield file


def write_output(text: str, path: Path | None) -> None:
    with output_stream(path) as stream:
        stream.write(text)


def write_atomically(path: Path, text: str) -> None:
    with atomic_file(path) as file:
        file.write(text)


@contextmanager
def atomic_file(path: Path) -> Iterator[TextIO]:
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"{path}: cannot write here ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write ({error.strerror or error})") from None
        raise
