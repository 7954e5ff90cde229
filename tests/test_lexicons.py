"""A newsroom's own lexicon folder ($CLAIMTRACE_LEXICONS) extends the rules without touching code."""

from __future__ import annotations

import json

import pytest

import claimtrace
from claimtrace.errors import InputError
from claimtrace.lexicon import load_resource
from claimtrace.pipeline import LEXICONS_ENV

SENTENCE = "The election brought a seismic shift in voting."


def test_an_entry_in_the_folder_replaces_the_bundled_one(tmp_path, monkeypatch):
    opinion = load_resource("markers")["opinion"]
    own = {"opinion": {**opinion, "phrases": [*opinion["phrases"], "seismic"]}}
    (tmp_path / "markers.json").write_text(json.dumps(own), encoding="utf-8")
    assert claimtrace.annotate(SENTENCE).sentences[0].label == "unsourced_claim"
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path))
    assert claimtrace.annotate(SENTENCE).sentences[0].label == "unsourced_opinion"
    assert load_resource("markers", str(tmp_path))["hedges"] == load_resource("markers")["hedges"]


def test_caveat_verbs_written_before_the_newer_lists_still_work(tmp_path, monkeypatch):
    older = {
        k: v for k, v in load_resource("markers")["caveat_verbs"].items() if not k.startswith(("checked", "contested"))
    }
    (tmp_path / "markers.json").write_text(json.dumps({"caveat_verbs": older}), encoding="utf-8")
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path))
    assert claimtrace.annotate("That claim could not be checked.").sentences[0].label == "verification_caveat"


@pytest.mark.parametrize(
    ("resource", "entry", "newer"),
    [
        ("cues", "figure_objects", "findings"),
        ("cues", "verbs_needing_preposition", "with_a_figure"),
        ("markers", "characterisation", "trend_verbs"),
        ("markers", "forecast_agents", "reactions"),
        ("markers", "investigated", "unknown"),
        ("markers", "open_questions", "causes"),
        ("cues", "record_findings", "researchers"),
        ("markers", "guidance", "outcome_known"),
        ("markers", "withheld", "unsaid_by_any"),
        ("markers", "caveat_verbs", "topics"),
    ],
)
def test_entries_written_before_their_newer_lists_still_work(tmp_path, monkeypatch, resource, entry, newer):
    older = {k: v for k, v in load_resource(resource)[entry].items() if k != newer}
    (tmp_path / f"{resource}.json").write_text(json.dumps({entry: older}), encoding="utf-8")
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path))
    assert claimtrace.annotate("Barclays reported a 12 percent rise in profit.").sentences[0].label == "sourced_claim"


def test_a_missing_folder_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path / "nowhere"))
    with pytest.raises(InputError, match="no such folder of lexicon files"):
        claimtrace.annotate(SENTENCE)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"], ids=["broken", "not-an-object"])
def test_an_unreadable_lexicon_file_is_one_clear_error(tmp_path, content):
    (tmp_path / "cues.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="cues.json"):
        load_resource("cues", str(tmp_path))
