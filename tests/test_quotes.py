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


def test_a_quotation_that_goes_on_into_the_next_paragraph_keeps_its_speaker():
    """Wire copy leaves a quotation open at a paragraph's end when the next paragraph quotes on."""
    text = (
        '"The river rose faster than anyone expected," said Anna Berg, the mayor. "We had two hours.\n\n'
        '"Next year we will be ready."\n\n'
        "The council approved 3 million euros for new dikes on Monday."
    )
    report = claimtrace.annotate(text)
    assert [[a.source.text for a in s.attributions] for s in report.sentences] == [
        ["Anna Berg"],
        ["Anna Berg"],
        ["Anna Berg"],
        [],
    ]
    assert report.sentences[-1].text == "The council approved 3 million euros for new dikes on Monday."


def test_a_forgotten_closing_mark_does_not_turn_the_next_paragraph_inside_out(nlp):
    text = '"We will rebuild, the mayor said.\n\n"It will take years," she added. The council met on Monday.'
    doc = nlp(text)
    assert [q.text for q in doc.spans["ct_quotes"]] == ['"We will rebuild, the mayor said.', '"It will take years,"']
    assert _speakers(text)[-2:] == [["she"], []]


def test_a_quote_split_around_the_speech_verb_has_one_speaker(nlp):
    text = '"We will fight," the mayor said, "and we will win."'
    assert _speakers(text) == [["the mayor"]]
    doc = nlp(text)
    assert [q.text for q in doc.spans["ct_quotes"]] == ['"We will fight,"', '"and we will win."']
