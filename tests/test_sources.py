"""claimtrace_sources: one id per real-world source across an article; named or vague."""

from __future__ import annotations

import pytest

import claimtrace


def _ids(text: str) -> list[list[tuple[str, str]]]:
    report = claimtrace.annotate(text)
    return [[(a.source.text, a.source.source_id) for a in s.attributions] for s in report.sentences]


def _sole_attribution(text: str, sentence: int) -> tuple[claimtrace.ArticleReport, claimtrace.Attribution]:
    report = claimtrace.annotate(text)
    (attribution,) = report.sentences[sentence].attributions
    return report, attribution


def test_ministry_mentions_share_one_id():
    text = (
        "Troops took the town, according to the Russian Ministry of Defense. "
        "The ministry said 40 soldiers had been captured. "
        "Its spokesman said more operations would follow."
    )
    report = claimtrace.annotate(text)
    ministry = report.sentences[0].attributions[0].source
    assert ministry.named
    assert report.sentences[1].attributions[0].source.source_id == ministry.source_id
    assert report.sources[0].name == "Russian Ministry of Defense"


def test_title_surname_and_pronoun_are_one_person():
    text = (
        "Kremlin spokesman Dmitry Peskov told reporters that talks had stalled. "
        "Peskov added that no date had been set. "
        "He said Moscow remained open to dialogue."
    )
    ids = [mentions[0][1] for mentions in _ids(text)]
    assert len(set(ids)) == 1


def test_a_title_makes_a_person_of_a_name_the_tagger_took_for_an_organisation():
    text = (
        "A Russian drone attack damaged grain silos and a port building in the Ukrainian city of Izmail overnight, "
        "regional governor Oleh Kiper said on Telegram. "
        "He said two port workers were injured."
    )
    (governor,), (he,) = _ids(text)
    assert he == ("He", governor[1])


def test_a_pronoun_before_any_source_finds_the_named_company():
    text = (
        "Shares of Norvalis Semiconductor fell 14 percent on Thursday. "
        "The chipmaker now expects lower sales, it said in a regulatory filing. "
        "Norvalis declined to comment on the report."
    )
    report, it = _sole_attribution(text, 1)
    (norvalis,) = report.sentences[2].attributions
    assert it.source.named and it.source.source_id == norvalis.source.source_id
    assert report.sources[0].name == "Norvalis Semiconductor"


def test_different_sources_get_different_ids():
    text = "Kremlin spokesman Dmitry Peskov said talks had stalled. Ukraine's General Staff said fighting continued."
    ids = [mentions[0][1] for mentions in _ids(text)]
    assert ids[0] != ids[1]


def test_the_company_beside_another_source_in_its_sentence_is_not_that_source():
    text = "The union said 5,000 workers joined the strike, while the company said fewer than 1,000 did."
    ((union, union_id), (company, company_id)) = _ids(text)[0]
    assert (union, company) == ("The union", "the company") and union_id != company_id


def test_vague_and_unidentified_sources(dimitrov):
    by_name = {s.name: s for s in dimitrov.sources}
    assert not by_name["Military analysts"].named and by_name["Military analysts"].identified
    expert = by_name["the expert"]
    assert not expert.named and not expert.identified


def test_a_restrictive_description_is_a_new_source():
    text = (
        "Cases rose to 48, the Department of Health said. "
        "The hospital that treated the first patient declined to comment."
    )
    ids = [mentions[0][1] for mentions in _ids(text)]
    assert ids[0] != ids[1]


def test_the_spokesman_after_a_titled_name():
    text = "Kremlin spokesman Dmitry Peskov said the talks had stalled. The spokesman added that no date had been set."
    ids = [mentions[0][1] for mentions in _ids(text)]
    assert ids[0] == ids[1]


@pytest.mark.parametrize(
    "text",
    [
        # a title in the name tells the role ('Justice' -> 'judge'), or the name has another spelling
        "Mr Justice Pemberton ruled on Wednesday that the London borough had acted lawfully when it renewed the "
        "scheme last year. The judge said the council had shown that the scheme had reduced complaints.",
        "Arctic sea ice shrank to 4.28 million square kilometres this month, the US National Snow and Ice Data "
        "Center said. The 18 lowest minimums have all occurred in the last 18 years, the centre said.",
    ],
    ids=["the-judge", "the-centre"],
)
def test_a_description_refers_back_through_a_word_of_the_name(text):
    first, later = (s.attributions[0].source for s in claimtrace.annotate(text).sentences)
    assert (later.source_id, later.named) == (first.source_id, True)


