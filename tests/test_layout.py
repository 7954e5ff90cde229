"""claimtrace_layout and interviews on real page shapes: wire furniture, live pages, headlines, Q&A and transcripts."""

from __future__ import annotations

import json

import claimtrace
from claimtrace.lexicon import load_resource
from claimtrace.pipeline import LEXICONS_ENV

WIRE_STORY = """Ukraine says it downed 40 drones overnight

By Olena Harmash

KYIV, Nov 26 (Reuters) - Ukraine's air force said on Wednesday it had shot down 40 of 52 drones that \
Russia launched overnight, mostly over the Kharkiv and Sumy regions.

Russia's defence ministry said its forces had destroyed 18 Ukrainian drones over the Belgorod region. \
Reuters could not independently verify either side's account.

(Reporting by Olena Harmash; Editing by Mark Heinrich)
"""


def _sentences(text: str) -> list[tuple[str, str, list[str]]]:
    report = claimtrace.annotate(text)
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    return [(s.text, s.label, [a.source.text for a in s.attributions]) for s in report.sentences]


def test_a_dateline_stays_with_the_lead_and_is_no_source():
    lead = _sentences(WIRE_STORY)[1]
    assert lead[0].startswith("KYIV, Nov 26 (Reuters) - Ukraine's air force said")
    assert lead[1:] == ("sourced_claim", ["Ukraine's air force"])


def test_bylines_and_credit_lines_are_no_sentences():
    texts = [text for text, _, _ in _sentences(WIRE_STORY)]
    assert len(texts) == 4
    assert not any("Harmash" in text or "Editing by" in text for text in texts)


def test_a_headline_in_the_present_tense_reports_the_past():
    """In the body, a present 'says' with a present clause is a standing view; in a headline it is news."""
    assert _sentences(WIRE_STORY)[0][1] == "sourced_claim"
    text = "Hamas says it accepts ceasefire proposal\n\nHer allies say she has the votes."
    assert [label for _, label, _ in _sentences(text)] == ["sourced_claim", "analyst_opinion"]


def test_a_long_paragraph_without_a_full_stop_is_no_headline():
    text = (
        "Hamas says it accepts ceasefire proposal\n\n"
        "Her allies say she has the votes to win the leadership contest and that members of the party in every "
        "part of the country are behind her"
    )
    assert [label for _, label, _ in _sentences(text)] == ["sourced_claim", "analyst_opinion"]


def test_datelines_of_several_agencies_open_their_sentence():
    text = (
        "WASHINGTON (AP) — The Senate passed the bill late on Tuesday, officials said.\n\n"
        "PARIS, Nov 26 (AFP) - France will ban the sale of new petrol cars from 2035, the government said."
    )
    assert [(t[:18], label) for t, label, _ in _sentences(text)] == [
        ("WASHINGTON (AP) — ", "sourced_claim"),
        ("PARIS, Nov 26 (AFP", "sourced_claim"),
    ]


def test_a_web_pages_links_prompts_and_photo_credits_are_no_sentences():
    text = (
        "The bridge collapsed on Tuesday, police said.\n\n"
        "Photo: Reuters/John Smith\n\n"
        "Read more: How the bridge was built\n\n"
        "Sign up for our morning newsletter\n\n"
        "Related reports said two lorries fell into the river."
    )
    assert [t for t, _, _ in _sentences(text)] == [
        "The bridge collapsed on Tuesday, police said.",
        "Related reports said two lorries fell into the river.",
    ]


def test_the_publications_notes_on_the_article_are_no_sentences_of_it():
    text = (
        "The city council voted 31-12 on Tuesday to approve six new bus lanes, the council said.\n\n"
        "Correction: An earlier version of this article misstated the vote count.\n\n"
        "Editor's note — This story has been updated with comment from the council."
    )
    report = claimtrace.annotate(text)
    assert [s.text for s in report.sentences] == [
        "The city council voted 31-12 on Tuesday to approve six new bus lanes, the council said."
    ]
    assert [s.text[:11] for s in report.skipped] == ["Correction:", "Editor's no"]


def test_a_live_page_timestamp_opens_its_entry_and_is_no_part_of_the_source():
    text = (
        "10:42 GMT — Police in Hamburg said two people had been injured by falling trees.\n\n"
        "Associated Press writer Frank Jordans in Berlin contributed to this report."
    )
    assert _sentences(text) == [
        (
            "10:42 GMT — Police in Hamburg said two people had been injured by falling trees.",
            "sourced_claim",
            ["Police in Hamburg"],
        )
    ]


def test_each_list_item_is_a_sentence_with_its_marker_and_the_line_above_it_none():
    text = (
        "What we know so far:\n"
        "- At least 12 people were killed when a bus left the road near Cusco, police said.\n"
        "- The driver survived and has been detained, according to local media."
    )
    assert [(t[:14], sources) for t, _, sources in _sentences(text)] == [
        ("- At least 12 ", ["police"]),
        ("- The driver s", ["local media"]),
    ]


