"""claimtrace_wording: the wording model's second reading of claim against opinion, on real sentences."""

from __future__ import annotations

import json

import pytest
import spacy

import claimtrace
from claimtrace.components.extensions import content_sentences
from claimtrace.components.wording import WordingReader, pipeline_id, wording_features
from claimtrace.errors import InputError
from claimtrace.pipeline import LEXICONS_ENV

WORDING = "claimtrace_wording"


def rules_alone(nlp, text: str) -> str:
    with nlp.select_pipes(disable=[WORDING]):
        (sentence,) = content_sentences(nlp(text))
    return sentence._.claim_label


@pytest.mark.parametrize(
    ("text", "rules", "label"),
    [
        # a generalisation with no evaluative word (cycling_team_doping_rumours_draft)
        (
            "Cycling's long history of doping means that every exceptional performance is now met with suspicion.",
            "unsourced_claim",
            "unsourced_opinion",
        ),
        # a minister's account of where things stand (copper_mine)
        (
            "Commerce minister Julio Moltó told reporters on Thursday that no decision had been taken and that "
            "any deal would need the approval of parliament.",
            "analyst_opinion",
            "sourced_claim",
        ),
        # a hedged comparison of bids (council_contract_draft)
        ("Two other bidders were reportedly cheaper.", "unsourced_opinion", "unsourced_claim"),
    ],
    ids=["generalisation", "minister-account", "hedged-comparison"],
)
def test_the_model_overrules_the_rules_where_the_gold_does(nlp, text, rules, label):
    assert rules_alone(nlp, text) == rules
    assert claimtrace.annotate(text).sentences[0].label == label


def test_features_read_the_words_outside_the_attribution(nlp):
    (sentence,) = content_sentences(nlp("The minister said the plan was a disaster."))
    features = wording_features(sentence)
    assert {"word=disaster", "word=plan", "cue=say", "stance=neutral", "tag=NN"} <= features.keys()
    assert not {"word=minister", "word=say"} & features.keys()
    assert features["attributions"] == 1.0 and features["quotes"] == 0.0
    vectors = [name for name in features if name.startswith("vec=")]
    assert len(vectors) == sentence.doc.tensor.shape[1] > 0  # the mean context vector, one feature a dimension
    assert not any(name.startswith("vec=") for name in wording_features(sentence, vectors=False))


def test_the_component_scores_a_sentence_as_the_model_scores_its_features(nlp):
    """The component takes the context vector as one dot product; training and `relabel` read it as `vec=N`
    features. Both must give the same probability, for the bundled model and for a model without vectors."""
    reader = nlp.get_pipe(WORDING)
    with nlp.select_pipes(disable=[WORDING]):
        sentences = content_sentences(nlp("Prices rose 4% in May. The plan is probably too timid, analysts said."))
    for sentence in sentences:
        expected = reader.opinion_probability(wording_features(sentence))
        assert reader.sentence_probability(sentence) == pytest.approx(expected, abs=1e-6)
    blind = WordingReader(reader.model, "en_core_web_trf-3.8.0")
    for sentence in sentences:
        expected = blind.opinion_probability(wording_features(sentence, vectors=False))
        assert blind.sentence_probability(sentence) == pytest.approx(expected, abs=1e-6)


def test_context_vectors_are_read_only_under_the_pipeline_the_model_learnt_them_from(nlp):
    with nlp.select_pipes(disable=[WORDING]):
        (sentence,) = content_sentences(nlp("The minister said the plan was a disaster."))
    assert nlp.get_pipe(WORDING).reads_vectors  # the bundled model learnt them from the default pipeline
    width = sentence.doc.tensor.shape[1]
    model = {
        "bias": 0.0,
        "weights": {f"vec={n}": 5.0 for n in range(width)},
        "overrule": {"claim_below": 0.25, "opinion_above": 0.7},
    }
    ours = WordingReader({**model, "trained_on": {"pipeline": pipeline_id(nlp)}}, pipeline_id(nlp))
    other = WordingReader({**model, "trained_on": {"pipeline": "en_core_web_trf-3.8.0"}}, pipeline_id(nlp))
    ours(sentence.doc)
    assert sentence._.opinion_probability != 0.5
    other(sentence.doc)
    assert sentence._.opinion_probability == 0.5  # no weight of a feature it reads


def test_a_sure_model_turns_claims_to_opinions_but_never_touches_caveats(nlp):
    text = "The army said it had shot down 40 drones. The figure could not be independently verified."
    with nlp.select_pipes(disable=[WORDING]):
        doc = nlp(text)
    sure = WordingReader({"bias": 20.0, "weights": {}, "overrule": {"claim_below": 0.25, "opinion_above": 0.7}})
    labels = [s._.claim_label for s in content_sentences(sure(doc))]
    assert labels == ["analyst_opinion", "verification_caveat"]


def test_a_newsroom_model_in_the_lexicon_folder_replaces_the_bundled_one(tmp_path, monkeypatch):
    text = "Vaccination coverage fell to 89 percent last year, down from 95 percent in 2019."
    assert claimtrace.annotate(text).sentences[0].label == "unsourced_claim"
    (tmp_path / "wording.json").write_text(json.dumps({"bias": 20.0, "weights": {}}), encoding="utf-8")
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path))
    assert claimtrace.annotate(text).sentences[0].label == "unsourced_opinion"


def test_the_model_travels_with_a_saved_pipeline(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / WORDING / "wording.json"
    assert json.loads(saved.read_text(encoding="utf-8")) == nlp.get_pipe(WORDING).model
    saved.write_text(json.dumps({**nlp.get_pipe(WORDING).model, "bias": 20.0}), encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "Vaccination coverage fell to 89 percent last year, down from 95 percent in 2019."
    assert [s._.claim_label for s in content_sentences(loaded(text))] == ["unsourced_opinion"]


@pytest.mark.parametrize(
    "model",
    [
        {"bias": "high", "weights": {}},
        {"weights": {"word=disaster": "a lot"}},
        {"overrule": {"claim_below": 2}},
        {"trained_on": "en_core_web_sm"},
    ],
    ids=["bias", "weight", "threshold", "trained-on"],
)
def test_a_broken_newsroom_model_is_one_clear_error(tmp_path, monkeypatch, model):
    (tmp_path / "wording.json").write_text(json.dumps(model), encoding="utf-8")
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path))
    with pytest.raises(InputError, match="wording.json: not a wording model"):
        claimtrace.annotate("The minister said the plan was a disaster.")
