"""claimtrace_markers: hedges, caveat phrases, opinion words and channels, on real sentences."""

from __future__ import annotations

import pytest


def _group(nlp, text: str, group: str) -> list[str]:
    doc = nlp(text)
    return [span.text for span in doc.spans[group]]


@pytest.mark.parametrize(
    ("text", "hedges"),
    [
        ("Russian forces have reportedly taken the town.", ["reportedly"]),
        ("The suspect allegedly bought the weapon online.", ["allegedly"]),
        ("The owners are said to be in trouble.", ["are said to"]),
        ("Troops took the town in May.", []),
    ],
)
def test_hedges(nlp, text, hedges):
    assert _group(nlp, text, "ct_hedges") == hedges


@pytest.mark.parametrize(
    ("text", "caveats"),
    [
        ("The figures could not be independently verified.", ["could not be independently verified"]),
        ("The study has not yet been independently replicated.", ["has not yet been independently replicated"]),
        ("Saigon Lager said that it had not received any offer.", ["not received any offer"]),
        ("The committee has not yet received the photograph, its secretary said.", []),
        ("Norvalis declined to comment.", ["declined to comment"]),
        ("The claim remains unverified.", ["unverified"]),
        ("Reuters was unable to independently verify the accounts.", ["unable to independently verify"]),
        (
            "The publisher said an investigation had found the study's data could not be relied upon.",
            ["could not be relied upon"],
        ),
        ("The figures are preliminary and will be confirmed next month.", ["are preliminary"]),
        (
            "Independent trackers said they had not been able to confirm where the pieces fell.",
            ["not been able to confirm"],
        ),
        ("The two firms are locked in a dispute over royalties.", []),
        # parties none of which says withhold as one that does not; data that does not identify withholds nothing
        ("Neither bank named the provider.", ["Neither bank named"]),
        ("The supplier said customers could opt out and that no data would identify a household.", []),
        # parties at odds over a topic dispute no claim; disagreeing with a decision does
        ("For months the two parties had disagreed on almost everything, from housing to the budget.", []),
        ("TikTok said it disagreed with the decision and with the size of the fine.", ["disagreed"]),
    ],
)
def test_caveats(nlp, text, caveats):
    assert _group(nlp, text, "ct_caveats") == caveats


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("This marks a significant shift.", ["significant"]),
        ("The move could destabilise the region.", ["could"]),
        ("The deal was signed in May.", []),
        # an adverb before its verb judges; one of manner (markers.json 'manner_adverbs') does not
        ("The government's plans have clearly failed.", ["clearly"]),
        ("The vehicle was clearly marked.", []),
        ("The regulator asked whether shops should show prices more clearly.", []),
        # a rate one group has against others; a legal category; an error ('wrongly' is no judgement in dev)
        ("Pupils in poorer areas are the most likely to be taught physics by someone without a degree in it.", []),
        ("The law bans live facial recognition in public places, with exceptions for serious crimes.", []),
        ("A goal was wrongly ruled out for offside on Saturday.", []),
        # the writer's inference and a chance said to be missed
        ("Investors, it seems, liked the news more than the staff did.", ["it seems"]),
        ("Supporters said the city had missed a chance to cut traffic.", ["missed a chance"]),
        # demoralised staff are the writer's description, as furious councillors are
        ("Staff are said to be demoralised.", ["demoralised"]),
        # what went wrong names a fault, not a judgement
        ("The central bank said it had asked the banks for a full account of what went wrong.", []),
        # a cause given a part explains (three of three in dev)
        ("Misinformation spread on social media has played a part.", ["played a part"]),
    ],
)
def test_opinion_markers(nlp, text, opinion):
    assert _group(nlp, text, "ct_opinion") == opinion


def test_channels_with_priority(nlp):
    doc = nlp("The ministry said in a statement on its Telegram channel that troops advanced.")
    assert [(c.text, int(c.label_)) for c in doc.spans["ct_channels"]] == [("a statement", 1), ("Telegram", 3)]


def test_proper_channels_need_their_capital(nlp):
    assert _group(nlp, "He sent a telegram to the ministry.", "ct_channels") == []