@pytest.mark.parametrize(
    ("text", "source", "named"),
    [
        # a record's reader is not its author; its publisher or sender is
        (
            "Software company Atlassian will cut about 1,500 jobs, according to an internal memo seen by Reuters.",
            "an internal memo",
            False,
        ),
        (
            "Sewage spills doubled, according to figures published by the Environment Agency.",
            "the Environment Agency",
            True,
        ),
        (
            'The memo, sent by chief executive Daniel Fraser, said the company needed to "move faster".',
            "chief executive Daniel Fraser",
            True,
        ),
    ],
)
def test_a_record_is_its_author_s_not_its_reader_s(text, source, named):
    attribution = claimtrace.annotate(text).sentences[0].attributions[0]
    assert (attribution.source.text, attribution.source.named) == (source, named)


def test_a_singular_description_is_not_the_plural_source_with_its_noun():
    text = (
        "Card payments failed for four hours on Tuesday, the banks said. "
        "The Dutch central bank said it had asked the banks for a full account of what went wrong."
    )
    report = claimtrace.annotate(text)
    banks, central_bank = (s.attributions[0].source for s in report.sentences)
    assert central_bank.source_id != banks.source_id


def test_a_description_does_not_refer_back_to_no_party():
    report = claimtrace.annotate("Neither bank named the provider. The Dutch central bank said it was looking into it.")
    assert report.sentences[1].attributions[0].source.named


def test_the_statement_refers_back_to_whoever_made_it():
    text = (
        "Ukraine's General Staff said fighting continued. "
        "The ministry said in a statement that 40 soldiers had been captured. "
        "The statement highlights the scale of the operation."
    )
    report = claimtrace.annotate(text)
    ministry = report.sentences[1].attributions[0].source.source_id
    statement = report.sentences[2].attributions[0]
    assert statement.source.text == "The statement" and statement.source.source_id == ministry
    assert report.sentences[2].label == "analyst_opinion"


def test_an_assessment_that_points_to_something_is_its_makers_view():
    text = (
        "Naval analyst Oleksandr Hrytsenko told Ukrainian television that the strikes had forced Russia to move "
        "its fleet. His assessment points to a broader shift in the balance of power at sea."
    )
    report = claimtrace.annotate(text)
    analyst = report.sentences[0].attributions[0].source.source_id
    (assessment,) = report.sentences[1].attributions
    assert assessment.source.source_id == analyst and report.sentences[1].label == "analyst_opinion"


def test_she_refers_to_a_titled_name_the_tagger_took_for_an_organisation():
    report = claimtrace.annotate(
        "Agency nurse Grace Mensah works night shifts at three different hospitals in Birmingham.\n\n"
        "\"Some weeks I don't know which ward I'll be on until I arrive,\" she said."
    )
    (attribution,) = report.sentences[1].attributions
    assert attribution.source.named
    assert report.sources[0].name == "Grace Mensah"


def test_the_report_keeps_its_maker_where_the_findings_are_the_writers_reading():
    report = claimtrace.annotate(
        "The health ministry said in a report on Monday that 40 clinics had closed. "
        "The report highlights the strain on rural areas. The findings strengthen the case for more staff."
    )
    ministry = report.sentences[0].attributions[0].source.source_id
    assert [a.source.source_id for a in report.sentences[1].attributions] == [ministry]
    assert report.sentences[2].attributions == [] and report.sentences[2].label == "unsourced_opinion"


def test_anonymous_source_with_a_description_is_vague():
    report = claimtrace.annotate(
        "A senior official, who spoke on condition of anonymity, said the plan had been shelved."
    )
    (attribution,) = report.sentences[0].attributions
    assert attribution.source.text == "A senior official" and not attribution.source.named
    assert report.sources[0].identified


def test_named_through_apposition_or_a_naming_clause():
    report = claimtrace.annotate(
        "His agent, Jorge Mendes, wrote on Instagram that his client was happy. "
        "A group calling itself ShadowNet claimed responsibility for the attack."
    )
    first, second = (s.attributions[0].source for s in report.sentences)
    assert first.named and second.named and second.text == "A group calling itself ShadowNet"


