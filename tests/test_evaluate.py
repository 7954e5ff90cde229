"""Evaluation against gold: alignment and scores on small real articles."""

from __future__ import annotations

import json

import pytest

import claimtrace
from claimtrace.errors import InputError
from claimtrace.evaluate import evaluate_corpus
from claimtrace.gold import load_gold

ARTICLE = "Prices rose 3 percent, the bureau said. The rise could hurt families. Rents fell."


def _write(folder, sentences, text=ARTICLE):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    gold = {"article": "a.txt", "beat": "business", "split": "dev", "sentences": sentences}
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def _sentence(text, label, attributions=()):
    return {"text": text, "label": label, "attributions": list(attributions)}


BUREAU_CLAIM = _sentence(
    "Prices rose 3 percent, the bureau said.",
    "sourced_claim",
    [{"source": "the bureau", "named": False, "source_id": "b", "cue": "said"}],
)


def test_perfect_agreement_scores_one(tmp_path):
    _write(
        tmp_path,
        [
            BUREAU_CLAIM,
            _sentence("The rise could hurt families.", "unsourced_opinion"),
            _sentence("Rents fell.", "unsourced_claim"),
        ],
    )
    scores = evaluate_corpus(tmp_path, claimtrace.annotate)["dev"]
    assert scores.sentences == 3 and scores.source_accuracy == 1.0 and scores.named_accuracy == 1.0
    assert scores.macro_f1 == 1.0  # the two labels neither side used do not count as failures
    assert {s.label: s.f1 for s in scores.labels if s.support} == {
        "sourced_claim": 1.0,
        "unsourced_opinion": 1.0,
        "unsourced_claim": 1.0,
    }


def test_disagreement_lowers_precision_and_recall(tmp_path):
    _write(
        tmp_path,
        [
            BUREAU_CLAIM,
            _sentence("The rise could hurt families.", "unsourced_claim"),
            _sentence("Rents fell.", "unsourced_claim"),
        ],
    )
    scores = {s.label: s for s in evaluate_corpus(tmp_path, claimtrace.annotate)["dev"].labels}
    assert scores["unsourced_claim"].precision == 1.0 and scores["unsourced_claim"].recall == 0.5
    assert scores["unsourced_opinion"].precision == 0.0


def test_gold_sentence_missing_from_article_is_one_clear_error(tmp_path):
    _write(tmp_path, [_sentence("This sentence is not there.", "unsourced_claim")])
    with pytest.raises(InputError, match="sentence not found in order"):
        load_gold(tmp_path / "a.gold.json")


def test_gold_part_outside_its_sentence_is_refused(tmp_path):
    _write(
        tmp_path,
        [_sentence("Rents fell.", "unsourced_claim", [{"source": "the bureau", "named": False, "source_id": "b"}])],
    )
    with pytest.raises(InputError, match=r"a.gold.json: .*'the bureau' is not in the sentence 'Rents fell.'"):
        load_gold(tmp_path / "a.gold.json")


def test_a_speaker_sentence_must_be_an_index_not_true_or_false(tmp_path):
    bureau = {"source": "the bureau", "named": False, "source_id": "b", "in_sentence": False}
    _write(tmp_path, [_sentence("Rents fell.", "unsourced_claim", [bureau])])
    with pytest.raises(
        InputError, match=r"a.gold.json: Input should be a valid integer \(at sentences.0.attributions.0.in_sentence\)"
    ):
        load_gold(tmp_path / "a.gold.json")


def test_a_gold_source_is_found_as_a_whole_word(tmp_path):
    text = '"We sold them all," he said.'
    quote = _sentence(text, "sourced_claim", [{"source": "he", "named": True, "source_id": "h", "cue": "said"}])
    _write(tmp_path, [quote], text=text)
    gold = load_gold(tmp_path / "a.gold.json")
    assert gold.part_span(0, gold.gold.sentences[0].attributions[0], "he").start == text.index(" he ") + 1
    assert evaluate_corpus(tmp_path, claimtrace.annotate)["dev"].source_accuracy == 1.0


def test_disagreements_name_each_difference(tmp_path):
    first = "Prices rose 3 percent, the bureau said in a statement on its website."
    text = f"{first} The rise could hurt families. Rents fell."
    bureau = {"source": "the bureau", "named": True, "source_id": "b", "cue": "said", "channel": "a statement"}
    sentences = [
        _sentence(first, "sourced_claim", [bureau]),
        _sentence("The rise could hurt families.", "unsourced_claim"),
        _sentence("Rents fell.", "unsourced_claim"),
    ]
    _write(tmp_path, sentences, text=text)
    dev = evaluate_corpus(tmp_path, claimtrace.annotate, disagreements=True)["dev"]
    assert {(d.sentence, d.measure, d.gold, d.predicted) for d in dev.disagreements} == {
        (0, "named", "named", "vague"),
        (0, "channel", "a statement", "its website"),
        (1, "label", "unsourced_claim", "unsourced_opinion"),
    }
    assert {d.article for d in dev.disagreements} == {"a"}
    assert evaluate_corpus(tmp_path, claimtrace.annotate)["dev"].disagreements == []
