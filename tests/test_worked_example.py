"""The guide's worked example (section 7) on the bundled Dimitrov article, sentence by sentence."""

from __future__ import annotations

import pytest

from conftest import CORPUS

EXPECTED = [
    # index, label, [(source, named, cue, channel)]
    (0, "sourced_claim", [("the Russian Ministry of Defense", True, "according to", "Telegram")]),
    (1, "unsourced_opinion", []),
    (2, "unsourced_claim", []),
    (3, "unsourced_claim", []),
    (4, "sourced_claim", [("Kremlin spokesman Dmitry Peskov", True, "told reporters", None)]),
    (5, "analyst_opinion", [("Military analysts", False, "say", None)]),
    (6, "verification_caveat", [("independent sources", False, "unverified", None)]),
    (7, "analyst_opinion", [("The expert", False, "The expert's remark", None)]),
    (8, "sourced_claim", [("Peskov", True, "added", None)]),
    (9, "verification_caveat", [("Ukraine's General Staff", True, "did not respond", None)]),
    (10, "unsourced_opinion", []),
    (11, "unsourced_opinion", []),
]


@pytest.mark.parametrize(("index", "label", "expected"), EXPECTED)
def test_sentence(dimitrov, index, label, expected):
    sentence = dimitrov.sentences[index]
    assert sentence.label == label
    found = [
        (a.source.text, a.source.named, a.cue and a.cue.text, a.channel and a.channel.text)
        for a in sentence.attributions
    ]
    assert found == expected


def test_first_claim_is_hedged_and_qualified_by_the_caveats(dimitrov):
    assert [h.text for h in dimitrov.sentences[0].hedges] == ["reportedly"]
    assert dimitrov.sentences[6].qualifies == [0]
    assert dimitrov.sentences[9].qualifies == [0]


def test_sources_list(dimitrov):
    rows = [(s.name, s.named, s.channels, s.sentences) for s in dimitrov.sources]
    assert rows == [
        ("Russian Ministry of Defense", True, ["Telegram"], [0]),
        ("Kremlin spokesman Dmitry Peskov", True, [], [4, 8]),
        ("Military analysts", False, [], [5]),
        ("independent sources", False, [], [6]),
        ("the expert", False, [], [7]),
        ("Ukraine's General Staff", True, [], [9]),
    ]


def test_editor_is_warned_about_the_unidentified_expert_and_vague_analysts(dimitrov):
    kinds = {(w.kind, tuple(w.sentences)) for w in dimitrov.warnings}
    assert ("unidentified_source", (7,)) in kinds
    assert ("vague_source", (5,)) in kinds
    assert ("unsourced_claim", (2, 3)) in kinds
    assert ("unsourced_opinion", (1, 10, 11)) in kinds


def test_offsets_point_into_the_article(dimitrov):
    text = (CORPUS / "dimitrov.txt").read_text(encoding="utf-8")
    for sentence in dimitrov.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for attribution in sentence.attributions:
            for part in (attribution.source, attribution.cue, attribution.channel):
                if part is not None:
                    assert text[part.start : part.end] == part.text