def test_a_line_that_introduces_a_quotation_stays_a_sentence():
    text = 'The minister said:\n\n"We will not raise taxes this year."'
    assert [sources for _, _, sources in _sentences(text)] == [["The minister"], ["The minister"]]


def test_an_interviews_answers_are_the_words_of_the_person_interviewed():
    text = (
        "The new head of the national statistics office, Maria Lind, spoke to us about the census.\n\n"
        "Q: Why was the census delayed?\n"
        "A: We lost two months to a software failure. That is the honest answer.\n\n"
        "Q: Will the figures be reliable?\n"
        "A: I believe they will be the most accurate we have ever published."
    )
    sentences = _sentences(text)
    assert [t[:3] for t, _, _ in sentences] == ["The", "Q: ", "A: ", "Tha", "Q: ", "A: "]
    assert [sources for _, _, sources in sentences] == [[], [], ["Maria Lind"], ["Maria Lind"], [], ["Maria Lind"]]
    report = claimtrace.annotate(text)
    assert [s.name for s in report.sources] == ["Maria Lind"]


def test_an_interview_tagged_with_full_stops_is_read_the_same_way():
    text = (
        "The new head of the national statistics office, Maria Lind, spoke to us about the census.\n\n"
        "Q. Why was the census delayed?\n"
        "A. We lost two months to a software failure."
    )
    assert [sources for _, _, sources in _sentences(text)] == [[], [], ["Maria Lind"]]


def test_an_answer_tag_without_questions_is_an_initial():
    text = "The mayor resigned on Monday.\n\nA. J. Wilson, her deputy, said the council would meet on Friday."
    assert [sources for _, _, sources in _sentences(text)] == [[], ["A. J. Wilson"]]


def test_an_interviewers_questions_are_not_unsourced_claims_to_an_editor():
    text = (
        "Maria Lind, the new head of the national statistics office, spoke to us.\n\n"
        "Q: Why was the census delayed?\n"
        "A: We lost two months to a software failure.\n\n"
        "Q: Will the figures be reliable?\n"
        "A: I believe they will be the most accurate we have ever published."
    )
    report = claimtrace.annotate(text)
    unsourced = [i for w in report.warnings if w.kind.startswith("unsourced") for i in w.sentences]
    assert [report.sentences[i].text for i in unsourced] == [
        "Maria Lind, the new head of the national statistics office, spoke to us."
    ]


def test_a_transcripts_turns_are_their_speakers_words():
    text = (
        "Transcript of an interview with Finance Minister Anna Berg on Radio One.\n\n"
        "HOST: The opposition says your budget will raise taxes for families.\n"
        "BERG: That is simply wrong. We cut income tax for 2 million households last year.\n"
        "HOST: Will inflation fall?\n"
        "BERG: I think it will be below 3 percent by the summer."
    )
    report = claimtrace.annotate(text)
    speakers = [[a.source.text for a in s.attributions] for s in report.sentences]
    assert speakers == [[], ["The opposition"], ["BERG"], ["BERG"], ["HOST"], ["BERG"]]
    berg = {a.source.source_id for s in report.sentences for a in s.attributions if a.source.text == "BERG"}
    assert [s.name for s in report.sources if s.id in berg] == ["Anna Berg"]
    assert [(s.name, s.named) for s in report.sources if s.name == "HOST"] == [("HOST", False)]
    assert "vague_source" not in {w.kind for w in report.warnings}  # the host only asks


def test_tag_like_lines_with_no_speaker_twice_are_no_transcript():
    text = "Live: Storm Amy hits northern Europe\n\nPolice said two people had been injured by falling trees."
    assert [sources for _, _, sources in _sentences(text)] == [[], ["Police"]]
    specifications = "The phone goes on sale on Friday.\n\nPrice: 799 dollars\nScreen: 6.1 inches\nBattery: 20 hours"
    assert all(sources == [] for _, _, sources in _sentences(specifications))


def test_a_newsroom_adds_its_own_credit_line(tmp_path, monkeypatch):
    text = "Prices rose 3 percent, the bureau said.\n\nAdditional words from our data desk"
    assert len(_sentences(text)) == 2
    layout = load_resource("layout")["not_sentences"]
    own = {"not_sentences": {**layout, "patterns": [*layout["patterns"], "^Additional words from .*$"]}}
    (tmp_path / "layout.json").write_text(json.dumps(own), encoding="utf-8")
    monkeypatch.setenv(LEXICONS_ENV, str(tmp_path))
    assert [t for t, _, _ in _sentences(text)] == ["Prices rose 3 percent, the bureau said."]
