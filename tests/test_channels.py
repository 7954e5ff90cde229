"""Channels across the ways wire copy names them: the medium's own words, where it was posted, not whom it addressed."""

from __future__ import annotations

import pytest

from conftest import only_sentence

CHANNELS = [
    # (sentence, the channel of its first attribution)
    ("The ministry said in a statement that the talks had ended.", "a statement"),
    ("Zelensky said in a post on Telegram that the soldiers were home.", "a post on Telegram"),
    ("The company said in a post on its status page that service had been restored.", "a post on its status page"),
    ("Hartmann wrote on Bluesky that the outage was a warning.", "Bluesky"),
    ("The senator said on Threads that she would vote against the bill.", "Threads"),
    ("Carter said on BBC Radio 4's Today programme that the rules were too weak.", "BBC Radio 4's Today programme"),
    ("The mayor said on local radio that the roads would reopen on Friday.", "local radio"),
    ("Kinnear said at a fans' forum that the money would go to the squad.", "a fans' forum"),
    ("The minister told lawmakers at a hearing that the budget was sufficient.", "a hearing"),
    ("The chief executive said during an earnings call that demand was strong.", "an earnings call"),
    ("The group said in an open letter that it had not been consulted.", "an open letter"),
    ("The chancellor said in a speech to business leaders that growth would return.", "a speech"),
    ("The company said in a memo to staff that 200 jobs would go.", "a memo"),
    ("Economists at ING wrote in a note to clients that the bank would cut again.", "a note"),
    ("The prosecutor said in a court filing that the defendant had fled.", "a court filing"),
    ("The firm said in a press release on Monday that profits had doubled.", "a press release"),
    ("The minister said at a news conference in Kyiv on Tuesday that the bridge had been hit.", "a news conference"),
    ("The central bank said in its monthly bulletin that inflation would ease.", "its monthly bulletin"),
    ("The Office for Budget Responsibility said in its forecast that growth would be 1.1 percent.", "its forecast"),
    ("The ban will stay in place until further notice, the ministry said in a notification.", "a notification"),
    ("The embassy said in a statement posted on Facebook that its staff were safe.", "Facebook"),
    # where a statement was read out is part of it (channels.json 'read_out'), when it was issued is not
    (
        "In a statement read to the court, she said she could no longer afford to heat her home.",
        "a statement read to the court",
    ),
    ("The ministry said in a statement issued on Monday that the talks had failed.", "a statement"),
    ("She said in a video posted on YouTube that she had done nothing wrong.", "YouTube"),
    (
        '"It is the hardest decision I have ever made," Pritchard said in a video posted on the club\'s website.',
        "the club's website",
    ),
    ("The federation told the sports daily Marca that the match would go ahead.", "the sports daily Marca"),
    ("The governor told a rally in Ohio that taxes would fall.", "a rally"),
    ("The phone is 8.9 millimetres thick, the company said at a launch event in New York.", "a launch event"),
    # A name right after the medium's noun is its name, wherever the parser hung it.
    (
        "The upper 2,000 metres of the oceans took in about 16 zettajoules more energy in 2024 than in 2023, "
        "according to the study, published in the journal Advances in Atmospheric Sciences.",
        "the journal Advances in Atmospheric Sciences",
    ),
    ("Its chief executive told BBC Radio 5 Live that the country needed to adapt.", "BBC Radio 5 Live"),
    (
        '"He played like a man, not a boy," Petrovic told the Serbian news agency Tanjug.',
        "the Serbian news agency Tanjug",
    ),
    ("Most of those infected were children, the health department said in its weekly update.", "its weekly update"),
    ("The weather service said in a warning on its website that more rain could fall.", "a warning on its website"),
    ("The mayor said by phone from the airport that flights would resume on Friday.", "phone"),
    ("Her agent said by email that she would not race again.", "email"),
    ("Several bands said on social media that they had not been paid.", "social media"),
    ("In a dissent, Justice Alma Ruiz wrote that the law was clear.", "a dissent"),
    # A medium's noun that only qualifies another noun names no medium: the statement is the channel.
    (
        "Professional Game Match Officials Limited said in a statement that the video assistant referee had drawn "
        "the offside lines from the wrong player.",
        "a statement",
    ),
    ("The minister said in a video message that talks would resume.", "a video message"),
    # Where a filing is lodged publishes it; an audience does not ('a speech to business leaders' above).
    (
        "Turkish Airlines has agreed to buy up to 225 Boeing jets, the carrier said in a filing to the Istanbul "
        "stock exchange on Tuesday.",
        "a filing to the Istanbul stock exchange",
    ),
]


@pytest.mark.parametrize(("text", "channel"), CHANNELS, ids=[c[0][:40] for c in CHANNELS])
def test_names_the_channel(text, channel):
    first = only_sentence(text).attributions[0]
    assert first.channel is not None and first.channel.text == channel


NO_CHANNEL = [
    "Police said on Monday that two men had been arrested.",
    "The minister said in Brussels that a deal was close.",
    "Officials said in March that the plant would close.",
    "The spokesman said the report was wrong.",
    "The coach said after the match on Sunday that he was proud of his players.",
    "The senator said on Capitol Hill that the vote would be close.",
    "The plan was described as reckless by the head of the union.",
    '"This is the biggest step we have taken," he told reporters at a heat pump factory in Derbyshire.',
]


@pytest.mark.parametrize("text", NO_CHANNEL)
def test_a_time_or_place_is_no_channel(text):
    assert [a.channel for a in only_sentence(text).attributions] == [None]
