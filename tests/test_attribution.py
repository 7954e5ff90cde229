"""claimtrace_attribution on real sentences: who says it, with which cue, through which channel."""

from __future__ import annotations

import pytest

import claimtrace
from conftest import attributions, only_sentence

CASES = [
    # (sentence, [(source, cue, channel)])
    (
        "Kremlin spokesman Dmitry Peskov told reporters on Wednesday that President Vladimir Putin had been briefed.",
        [("Kremlin spokesman Dmitry Peskov", "told reporters", None)],
    ),
    (
        "Most of the cases were among children under five, according to the department.",
        [("the department", "according to", None)],
    ),
    (
        "Troops took 22 buildings, according to a statement issued by the Russian Ministry of Defense "
        "on its Telegram channel.",
        [("the Russian Ministry of Defense", "according to", "Telegram")],
    ),
    ("The company said in a statement that it would close two plants.", [("The company", "said", "a statement")]),
    ('"We will not back down," the mayor told the BBC.', [("the mayor", "told", "the BBC")]),
    (
        "The mayor said in an interview with the BBC that he would resign.",
        [("The mayor", "said", "an interview with the BBC")],
    ),
    (
        "Reuters reported, citing two officials, that the deal had collapsed.",
        [("Reuters", "reported", None), ("two officials", "citing", None)],
    ),
    # A reason cited is no source.
    (
        "Poland's greenhouse gas emissions fell 9 percent last year, the climate ministry said on Thursday, citing "
        "lower coal use.",
        [("the climate ministry", "said", None)],
    ),
    ("It was announced by the ministry that schools would reopen on Monday.", [("the ministry", "announced", None)]),
    ("Peskov and the ministry said the talks had ended.", [("Peskov", "said", None), ("the ministry", "said", None)]),
    ("The ministry's statement said 14 people had been detained.", [("The ministry", "said", "statement")]),
    ("In a post on X, Ortiz accused the mayor of breaking a campaign promise.", [("Ortiz", "accused", "a post on X")]),
    (
        "The governor announced in a televised address that the curfew would be lifted.",
        [("The governor", "announced", "a televised address")],
    ),
    (
        "The expert's remark about the 'slap' for NATO introduces a geopolitical dimension to the report.",
        [("The expert", "The expert's remark", None)],
    ),
    (
        "Ukraine's General Staff did not respond to a request for comment.",
        [("Ukraine's General Staff", "did not respond", None)],
    ),
    (
        '"Any closure of this length ripples through the whole network," said Lars Jensen, a shipping consultant.',
        [("Lars Jensen", "said", None)],
    ),
    (
        "Speaking to the broadcaster TV2, Berg said the players had been tired.",
        [("Berg", "said", "the broadcaster TV2")],
    ),
    (
        "Maersk told customers in an advisory that delays of up to five days should be expected.",
        [("Maersk", "told", "an advisory")],
    ),
    # Findings: what an inquiry, the police or fact-checkers found out.
    ("The inquiry concluded that the fire was caused by a faulty cable.", [("The inquiry", "concluded", None)]),
    ("Police identified the man as John Smith, 45.", [("Police", "identified", None)]),
    ("Investigators traced the fire to a faulty cable.", [("Investigators", "traced", None)]),
    (
        "Former Chelsea captain John Terry wrote on X that the team lacked leaders.",
        [("Former Chelsea captain John Terry", "wrote", "X")],
    ),
    (
        "The minister said in a video message that the border would stay closed.",
        [("The minister", "said", "a video message")],
    ),
    # Speech inside the writer's own clause names no source of the sentence.
    ("Whatever the council says, residents will pay more for less.", []),
    ("It is already changing what astronomers believe is possible.", []),
    # A channel's name inside the speaker's name is no channel.
    ("Malcolm X said the struggle would go on.", [("Malcolm X", "said", None)]),
    ("Local officials suspect arson.", [("Local officials", "suspect", None)]),
    # Verbs that judge are speech; a court's ruling is what the court says.
    (
        'The United States embassy in Manila condemned the "dangerous" manoeuvres.',
        [("The United States embassy in Manila", "condemned", None)],
    ),
    (
        "A former footballer has won a libel case against a tabloid, the High Court ruled on Wednesday.",
        [("the High Court", "ruled", None)],
    ),
    # A view held: a stance adjective, 'sees ... as', a doubt about a noun; 'one of the people'.
    ("Diplomats who have followed the talks for years are pessimistic.", [("Diplomats", "are pessimistic", None)]),
    ("Lefort is not convinced.", [("Lefort", "is not convinced", None)]),
    ("She is sceptical.", [("She", "is sceptical", None)]),
    ("Egypt, which depends on the Nile, sees the dam as a threat to its survival.", [("Egypt", "sees", None)]),
    ("Some analysts questioned the price.", [("Some analysts", "questioned", None)]),
    ("The education ministry put the number at fewer than 9,000.", [("The education ministry", "put", None)]),
    (
        "Public transport fares in Paris will rise by 6 percent from January, the regional transport authority "
        "announced on Thursday.",
        [("the regional transport authority", "announced", None)],
    ),
    (
        "Regional president Valerie Martin defended the decision in an interview with Le Parisien.",
        [("Regional president Valerie Martin", "defended", "an interview with Le Parisien")],
    ),
    (
        "A rival bidder walked away in September, one of the people said.",
        [("one of the people", "said", None)],
    ),
    (
        "Mayor Rosa Delgado promised on Monday to put 500 more police officers on the streets.",
        [("Mayor Rosa Delgado", "promised", None)],
    ),
    # A belief inside what someone else says is theirs, not a second source.
    ("The chipmaker now expects lower sales, it said in a regulatory filing.", [("it", "said", "a regulatory filing")]),
    (
        "Astronomers found water, according to a study published on Monday in the journal Nature Astronomy.",
        [("a study", "according to", "the journal Nature Astronomy")],
    ),
    # A trailing reporting clause the parser reads as a noun ('data show') or an adverb.
    (
        "House prices fell in May for the third month running, Land Registry data show.",
        [("Land Registry data", "show", None)],
    ),
    (
        "Burglaries fell by 12 percent last year, police data show, though car thefts rose.",
        [("police data", "show", None)],
    ),
    (
        "The world's oceans absorbed a record amount of heat last year, an international team of scientists "
        "reported on Friday.",
        [("an international team of scientists", "reported", None)],
    ),
    # A speaker the parser swallowed into the reported clause before a trailing 'said'.
    (
        "An experimental Alzheimer's drug slowed memory decline by 27 percent over 18 months in a trial of 1,700 "
        "patients, its developer, the biotech company Cerulon, said on Monday.",
        [("its developer", "said", None)],
    ),
    (
        "Two people were injured in Kharkiv, regional governor Oleh Syniehubov said on Telegram.",
        [("regional governor Oleh Syniehubov", "said", "Telegram")],
    ),
    # ... or joined the closing verb to the reported clause, with no subject, and the speaker to its object.
    (
        "Air fares in Europe will keep rising next summer because airlines cannot get enough new planes, the chief "
        "executive of the low-cost carrier Skyline said on Wednesday.",
        [("the chief executive of the low-cost carrier Skyline", "said", None)],
    ),
    # ... or hung the verb on a noun before it, as a finite 'told' can be no noun's clause.
    (
        "KYIV, March 4 (Reuters) - Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, "
        "starting a large fire, a source in Ukraine's SBU security service told Reuters.",
        [("a source in Ukraine's SBU security service", "told", "Reuters")],
    ),
    # ... or a participle on the speaker, who was swallowed as an apposition; the channel is still the verb's.
    (
        "Astronomers may have found the first moon orbiting a planet outside our solar system, a team reported on "
        "Monday in the journal Nature Astronomy.",
        [("a team", "reported", "the journal Nature Astronomy")],
    ),
    # ... or for a relative clause on the first noun, which the parser made the root.
    ('The opposition Social Democrats called the pledge "a fantasy".', [("Social Democrats", "called", None)]),
    # A journal's name the parser split off the source's phrase as a second subject of the verb.
    (
        "Populations of common songbirds in Europe have fallen by a quarter since 1980, a study published on Monday "
        "in the journal PNAS found.",
        [("a study", "found", "the journal PNAS")],
    ),
    # A medium set off by a comma at the end of the sentence, wherever the parser hung it.
    (
        "Prime Minister Anna Lindqvist promised on Saturday to build 100,000 new homes a year by 2030, in a speech "
        "to her party's conference in Gothenburg.",
        [("Prime Minister Anna Lindqvist", "promised", "a speech")],
    ),
    # A reporting verb the tagger took for a noun, which the parser still gave a subject and a clause.
    (
        "The agency forecast that the level would fall further this week because little rain is expected in the Alps.",
        [("The agency", "forecast", None)],
    ),
    # What a refuted claim is 'not supported by' or 'invented by' is no party answering for it.
    (
        'The Electoral Commission said the claim was "not supported by the text" of the bill.',
        [("The Electoral Commission", "said", None)],
    ),
    (
        "The company said the figures had been invented by a former employee.",
        [("The company", "said", None)],
    ),
    # 'X was quoted by Y as saying': X speaks, Y is the medium, wherever 'by Y' stands.
    (
        "Peskov was quoted by Interfax as saying the Kremlin had no plans to respond.",
        [("Peskov", "quoted", "Interfax")],
    ),
    (
        "The minister was quoted as saying by the TASS news agency that 14 soldiers had been captured.",
        [("The minister", "quoted", "the TASS news agency")],
    ),
    # Calls, demands and appeals say what someone wants; a verb the parser hung on a verbless root speaks.
    ("The UN called for an immediate ceasefire.", [("The UN", "called", None)]),
    ("The union demanded an apology.", [("The union", "demanded", None)]),
    ("Police appealed for calm.", [("Police", "appealed", None)]),
    ("Russia, a traditional ally of Armenia, called on both sides to show restraint.", [("Russia", "called", None)]),
    # 'The WHO' is an organisation, not the pronoun 'who'; 'described ... as' however the parser hangs 'as'.
    ("The WHO said 12 hospitals had closed.", [("The WHO", "said", None)]),
    ("Officials described the damage as severe.", [("Officials", "described", None)]),
    # The party of a non-response that has no active subject; 'concede' reports.
    (
        "The ministry could not immediately be reached for comment.",
        [("The ministry", "could not immediately be reached", None)],
    ),
    ("There was no immediate response from the army.", [("the army", "no immediate response", None)]),
    (
        "Officials in Kyiv privately concede that the counteroffensive has stalled.",
        [("Officials in Kyiv", "concede", None)],
    ),
    # Court reporting: what a hearing was told, by someone the sentence does not name.
    ("The court heard that the defendant had sent threatening messages.", [("The court", "heard", None)]),
    ("The jury was told the attack lasted 20 minutes.", [("The jury", "told", None)]),
    ("The court was told by prosecutors that Smith fled.", [("prosecutors", "told", None)]),
    # What a name was published or aired in is the medium.
    (
        "The study, published in the Lancet on Wednesday, found that the drug cut deaths by 20 percent.",
        [("The study", "found", "the Lancet")],
    ),
    # A one-letter platform at a sentence's end keeps its name; a denial has its medium too.
    ("The minister resigned, she said in a post on X.", [("she", "said", "a post on X")]),
    (
        "The player, Tomasz Nowicki of Poland, denied cheating in a post on X.",
        [("The player, Tomasz Nowicki of Poland", "denied", "a post on X")],
    ),
    # A gerund the parser reads as part of the object is what was reported.
    ("Witnesses reported hearing gunfire near the airport.", [("Witnesses", "reported", None)]),
    # Who first reported the main clause's subject reports the sentence.
    (
        "The plan, first reported by Bloomberg, would cut 5,000 jobs.",
        [("Bloomberg", "reported", None)],
    ),
    (
        "The deal, which was first reported by the Wall Street Journal, values the company at 12 billion dollars.",
        [("the Wall Street Journal", "reported", None)],
    ),
    # A participle speaks for its main clause's subject.
    (
        "The farmers' union walked out of the talks on Friday, saying the offer was an insult.",
        [("The farmers' union", "saying", None)],
    ),
    # A trailing reporting clause the parser joined to the report as a second act.
    (
        "Two ballistic missiles hit the city as people were going to church, the regional governor, "
        "Volodymyr Artiukh, wrote on Telegram.",
        [("the regional governor, Volodymyr Artiukh", "wrote", "Telegram")],
    ),
    # A view framed by its holder; a way of putting it; a ruling as medium.
    (
        'In the view of his lawyer, Sofie Claes, the case rests on "the word of a businessman trying to save himself".',
        [("his lawyer, Sofie Claes", "In the view of", None)],
    ),
    (
        'As the presiding judge put it on Monday, the court will decide "on evidence, not on headlines".',
        [("the presiding judge", "put", None)],
    ),
    (
        'In a ruling in March, the judge wrote that the delay was "the decisive factor" in the deaths.',
        [("the judge", "wrote", "a ruling")],
    ),
    # Quoted words after the object are what 'called' reports, wherever the parser hangs them.
    (
        'The party\'s leader called the charges "lies invented abroad".',
        [("The party's leader", "called", None)],
    ),
    # A second account set beside the first after ', while' is no aside of the writer's.
    (
        "Hamas said it was studying the proposal, while an Israeli official told Channel 12 that parts of it "
        "were unacceptable.",
        [("Hamas", "said", None), ("an Israeli official", "told", "Channel 12")],
    ),
    # A name ending in '-ly' that the parser reads as an adverb still speaks.
    ("Dashly said it would appeal.", [("Dashly", "said", None)]),
    # A finding a body accepts (cues.json 'speech_verbs', 'verbs_needing_content').
    (
        "The Court of Arbitration for Sport has overturned a doping ban on Peter Kiprono, accepting that a banned "
        "steroid in his sample came from contaminated meat.",
        [("The Court of Arbitration for Sport", "accepting", None)],
    ),
    # What a source can confirm it reports; what it will claim is the writer's forecast (below).
    ("The ministry can confirm that 40 people died.", [("The ministry", "confirm", None)]),
    # Advice is a view (cues.json 'speech_verbs').
    (
        "The association advised people with asthma to keep their inhalers with them.",
        [("The association", "advised", None)],
    ),
    # A record's finding with a plain noun object (cues.json 'record_findings').
    ("The survey found a sharp rise in loneliness among young people.", [("The survey", "found", None)]),
    ("The researchers found no change among boys.", [("The researchers", "found", None)]),
    ("Police data show a sharp rise in burglaries.", [("Police data", "show", None)]),
    (
        "A leaked draft of the city's budget shows plans to close three libraries and a swimming pool.",
        [("A leaked draft of the city's budget", "shows", None)],
    ),
    # A speaker the parser made an apposition inside the clause it reports.
    (
        "An experimental vaccine against RSV cut hospital admissions among adults over 60 by 82%, its maker "
        "Nordvax said on Wednesday.",
        [("its maker Nordvax", "said", None)],
    ),
    # A closing reporting verb the parser made the clause of the sentence it reports.
    (
        "The government has approved a second runway at Gatwick Airport, Transport Secretary Helen Moore "
        "announced on Thursday.",
        [("Transport Secretary Helen Moore", "announced", None)],
    ),
    # A closing 'estimates' the parser joins to the name before it ('EY estimates').
    (
        "Electric cars still cost on average about 10,000 euros more than comparable petrol models, the "
        "consultancy EY estimates.",
        [("the consultancy EY", "estimates", None)],
    ),
    # A closing 'forecast' the parser takes for a noun, after a possessive source (cues.json misread forms).
    (
        "Spain's olive oil output will fall by about a third this season, the country's agriculture ministry "
        "forecast on Thursday.",
        [("the country's agriculture ministry", "forecast", None)],
    ),
    ('"Those complaints were investigated, and I was cleared," she replied.', [("she", "replied", None)]),
    # A company's guidance under a pronoun.
    (
        "It now expects operating profit of between 300 million and 350 million euros, down from an earlier "
        "forecast of 450 million.",
        [("It", "expects", None)],
    ),
    # Farmers weighing an action say nothing; the association reports it (cues.json 'contemplating_verbs').
    (
        "Growers' association Asaja said some farmers were considering pulling up old trees and planting almonds.",
        [("Growers' association Asaja", "said", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_finds_source_cue_and_channel(text, expected):
    assert attributions(only_sentence(text)) == expected


NO_ATTRIBUTION = [
    # figures of a kind ('from such tests') say nothing as a speech act would
    "Battery figures from such tests rarely match what users see.",
    "The budget also adds 40 police officers and closes two branch libraries.",
    "However, the claim remains unverified.",
    "The Russian Ministry of Defense's emphasis on the operation's success may serve to bolster domestic morale.",
    "Before the war, the city was home to about 46,000 people.",
    "The long-term consequences of the battle remain uncertain.",
    "Investors saw prices fall sharply on Monday.",
    "The government put the plan on hold.",
    "Goalkeeper Tomas Varga announced his retirement on Saturday after 18 seasons.",
    "Unions are furious.",
    # Things and an extraposed 'it' hold no views.
    "That date looks optimistic.",
    "It is optimistic to expect a deal this year.",
    "The jury heard evidence for three weeks.",
    "Residents called the police.",
    # What is under investigation is no party to it.
    "The cause of the fire is still under investigation.",
    "The circumstances of his death are under investigation.",
    # Speech inside the writer's reason, condition or comparison is nobody's attribution.
    "If the B sample confirms the result, Reid faces a ban of up to four years.",
    "The village's 300 residents had been evacuated last week after geologists warned that the mountain was unstable.",
    "The Bank of England is watching food prices closely because they shape how households think about inflation.",
    "The rules on the whip were tightened in 2023 after a review found that the public saw its use as cruel.",
    "The margin was narrower than polls had suggested.",
    "The government deserves some credit, but less than it claims.",
    # What someone meets with is not what they report.
    "Farmers are finding it difficult to sell their crops.",
    # A relative clause of time describes the time; its speaker cites nothing here.
    "It is due to close in 2039, when the government expects homes to be priced at their true risk.",
    # A participle after a comma adds to the clause; it reports nothing.
    "The attacks have forced many shipping companies to send vessels around Africa, adding about two weeks to "
    "journeys between Asia and Europe.",
    # What a record does not do is a fact about it.
    "The ruling does not quash convictions already made under the rules.",
    # Nor is the writer's forecast of what a record could do.
    "The ruling could affect thousands of riders if it is upheld.",
    # Asking not to be named asks for nothing on anyone's behalf.
    "The official, who asked not to be named, left the building.",
    # A study's method is the writer's description of it.
    "The study, published in the journal The Cryosphere, used measurements from more than 2,000 weather stations.",
    # What the police found is an act, and what pictures show the writer's report of them.
    "Police found a body in the river.",
    "Videos posted on social media showed a large fire at an industrial site at night.",
    "The fine shows that speed came at a cost.",
    # The speaker of a relative clause is part of a noun before it; an offer accepted says nothing.
    "The charity based its figures on freedom of information requests to NHS bodies, not all of which replied.",
    "The union accepted the offer.",
    # What someone will or may say is the writer's forecast.
    "Both sides will claim the numbers prove them right.",
    "Critics may argue that the plan is too costly.",
    # A track record is the writer's reading (sources.json 'not_sources').
    "Its record suggests otherwise.",
    # An extraposed 'it' holds no belief.
    "It is hard to believe that the timing was an accident.",
    # A verb of belief or a stance under a modal is the writer's advice.
    "Customers should expect a wave of convincing scam calls.",
    "Customers should be wary of messages that claim to come from the company.",
    "Some farmers are considering pulling up their old trees.",
    "Chile is considering whether to protect the area from fishing and mining.",
    # An act someone is made to do is no speech reported.
    "The Financial Conduct Authority now requires banks to assess the effect on a town before closing its last branch.",
    # What a study is made of says nothing (cues.json 'method_verbs').
    "The study tested the children's hearing at the ages of 9 and 13.",
    # An appeal to a court is a legal act (cues.json content_prepositions 'bodies').
    "Cardoso reportedly plans to appeal to Portugal's Supreme Court.",
    # Parties at odds over a topic report nothing (markers.json caveat_verbs 'topics').
    "For months the two parties had disagreed on almost everything, from housing to the budget.",
    # What is to blame is blamed; it blames nobody (cues.json 'owned_up_to').
    "Road construction on the slope above the village is almost certainly to blame.",
]


@pytest.mark.parametrize("text", NO_ATTRIBUTION)
def test_a_subject_is_not_a_source(text):
    assert only_sentence(text).attributions == []


def test_a_speech_verb_inside_a_quote_is_not_the_attribution():
    sentence = only_sentence('"They said we would lose everything," Okafor told reporters.')
    assert attributions(sentence) == [("Okafor", "told reporters", None)]


def test_a_finite_verb_hung_as_a_relative_clause_on_a_later_verb_s_subject_still_speaks():
    """In this article the parser makes 'The opposition' the subject of 'dressed' and 'called' a relative clause
    on it; a true relative clause with a bare subject ('The plan the council approved') has no object of its own."""
    text = (
        "It cuts the budget for foreign aid by a fifth. The opposition Social Democrats called the budget "
        '"a giveaway to the well-off dressed up as help for families."'
    )
    assert attributions(claimtrace.annotate(text).sentences[-1]) == [("Social Democrats", "called", None)]


def test_a_speaker_whose_description_the_parser_read_as_a_clause_still_speaks():
    text = (
        '"It travels thousands of miles."\n\n'
        "Scientists not involved in the research said the findings were consistent with earlier estimates."
    )
    sentence = claimtrace.annotate(text).sentences[1]
    assert [(a.source.text, a.cue.text) for a in sentence.attributions] == [
        ("Scientists not involved in the research", "said")
    ]


def test_a_closing_speech_verb_given_the_reported_clause_s_subject_still_reports_it():
    text = (
        "Researchers at Uppsala University in Sweden followed almost 250,000 adults for more than a decade.\n\n"
        "The link held after the team accounted for diet, weight and exercise, they wrote in the journal JAMA "
        "Network Open."
    )
    sentence = claimtrace.annotate(text).sentences[1]
    found = [(a.source.text, a.cue and a.cue.text, a.channel and a.channel.text) for a in sentence.attributions]
    assert found == [("they", "wrote", "the journal JAMA Network Open")]


def test_a_cause_that_explains_is_no_source():
    sentence = only_sentence(
        "The researchers said warmer winters, rather than less snowfall, explained most of the loss."
    )
    assert [a.source.text for a in sentence.attributions] == ["The researchers"]


def test_a_title_after_the_speech_verb_the_parser_read_as_a_verb_still_names_the_speaker():
    sentence = only_sentence(
        '"The waves were very high and the boat started taking in water," said survivor Juma Ssali, a fisherman.'
    )
    assert attributions(sentence) == [("Juma Ssali", "said", None)]


def test_what_a_source_says_is_to_blame_is_no_second_source():
    sentence = only_sentence("The industry says warmer seas are to blame; its critics say the farms are too crowded.")
    assert [a.source.text for a in sentence.attributions] == ["The industry", "its critics"]


def test_what_economists_had_expected_is_theirs_though_its_object_is_a_bare_figure():
    sentence = only_sentence("Economists polled by Reuters had expected 240,000.")
    assert attributions(sentence) == [("Economists", "expected", None)]


def test_a_speaker_vouching_for_what_a_thing_is_speaks_through_the_act_s_medium():
    sentence = only_sentence("The group posted samples of what it said were stolen files on its leak site on Tuesday.")
    assert [(a.source.text, a.cue.text, a.channel.text) for a in sentence.attributions] == [
        ("it", "said", "its leak site")
    ]


def test_a_participle_naming_its_noun_is_no_speech():
    """'called Tyson' names the dog: the parser's clause on a noun in apposition is no closing 'told'."""
    sentence = only_sentence("The court heard that the dog, an XL bully called Tyson, bit the postman on the arm.")
    assert attributions(sentence) == [("The court", "heard", None)]


def test_a_party_that_published_no_evidence_is_the_caveat_s_source():
    text = "Russia's defence ministry said its forces had struck a warehouse. It published no evidence."
    caveat = claimtrace.annotate(text).sentences[1]
    assert caveat.label == "verification_caveat" and [a.source.text for a in caveat.attributions] == ["It"]


def test_a_noun_after_the_speech_verb_the_parser_made_a_second_subject_is_what_is_said():
    """Here the parser makes 'councils' a second subject of 'said', with 'paid' hung on it."""
    text = (
        "The group runs 41 homes in England.\n\nCare England, which represents providers, said councils paid too "
        "little for places to cover the cost of good care.\n\n"
    )
    sentence = claimtrace.annotate(text).sentences[1]
    assert [a.source.text for a in sentence.attributions] == ["Care England"]


def test_a_participle_saying_what_someone_is_suspected_of_is_no_speech():
    text = (
        "The commissioner said the cameras had scanned the faces of about 300,000 people a day, almost none of "
        "them suspected of anything."
    )
    assert [a.source.text for a in only_sentence(text).attributions] == ["The commissioner"]


def test_a_group_s_stance_whose_subject_the_parser_hung_on_the_auxiliary_is_held_by_that_group():
    sentence = only_sentence("Several Caravaggio specialists are not convinced.")
    assert attributions(sentence) == [("Several Caravaggio specialists", "are not convinced", None)]