def test_a_surname_finds_the_person_the_text_introduced():
    text = (
        "Maria Lopez has coached the national team for six years. "
        '"We did not expect to lose like this," Lopez said. '
        "She said three of her players had been injured."
    )
    report = claimtrace.annotate(text)
    ids = {mentions[0][1] for mentions in _ids(text) if mentions}
    assert len(ids) == 1
    assert report.sources[0].name == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        "The federation's president, Henrik Dahl, said Lopez had the board's support. "
        "Dahl said the board would meet on Monday.",
        "BBB leader Caroline van der Plas said the talks had failed. "
        "Van der Plas denied that her party had planned the walkout.",
    ],
    ids=["appositive-name", "name-particles"],
)
def test_a_shortened_name_is_the_same_source(text):
    assert len({mentions[0][1] for mentions in _ids(text)}) == 1


def test_the_government_is_not_the_last_organisation_named():
    text = (
        "The Canadian Home Builders' Association said the cap would delay 50,000 planned units. "
        "The government disputed that estimate."
    )
    (association,), (government,) = _ids(text)
    assert association[1] != government[1]


def test_a_role_of_a_named_source_is_named():
    text = (
        "The company, Lumen AI, did not respond to a request for comment. "
        "In a blog post last year, its chief executive wrote that the firm used only licensed data."
    )
    report = claimtrace.annotate(text)
    chief = report.sentences[1].attributions[0].source
    assert (chief.text, chief.named) == ("its chief executive", True)
    assert chief.source_id != report.sentences[0].attributions[0].source.source_id


def test_a_group_around_a_named_person_is_vague():
    text = "Delgado needs a majority of the 51 members. Her allies say she has the votes."
    allies = claimtrace.annotate(text).sentences[1].attributions[0].source
    assert (allies.text, allies.named) == ("Her allies", False)


def test_the_force_is_the_police_force_named_before():
    report = claimtrace.annotate(
        "Cumbria Police said Daniel Frost had left his car at Wasdale Head at about 8 a.m.\n\n"
        "Mountain rescue teams and a coastguard helicopter searched the area overnight, the force said."
    )
    police, force = (s.attributions[0].source for s in report.sentences)
    assert (force.text, force.named, force.source_id) == ("the force", True, police.source_id)


def test_a_plural_the_recogniser_takes_for_a_name_is_vague():
    """The recogniser reads 'Campaigners' at a sentence's start as a person's name; it is a group."""
    report = claimtrace.annotate(
        "The company is £20 billion in debt and is negotiating with creditors to avoid temporary nationalisation."
        "\n\nCampaigners said fines alone would never fix the problem."
    )
    campaigners = report.sentences[1].attributions[0].source
    assert (campaigners.text, campaigners.named) == ("Campaigners", False)


def test_a_description_closed_by_its_name_is_named():
    text = "The tribunal in Leeds found that the trust had dismissed Karen Holt because she made protected disclosures."
    tribunal = claimtrace.annotate(text).sentences[0].attributions[0].source
    assert (tribunal.text, tribunal.named) == ("The tribunal in Leeds", True)


def test_the_institution_the_article_last_described_without_a_name_is_vague():
    """'The hospital' is the hospital in South Africa, not the NHS hospitals before it; trusts are no one body."""
    text = (
        "A surgeon worked in NHS hospitals for six years using a certificate from a hospital in South Africa. "
        "The hospital told the tribunal it had no record of him. "
        "The NHS trusts involved said they were reviewing his patients' care."
    )
    report = claimtrace.annotate(text)
    sources = [(a.source.text, a.source.named) for s in report.sentences[1:] for a in s.attributions]
    assert sources == [("The hospital", False), ("The NHS trusts", False)]


def test_naming_a_role_registers_no_source_of_its_own():
    text = "Shares of Norvalis Semiconductor fell 14 percent. Its chief executive said demand was weak."
    report = claimtrace.annotate(text)
    chief = report.sentences[1].attributions[0].source
    assert chief.named
    assert [(s.name, s.sentences) for s in report.sources] == [("Its chief executive", [1])]


def test_a_source_cited_twice_in_a_sentence_is_one_attribution():
    sentence = claimtrace.annotate("AWS said it had found no evidence of malicious activity.").sentences[0]
    assert sentence.label == "verification_caveat"
    assert [(a.source.text, a.cue.text) for a in sentence.attributions] == [("AWS", "said")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Spanish city of Valencia said the flood barriers would be finished by March.",
            "The Spanish city of Valencia",
        ),
        ("The mayor of Lyon said the tram line would open in June.", "The mayor of Lyon"),
        ("The port of Rotterdam said container volumes fell 4 percent.", "The port of Rotterdam"),
    ],
)
def test_a_description_fixed_by_a_proper_name_is_named(text, source):
    (attribution,) = claimtrace.annotate(text).sentences[0].attributions
    assert (attribution.source.text, attribution.source.named) == (source, True)


