"""A progress bar on standard error for long batches, so standard output stays clean for JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")
MIN_FILES = 4
"""Fewer files than this finish before a bar would help."""


def with_progress(items: Iterable[T], total: int, description: str = "annotating") -> Iterator[T]:
    console = Console(stderr=True)
    if total < MIN_FILES or not console.is_terminal:
        yield from items
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=total)
        for item in items:
            yield item
            progress.advance(task)
