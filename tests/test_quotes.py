"""claimtrace_quotes and quoted speakers: quotations that run over several sentences."""

from __future__ import annotations

import claimtrace
from conftest import CORPUS


def _speakers(text: str) -> list[list[str]]:
    return [[a.source.text for a in s.attributions] for s in claimtrace.annotate(text).sentences]


def test_speaker_named_only_in_the_last_sentence_of_the_quote():
    assert _speakers('"We will fight. We will win," the mayor said.') == [["the mayor"], ["the mayor"]]


def test_speaker_named_only_in_the_first_sentence_goes_on():
    text = '"We did not expect to lose like this," Lopez said. "The players gave everything."'
    assert _speakers(text) == [["Lopez"], ["Lopez"]]


def test_quote_after_a_reported_sentence_keeps_its_speaker():
    text = 'Lopez said she would decide after talking to her family. "I love this team. I think we can still win."'
    assert _speakers(text) == [["Lopez"], ["Lopez"], ["Lopez"]]


def test_a_quote_does_not_borrow_a_caveat_party():
    text = 'The club declined to comment. "This is a disgrace."'
    assert _speakers(text) == [["The club"], []]


def test_closing_quote_stays_with_its_sentence(nlp):
    doc = nlp((CORPUS / "coach_interview.txt").read_text(encoding="utf-8"))
    for sentence in doc.sents:
        assert not sentence.text.lstrip().startswith('"\n'), sentence.text
    quotes = [q.text for q in doc.spans["ct_quotes"]]
    assert '"I love this team. I think we can still win a medal in Los Angeles."' in quotes


def test_a_speech_verb_inside_a_quotation_is_not_an_attribution():
    assert _speakers('"I think they said no," Okafor told reporters.') == [["Okafor"]]
