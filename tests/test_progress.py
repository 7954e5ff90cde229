"""The progress bar: drawn on standard error for long batches on a terminal, never in the way of the items."""

from __future__ import annotations

from io import StringIO

from rich.console import Console

from claimtrace import progress


def _terminal(monkeypatch) -> StringIO:
    screen = StringIO()
    monkeypatch.setattr(progress, "Console", lambda stderr: Console(file=screen, force_terminal=True, width=80))
    return screen


def test_a_long_batch_on_a_terminal_shows_a_bar(monkeypatch):
    screen = _terminal(monkeypatch)
    assert list(progress.with_progress(iter(range(10)), total=10)) == list(range(10))
    assert "annotating" in screen.getvalue() and "10/10" in screen.getvalue()


def test_a_short_batch_shows_nothing(monkeypatch):
    screen = _terminal(monkeypatch)
    assert list(progress.with_progress(iter(range(3)), total=3)) == [0, 1, 2]
    assert screen.getvalue() == ""