def test_an_organisation_the_article_has_in_mind_is_named_and_a_person_is_not():
    text = (
        "Shares in Helvion fell 9 percent on Friday. "
        "The regulator said it had opened an inquiry. "
        "The club said in a statement that the manager would stay. "
        "The Danish energy agency said wind power met 58 percent of demand. "
        "The expert said the inquiry could take a year."
    )
    sources = [s.attributions[0].source for s in claimtrace.annotate(text).sentences[1:]]
    assert [source.named for source in sources] == [True, True, True, False]


def test_an_institution_the_text_introduced_without_a_name_stays_vague():
    text = (
        "Health officials said they had confirmed 23 cases of mumps at a university in Boise. "
        "The university said in an email to students that it would offer free vaccine doses."
    )
    report, university = _sole_attribution(text, 1)
    assert (university.source.text, university.source.named) == ("The university", False)
    assert any(w.kind == "unidentified_source" and w.sentences == [1] for w in report.warnings)


def test_it_reporting_the_clause_before_it_is_that_clauses_subject():
    text = "The world chess federation has opened an investigation into a grandmaster's games, it said on Thursday."
    report, it = _sole_attribution(text, 0)
    assert it.source.named
    assert [source.name for source in report.sources] == ["world chess federation"]


def test_figures_it_published_are_cited_by_the_sentences_own_subject():
    """The 'it' of 'figures it published' is La Liga, the subject, not Real Madrid, the source cited last."""
    text = (
        "Real Madrid said in a statement that it welcomed the decision. La Liga has filed more than 20 complaints "
        "about racist abuse this season, according to figures it published last month."
    )
    report, figures = _sole_attribution(text, 1)
    assert figures.source.text == "it"
    (source,) = [s for s in report.sources if s.id == figures.source.source_id]
    assert source.name == "La Liga"


def test_the_newspaper_is_the_outlet_named_before():
    text = (
        "Real Sociedad striker Mikel Oyarzabal is close to joining Atletico Madrid, Spanish sports daily Marca "
        "reported on Tuesday. The newspaper said the clubs had agreed the fee."
    )
    (marca,), (newspaper,) = (s.attributions for s in claimtrace.annotate(text).sentences)
    assert newspaper.source.source_id == marca.source.source_id
    assert newspaper.source.named


def test_a_record_with_its_owners_name_is_named_and_is_that_owner():
    text = (
        "Waiting lists fell for the third month in a row in September, NHS England figures published on "
        "Thursday show. NHS England did not respond to a request for comment."
    )
    (figures,), (owner,) = (s.attributions for s in claimtrace.annotate(text).sentences)
    assert (figures.source.text, figures.source.named) == ("NHS England figures", True)
    assert figures.source.source_id == owner.source.source_id


def test_it_is_the_organisation_not_the_groups_cited_since():
    text = (
        "Northgate Resources said it was encouraged by the talks. "
        "Fishing cooperatives said they would block the harbour if the mine reopened. "
        "It did not say when the mine could restart."
    )
    (company,), (cooperatives,), (it,) = _ids(text)
    assert it[1] == company[1] != cooperatives[1]


def test_the_central_bank_is_not_the_company_named_before():
    text = (
        "Exports from the Orvane Copper mine fell by half last year. "
        "The closure cost the country 4 percent of its output, according to the central bank. "
        "Orvane Copper said it hoped to reopen the mine in 2027."
    )
    _, (bank,), (company,) = _ids(text)
    assert bank[1] != company[1]


@pytest.mark.parametrize(
    "text",
    [
        # a description the text named earlier, though nobody was cited by that name
        "Organisers of the Millbrook Harbour jazz festival cancelled this year's event on Monday. "
        "The festival said fewer than half of its tickets had been sold. "
        "The festival did not respond to questions about refunds.",
        # a person called by age
        "Marta Kowalczyk won the Warsaw marathon on Sunday in 2 hours 21 minutes.\n\n"
        '"I did not expect to win," the 29-year-old said.\n\n'
        "She said she would run in Berlin next.",
    ],
)
def test_a_mention_of_what_the_text_named_before_is_that_named_source(text):
    first, second = (s.attributions[0].source for s in claimtrace.annotate(text).sentences[1:])
    assert first.named and first.source_id == second.source_id


