"""Batches: order kept, bad files skipped and reported, same output with any number of workers."""

from __future__ import annotations

import shutil

import pytest

from claimtrace.batch import annotate_paths, expand_paths
from conftest import CORPUS


@pytest.fixture
def folder(tmp_path):
    for name in ("dimitrov.txt", "measles.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
    nested = tmp_path / "desk" / "drafts"
    nested.mkdir(parents=True)
    shutil.copy(CORPUS / "chipmaker.txt", nested / "chipmaker.txt")
    (nested / "notes.json").write_text("{}")
    (tmp_path / "broken.txt").write_bytes(bytes(range(256)))
    return tmp_path


def test_expand_folders_recursively_and_globs(folder):
    found = expand_paths([str(folder)])
    assert [p.removeprefix(str(folder) + "/") for p in found] == [
        "broken.txt",
        "desk/drafts/chipmaker.txt",
        "dimitrov.txt",
        "measles.txt",
    ]
    assert expand_paths([str(folder / "*.txt")]) == [
        str(folder / n) for n in ("broken.txt", "dimitrov.txt", "measles.txt")
    ]


def test_bad_files_are_reported_in_place_and_the_rest_annotated(folder):
    paths = [
        str(folder / "dimitrov.txt"),
        str(folder / "missing.txt"),
        str(folder / "broken.txt"),
        str(folder / "measles.txt"),
    ]
    items = list(annotate_paths(paths))
    assert [i.name for i in items] == paths
    assert [i.report is not None for i in items] == [True, False, False, True]
    assert items[1].error == f"{paths[1]}: no such file"
    assert items[2].error == f"{paths[2]}: looks like binary data, not text"
    assert len(items[3].report.sentences) == 11


def test_two_workers_give_byte_identical_reports(folder):
    paths = expand_paths([str(folder)])
    one = [i.report.model_dump_json() if i.report else i.error for i in annotate_paths(paths, workers=1)]
    two = [i.report.model_dump_json() if i.report else i.error for i in annotate_paths(paths, workers=2, batch_size=1)]
    assert one == two


def test_spawned_workers_when_threads_run_give_the_same_reports(folder, monkeypatch):
    """With other threads alive, workers are spawned rather than forked; the reports must not change."""
    paths = expand_paths([str(folder)])
    forked = [
        i.report.model_dump_json() if i.report else i.error for i in annotate_paths(paths, workers=2, batch_size=1)
    ]
    monkeypatch.setattr("claimtrace.batch.threading.active_count", lambda: 2)
    spawned = [
        i.report.model_dump_json() if i.report else i.error for i in annotate_paths(paths, workers=2, batch_size=1)
    ]
    assert spawned == forked
