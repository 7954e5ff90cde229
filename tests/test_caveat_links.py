"""claimtrace_caveat_links: which earlier claims a caveat qualifies."""

from __future__ import annotations

import pytest

import claimtrace


def test_caveat_qualifies_the_hedged_claim_not_the_latest():
    text = (
        "Russian forces have reportedly taken the town, the ministry said. "
        "Kremlin spokesman Dmitry Peskov told reporters that Putin had been briefed. "
        "However, the claim remains unverified by independent sources."
    )
    report = claimtrace.annotate(text)
    assert report.sentences[2].label == "verification_caveat"
    assert report.sentences[2].qualifies == [0]


def test_caveat_naming_a_study_qualifies_the_study_claim():
    text = (
        "Astronomers have detected water vapour on the planet, according to a study published on Monday. "
        "The planet is about 2.5 times the size of Earth. "
        '"This is the first time we have seen water on a world this small," said lead author Priya Raman. '
        "The study has not yet been independently replicated."
    )
    report = claimtrace.annotate(text)
    assert report.sentences[3].qualifies == [0]


def test_caveat_without_earlier_sourced_claims_takes_the_writer_s_claim():
    text = "About 300 people were killed in the flood. The toll could not be independently verified."
    report = claimtrace.annotate(text)
    assert report.sentences[1].qualifies == [0]


def test_only_caveats_qualify(dimitrov):
    for sentence in dimitrov.sentences:
        if sentence.label != "verification_caveat":
            assert sentence.qualifies == []


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces have reportedly taken the town, the ministry said. "
        "Video posted online showed a large fire at the depot. "
        "That video could not be verified.",
        "The ministry said the fire was caused by lightning. "
        '"Nobody came to help us," said Eleni Papadaki, a resident. '
        "The fire service disputed that account, saying crews had arrived within 40 minutes.",
        "Greater Manchester Police said knife crime in the city had risen by 12 percent. "
        "Campaigners argue that cuts to youth services are partly to blame. "
        "The government disputes that.",
        # 'claimed' before does not draw 'That claim' to itself
        "A group calling itself ShadowTide claimed responsibility on a hacking forum and offered the data for sale. "
        "The group said it had also copied the company's internal emails. "
        "That claim could not be verified.",
    ],
    ids=["that-video", "disputed-that-account", "disputes-that", "that-claim-after-claimed"],
)
def test_a_demonstrative_caveat_qualifies_the_sentence_before(text):
    assert claimtrace.annotate(text).sentences[2].qualifies == [1]


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        (
            "A drone strike on a fuel depot in Belgorod killed two people overnight, the regional governor said. "
            "Russia's Defense Ministry said its air defences had shot down 38 Ukrainian drones over five regions. "
            "Ukraine's military did not comment on the strike.",
            [0],
        ),
        (
            "Two dock workers were injured in Antwerp when a crane collapsed, Belgian media reported. "
            "Maersk said 40 ships were waiting to enter the port. "
            "The report could not be confirmed with the port.",
            [0],
        ),
        (
            "An airstrike hit a hospital in El Fasher on Sunday, killing at least 30 people, according to medics. "
            "The paramilitary Rapid Support Forces blamed the army for the attack. "
            "The army denied carrying out any airstrikes in the area.",
            [1],
        ),
        (
            "Arsenal have agreed a fee for the striker, according to the BBC. "
            "The club has lost three games in a row. "
            "Arsenal did not comment on the report.",
            [0],
        ),
        (
            "Tens of thousands of teachers went on strike on Wednesday. "
            "The teachers' union said 28,000 teachers had joined the strike. "
            "The education ministry put the number at fewer than 9,000. "
            "Neither figure could be independently confirmed.",
            [1, 2],
        ),
        (
            "Ukraine's air force said it had shot down 40 of 52 drones overnight. "
            "Russia's defence ministry said its forces had destroyed 18 Ukrainian drones over Belgorod. "
            "Reuters could not independently verify either side's account.",
            [0, 1],
        ),
        (
            # a denial is the other side's account
            "Police in Nairobi fired tear gas at protesters outside the parliament building on Tuesday, witnesses "
            "said. Amnesty International Kenya said officers had also fired live rounds and that at least two "
            "protesters had been shot. Police spokeswoman Grace Wanjiru denied that live ammunition had been used. "
            "Reuters could not confirm either account.",
            [1, 2],
        ),
        (
            # 'Neither' pairs the parties here, not two claims
            "Israel and Hezbollah have agreed to extend their ceasefire by three weeks, a senior U.S. official said. "
            "The official said Washington had pressed both sides to accept the extension. "
            "Neither Israel nor Hezbollah commented publicly on Sunday.",
            [0],
        ),
        (
            "At least 120 people have died of cholera in northern Nigeria since August, the World Health "
            "Organization said on Friday. "
            "Nigeria's health ministry has put the toll at 64. "
            "The difference could not immediately be explained.",
            [0, 1],
        ),
        (
            # what the study found reads as a view ('could survive'), and is still what the caveat qualifies
            "The department said the virus had been detected in a herd in Colorado. "
            "A study posted online this week by researchers at the University of Wisconsin found that the virus "
            "could survive in raw milk for several days. "
            "The study has not been peer reviewed.",
            [1],
        ),
        (
            # who says a thing of their own claim in a caveat answers for it, as one who denies does
            "FIDE said its fair play commission would examine the player's games from the event. "
            "The allegations were first made by his opponent in the final round, Dutch grandmaster Erik van Dam, "
            "who said Nowicki had left the playing hall several times during their game. "
            'Van Dam said he had "no proof, only a feeling".',
            [1],
        ),
    ],
    ids=[
        "the-strike",
        "the-report-was-reported",
        "who-denies",
        "a-media-report",
        "neither-figure",
        "either-side",
        "a-claim-and-its-denial",
        "neither-party",
        "the-difference",
        "a-studys-view",
        "who-says-it-of-their-own-claim",
    ],
)
def test_a_caveat_qualifies_the_claim_it_is_about(text, qualified):
    assert claimtrace.annotate(text).sentences[-1].qualifies == qualified


def test_no_comment_on_the_report_qualifies_every_claim_of_the_outlet():
    text = (
        "Bayern Munich have made a second offer for Bayer Leverkusen midfielder Florian Wendt, according to the "
        "German newspaper Bild. "
        "The offer is worth about 100 million euros including bonuses, the newspaper reported. "
        "Wendt has two years left on his contract. "
        "Neither club commented on the report."
    )
    report = claimtrace.annotate(text)
    assert report.sentences[3].label == "verification_caveat"
    assert report.sentences[3].qualifies == [0, 1]


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        (
            "The European Central Bank cut its main interest rate by a quarter of a percentage point on Thursday. "
            "Lagarde declined to say whether further cuts were planned.",
            [],
        ),
        (
            "Israeli strikes killed 31 people in Gaza on Tuesday, the health ministry said. "
            "The ministry did not say how many of the dead were fighters.",
            [0],
        ),
        (
            "A bus carrying 40 pilgrims overturned on a mountain road in northern Peru, killing at least 12 people, "
            "police said. The cause of the crash was not immediately known.",
            [],
        ),
    ],
)
def test_a_question_left_open_qualifies_nothing_a_detail_withheld_its_claim(text, qualified):
    caveat = claimtrace.annotate(text).sentences[1]
    assert caveat.label == "verification_caveat"
    assert caveat.qualifies == qualified
