"""`claimtrace train`: the wording model learnt from gold, and the bundled one reproducible from the corpus."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

import claimtrace
from claimtrace.cli import app
from claimtrace.errors import InputError
from claimtrace.lexicon import load_resource
from claimtrace.pipeline import LEXICONS_ENV
from claimtrace.training import train_wording
from conftest import CORPUS

ARTICLES = ("bookshop_chain_closures", "brewer_takeover_talks", "copper_mine")
"""Three dev articles with both claims and opinions."""


def copy_articles(folder, names=ARTICLES):
    folder.mkdir()
    for name in names:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", folder / f"{name}{suffix}")
    return folder


def test_the_bundled_model_is_what_the_dev_split_teaches(nlp):
    """Fails when a rule change alters what the model reads: retrain with
    `claimtrace train corpus -o claimtrace/resources/wording.json`."""
    trained, bundled = train_wording(CORPUS, nlp), load_resource("wording")
    assert trained["trained_on"] == bundled["trained_on"] and trained["overrule"] == bundled["overrule"]
    assert trained["weights"].keys() == bundled["weights"].keys()
    assert all(abs(trained["weights"][f] - w) < 1e-3 for f, w in bundled["weights"].items())


def test_a_newsroom_trains_on_its_own_articles_and_uses_the_model(tmp_path, monkeypatch):
    folder = copy_articles(tmp_path / "ours")
    (tmp_path / "lexicons").mkdir()
    result = CliRunner().invoke(app, ["train", str(folder), "-o", str(tmp_path / "lexicons" / "wording.json")])
    assert result.exit_code == 0, result.output
    model = json.loads((tmp_path / "lexicons" / "wording.json").read_text(encoding="utf-8"))
    assert model["trained_on"]["split"] == "dev" and 0 < model["trained_on"]["opinions"] < 40
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path / "lexicons"))
    assert claimtrace.load_pipeline().get_pipe("claimtrace_wording").model["weights"] == model["weights"]


def test_the_test_split_is_never_read_unless_asked(nlp, tmp_path):
    folder = copy_articles(tmp_path / "held_out", ["appeals_ruling"])
    assert '"split": "test"' in (folder / "appeals_ruling.gold.json").read_text(encoding="utf-8")
    with pytest.raises(InputError, match="needs both claims and opinions"):
        train_wording(folder, nlp)
