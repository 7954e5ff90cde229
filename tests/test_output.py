"""Atomic output: an interrupted write leaves the old file (or none), never half a report."""

from __future__ import annotations

import os

import pytest

from claimtrace.errors import OutputError
from claimtrace.output import write_atomically


def test_writes_the_whole_text(tmp_path):
    path = tmp_path / "report.json"
    write_atomically(path, '{"sentences": []}')
    assert path.read_text() == '{"sentences": []}'
    assert os.listdir(tmp_path) == ["report.json"]


def test_interrupted_write_keeps_the_old_report(tmp_path, monkeypatch):
    path = tmp_path / "report.json"
    path.write_text("old report")

    def interrupted(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, "new report")
    assert path.read_text() == "old report"
    assert os.listdir(tmp_path) == ["report.json"]


def test_unwritable_place_is_one_line(tmp_path):
    with pytest.raises(OutputError, match="cannot write"):
        write_atomically(tmp_path / "missing-folder" / "report.json", "text")