def test_a_clause_set_off_by_commas_leaves_the_institution_named():
    text = "The regulator, which was set up in 1989, said it would fine the company."
    (attribution,) = claimtrace.annotate(text).sentences[0].attributions
    assert (attribution.source.text, attribution.source.named) == ("The regulator", True)


def test_a_definite_description_with_a_name_in_it_is_named():
    (attribution,) = (
        claimtrace.annotate("The GEW teachers' union said 40,000 staff had struck.").sentences[0].attributions
    )
    assert attribution.source.named


def test_a_description_reporting_a_name_s_act_is_that_name():
    text = (
        "Orsted has scrapped plans for a giant wind farm off the coast of Yorkshire, the Danish company said on "
        "Wednesday, blaming rising costs. "
        "Orsted said supply chain costs had risen. "
        "It will take a charge of up to 5 billion Danish crowns on the cancellation, it said."
    )
    report = claimtrace.annotate(text)
    ids = {a.source.source_id for s in report.sentences for a in s.attributions}
    assert len(ids) == 1
    assert report.sources[0].name == "Orsted" and report.sources[0].named


def test_a_capital_inside_a_word_marks_a_name():
    (sentence,) = claimtrace.annotate('Industry group RenewableUK called the decision "a wake-up call".').sentences
    assert sentence.attributions[0].source.named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name the tagger read as a common noun is the name introduced before.
        (
            "Prosecutors say Jan Peeters, 61, steered contracts to three companies in return for cash. "
            "Peeters denies the charges.",
            "Jan Peeters",
        ),
        # An organisation's 'it' with no source or name before it is the institution the text spoke of.
        (
            "Repair requests have piled up since the council cut its maintenance budget last spring. "
            "It did not answer our questions.",
            "council",
        ),
    ],
)
def test_a_second_sentence_finds_the_source_the_first_introduced(text, name):
    report, attribution = _sole_attribution(text, 1)
    assert attribution.source.named
    assert report.sources[-1].name == name


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # a family is a group, and 'they' finds it, not the court named in the article's first sentence
        (
            "A van driver was cleared on Friday at Maidstone Crown Court. The cyclist's family said in a statement "
            'that they were "devastated" by the verdict. "Nobody has been held responsible for the loss of our '
            'son," they said.',
            "The cyclist's family",
        ),
        # a plural that opens a sentence is a group too, though capitalised
        (
            "The trial opened on Monday at Leeds Crown Court. Prosecutors told the jury that the fire was started "
            "deliberately. They said the defendant had bought petrol an hour before.",
            "Prosecutors",
        ),
    ],
)
def test_they_finds_the_group_that_spoke_before(text, group):
    first, second = [s.attributions[0].source for s in claimtrace.annotate(text).sentences if s.attributions][:2]
    assert first.text == group
    assert second.source_id == first.source_id
    assert not second.named


def test_a_coast_guard_is_a_named_body_and_another_country_s_is_another_source():
    text = (
        "A Chinese ship rammed a Philippine patrol boat near Second Thomas Shoal, the Philippine coast guard said. "
        "China's coast guard said the Philippine boat had entered its waters illegally. "
        "It said it had taken 'necessary measures'."
    )
    report = claimtrace.annotate(text)
    manila, beijing, pronoun = (s.attributions[0].source for s in report.sentences)
    assert manila.named and beijing.named
    assert beijing.source_id != manila.source_id
    assert pronoun.source_id == beijing.source_id


def test_an_nhs_trust_is_an_institution_the_article_names():
    text = (
        "Only 52 percent of patients at University Hospitals of Leicester started cancer treatment within two "
        "months, NHS figures show. The trust said demand for cancer tests had risen by a third in three years."
    )
    trust = claimtrace.annotate(text).sentences[1].attributions[0].source
    assert (trust.text, trust.named) == ("The trust", True)


def test_the_council_is_not_a_source_described_by_its_leadership():
    text = (
        "Harrowfield council is set to close 14 of its 20 public toilets. A source close to the council's leadership "
        "said the toilets cost 400,000 pounds a year to run. The council did not respond to a request for comment."
    )
    ((_, insider),), ((council, council_id),) = _ids(text)[1:]
    assert council == "The council" and council_id != insider
