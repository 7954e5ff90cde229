"""Signs that a sentence judges or predicts, beyond the words listed in `markers.json`.

Journalists paraphrase facts and quote judgements, so quotation is one sign;
a forecast of what things will do (not what someone will do) is another; the
writer characterising something ('Outages of this scale are rare', 'For many
shoppers, it was the last reason to go into town') is a third, the writer's
own sentence with nothing in it to check ('Money alone will not fix that') a
fourth, and a source's standing view, said now of the present with nothing
to count ('Her allies say she has the votes'), a fifth, a source reading a
meaning into an event ('said the incident showed that ...') or naming a
cause ('blamed falling vaccination rates') a sixth. What the writer states
as background (`background`) is no comment.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import load_resource, role_nouns
from .background import BackgroundReader
from .extensions import AttributionRecord, attribution_tokens
from .grammar import (
    DEMONSTRATIVES,
    FREE_RELATIVES,
    after_be_to,
    child,
    compares_rates,
    inside_quote,
    is_agent,
    opened_by,
    preposition,
    subject_of,
    within,
    words_of,
)

PARTIAL_QUOTE_WORDS = 6
FACTUAL_ENTITIES = {"CARDINAL", "PERCENT", "MONEY", "DATE", "TIME", "QUANTITY", "ORDINAL"}
FUTURE_MODALS = {"will", "would", "'ll", "wo"}
CONDITIONS = {"if", "unless"}
PRESENT_TAGS = {"VBP", "VBZ"}
PAST_TAGS = {"VBD", "VBN"}
NAME_ENTITIES = {"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
RANKING_ENTITIES = {"ORDINAL", "CARDINAL", "DATE", "NORP"}
"""Adjectives that place rather than grade: 'the third major breach', 'a Dutch company'."""


class JudgementReader:
    def __init__(self, lexicons: str | None) -> None:
        sources = load_resource("sources", lexicons)
        markers = load_resource("markers", lexicons)
        self.agent_types = set(sources["named_entity_types"])
        self.agent_nouns = set(role_nouns(lexicons)) | set(markers["forecast_agents"]["lemmas"])
        self.reactions = set(markers["forecast_agents"].get("reactions", []))  # .get: an older newsroom entry works
        self.vague_quantities = set(markers["vague_quantities"]["lemmas"])
        cues = load_resource("cues", lexicons)
        self.states = set(cues["linking_verbs"])
        self.standing_view_verbs = set(cues["standing_view_verbs"]["lemmas"])
        self.guidance_verbs = set(markers["guidance"]["lemmas"])
        self.outcome_verbs = set(markers["guidance"].get("outcome_known", []))  # .get: an older newsroom entry works
        self.conclusion_verbs = set(markers["conclusions"]["lemmas"])
        self.conclusive_verbs = set(markers["conclusions"]["always"])
        self.evidence_nouns = set(markers["evidence_nouns"])
        self.cause_verbs = set(markers["causes"]["lemmas"])
        self.owned_up_to = set(cues["owned_up_to"]["lemmas"])
        self.wishes = set(markers["wishes"]["forms"])
        self.background = BackgroundReader(lexicons)
        self.companies = set(sources["generic_organisation_nouns"]) | set(sources["organisation_pronouns"])  # and 'it'
        characterisation = markers["characterisation"]
        self.state_adjectives = set(characterisation["state_adjectives"])
        self.ranking_adjectives = set(characterisation["ranking_adjectives"])
        self.time_nouns = set(characterisation["time_nouns"])
        self.causatives = set(characterisation["causatives"])
        self.trend_verbs = set(characterisation.get("trend_verbs", []))  # .get: an older newsroom entry works
        self.trend_adjectives = set(characterisation.get("trend_adjectives", []))
        self.naming_verbs = set(markers["quoted_names"]["lemmas"])

    def judges(self, sentence: Span, quotes: list[Span], attributions: list[AttributionRecord], headline: bool) -> bool:
        """`headline`: the sentence is a headline, whose present tense tells the past ('Iran seizes tanker,
        state media says'), so the rules that read tense do not apply. The writer's own forecast of what a thing
        would do ('A bidding war would suit DS Smith's shareholders') is an opinion as a source's is."""
        sourced = any(a.stance != "caveat" for a in attributions)
        if self._quoted_judgement(sentence, quotes) or self._characterises(sentence):
            return True
        if self._assigns_blame(sentence) or self._wishes(sentence):
            return True
        if sourced:
            return (
                self._forecast(sentence, attributions)
                or self._concludes(sentence, attributions)
                or self._explains(sentence, attributions)
                or not headline
                and self._standing_view(sentence, attributions)
            )
        return not headline and (
            self._comment(sentence) or self._forecast(sentence, attributions) or self._conditional_forecast(sentence)
        )

    def gives_guidance(self, verb: Token) -> bool:
        """'The company now expects revenue to grow by 9 to 11 percent', 'SAS said it expected to cancel about
        200 flights': a company's own forecast with a figure in it is guidance, a claim, though 'expect' otherwise
        holds a view; so is what anyone had expected before the outcome ('Economists had expected the cut')."""
        source = subject_of(verb)
        if self._expected_before(verb, source):
            return True
        if verb.lemma_.lower() not in self.guidance_verbs or source is None:
            return False
        if source.ent_type_ != "ORG" and source.lemma_.lower() not in self.companies:
            return False
        return any(self._figure(t) for c in verb.children if c.dep_ != "nsubj" for t in c.subtree)

    def _expected_before(self, verb: Token, source: Token | None) -> bool:
        """'Economists polled by Reuters had expected the cut': what a source had expected before the outcome
        was known is a record of that forecast, a claim; the past perfect tells it is over."""
        if verb.lemma_.lower() not in self.outcome_verbs or source is None or verb.dep_ != "ROOT":
            return False
        return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)

    def _quoted_judgement(self, sentence: Span, quotes: list[Span]) -> bool:
        """A quotation that is most of the sentence, or a few words quoted inside reported speech ('called
        the bill "a disaster"', 'said the team "lacked leaders"'), holding no figure, date or quantity."""
        words = words_of(sentence)
        quoted = [t for t in words if inside_quote(t, quotes)]
        most = len(quoted) * 2 >= len(words) or _opens_with_quote(sentence, quotes)
        judging = [q for q in quotes if not self._quotes_a_name(q)]
        if not words or not (most or _partial_quote(sentence, judging)):
            return False
        return not any(self._figure(t) for t in quoted)

    def _conditional_forecast(self, sentence: Span) -> bool:
        """The writer's 'If confirmed, it would be the first such find', 'If the deadline holds, Brenner will have
        lost years': what will follow on a condition is a forecast, whoever acts in it (all such sentences in dev
        are the writer's opinions); not a figure that follows ('If convicted, he would face up to ten years')."""
        root = sentence.root
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in root.children)
        marks = [child(c, "mark") for c in root.children if c.dep_ == "advcl"]
        condition = next((m.head for m in marks if m is not None and m.lower_ in CONDITIONS), None)
        if not future or condition is None:
            return False
        outcome = [t for t in root.subtree if not (condition.left_edge.i <= t.i <= condition.right_edge.i)]
        return not any(self._figure(t) and t.ent_type_ != "ORDINAL" for t in outcome)  # a rank: 'the first such find'

    def _quotes_a_name(self, quote: Span) -> bool:
        """'was investigating "unusual activity"': the source's name for what it looks into; 'was hit by what its
        operator described as "an external explosion"': the name someone gave a thing the writer reports."""
        root = quote[1:-1].root if len(quote) > 2 else quote.root
        if root.dep_ == "dobj" and root.head.lemma_.lower() in self.naming_verbs:
            return True
        if _determined_outside(quote, root):
            return True
        naming = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        return any(c.dep_ == "dobj" and c.lower_ in FREE_RELATIVES for c in naming.children)

    def _forecast(self, sentence: Span, attributions: list[AttributionRecord]) -> bool:
        """'said the increase would push more families out': what a thing will do, with no figure or date.

        What a person or body will do ('said it would cut 600 jobs', 'the rules would be enforced') or
        what state a thing will stay in ('all stores would remain open') is an announcement, a claim; so
        is a forecast with a number or a date in it (not a time that acts, as in 'Another dry year would send
        prices up'), an expectation the source reports of someone else
        ('found that the government had overestimated how many homes it would protect'), and what an act is
        for ('so that the row would not harm parliament').
        Evaluative states ('would be difficult') are found by the opinion words.
        """
        doc = sentence.doc
        cited = attribution_tokens(attributions)
        for modal in sentence:
            verb = modal.head
            if modal.tag_ != "MD" or modal.lower_ not in FUTURE_MODALS or modal.i in cited or _reported_twice(verb):
                continue
            if _purpose(verb):
                continue
            subject = subject_of(verb) or child(verb, "csubj")  # 'Closing the gap will take more than optimism'
            if subject is None or verb.lemma_.lower() in self.states or child(verb, "auxpass"):
                continue
            if self._acts(subject) and verb.lemma_.lower() not in self.reactions:
                continue
            forecast = doc[verb.left_edge.i : verb.right_edge.i + 1]
            if not any(self._figure(t) and not (_one_of_many(t) or _time_that_acts(t, subject)) for t in forecast):
                return True
        return False

    def _concludes(self, sentence: Span, attributions: list[AttributionRecord]) -> bool:
        """'Privacy campaigners said the incident showed that ...': the source reads a meaning into an event;
        'said data showed that 40 people died' reports what a record holds, but 'said the results showed the ban
        was working', with nothing in it to count, reads a meaning into the record."""
        cited = attribution_tokens(attributions)
        for verb in sentence:
            lemma = verb.lemma_.lower()
            infinitive = verb.dep_ == "xcomp"  # 'had failed to prove that', 'a video that appeared to show'
            concluded = child(verb, "ccomp")
            nested = verb.dep_ == "ccomp" and verb.head.i in cited  # 'said the results showed ...': cited in a claim
            if verb.i in cited and not nested or lemma not in self.conclusion_verbs or infinitive or concluded is None:
                continue
            reader = subject_of(verb)
            record = reader is not None and reader.lemma_.lower() in self.evidence_nouns
            counted = any(self._figure(t) for t in concluded.subtree)
            if lemma in self.conclusive_verbs or not (record and counted):
                return True
        return False

    def _explains(self, sentence: Span, attributions: list[AttributionRecord]) -> bool:
        """'The agency blamed falling vaccination rates': a cause named, not a party accused ('blamed the army',
        'blamed the other for starting the fighting')."""
        doc = sentence.doc
        for record in attributions:
            verb = record.cue.span(doc).root if record.cue else None
            if verb is None or verb.lemma_.lower() not in self.cause_verbs or preposition(verb, "for"):
                continue
            blamed = child(verb, "dobj")
            if blamed is not None and not self._acts(blamed):
                return True
        return False

    def _assigns_blame(self, sentence: Span) -> bool:
        """'Warmer seas are to blame', 'Road construction is almost certainly to blame': naming what is at fault
        interprets events, whoever says it (as blaming a cause does, markers.json causes)."""
        return any(w.lemma_.lower() in self.owned_up_to and after_be_to(w) for w in sentence)

    def _wishes(self, sentence: Span) -> bool:
        """'said they still hoped the plant would be built': a wish with a clause of its own (markers.json
        wishes); 'hoped to fund an excavation' tells a plan."""
        return any(w.lower_ in self.wishes and child(w, "ccomp") is not None for w in sentence)

    def _standing_view(self, sentence: Span, attributions: list[AttributionRecord]) -> bool:
        """'Her allies say she has the votes': a view held now, reported now, with nothing in it to count.

        A present-tense speech verb in the main clause ('that it says is the thinnest' is not) whose
        reported clause is in the present too and holds no figure, date or trend under way ('says heatwaves
        are becoming longer and more frequent' reports a measurable change).
        """
        doc = sentence.doc
        for record in attributions:
            cue = record.cue.span(doc).root if record.cue and record.stance != "caveat" else None
            if cue is None or cue.lemma_.lower() not in self.standing_view_verbs or cue.tag_ not in PRESENT_TAGS:
                continue
            if cue.dep_ in {"relcl", "acl"}:
                continue
            for clause in (c for c in cue.children if c.dep_ == "ccomp"):
                trend = any(self._trend(c) for c in clause.children if c.dep_ == "acomp")
                if _present(clause) and not (trend or any(self._figure(t) for t in clause.subtree)):
                    return True
        return False

    def _comment(self, sentence: Span) -> bool:
        """The writer's own sentence with nothing to check: no figure, date or name, and no past event.

        'Money alone will not fix that', 'The outcome matters far beyond the courtroom'. Measurable events,
        figures and comparisons ('more than the country spends on all cancer drugs') mark claims (guide,
        section 2), and so does what is said of a kind in the present
        ('Bleaching happens when corals expel their algae'); other background the writer states ('Her
        powers are largely ceremonial') is the price of this rule.
        """
        root = sentence.root
        if root.pos_ not in {"VERB", "AUX"}:  # a misparse hangs the sentence on a noun: its first verb
            root = next((t for t in sentence if t.pos_ in {"VERB", "AUX"} and t.dep_ != "aux"), root)
        auxiliaries = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
        modal = any(a.tag_ == "MD" for a in auxiliaries)  # 'will be closely watched' is no past event
        past = root.tag_ in PAST_TAGS and not modal or any(a.tag_ == "VBD" for a in auxiliaries)
        anchored = any(self._figure(t) or t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTITIES for t in sentence)
        anchored = anchored or _measured_against(sentence)
        background = not modal and self.background.states(root) or self.background.known_effect(root)
        existing = child(root, "expl") is not None  # 'There is still no approved treatment': whether a thing exists
        return not (past or anchored or background or existing)

    def _characterises(self, sentence: Span) -> bool:
        """'Naming rights deals remain unpopular', 'It is a sorry picture', 'For many shoppers, ...'."""
        root = sentence.root
        clauses = [root, *root.conjuncts, *(c for c in root.children if c.dep_ == "ccomp")]
        linking = [v for v in clauses if v.lemma_.lower() in self.states]
        complements = [c for v in linking for c in v.children if c.dep_ in {"acomp", "attr"}]
        causing = [
            v for v in [*clauses, *_comments_on_what_went_before(sentence)] if v.lemma_.lower() in self.causatives
        ]
        return (
            self._framed_for_someone(sentence)
            or any(self._grades(c) for c in complements)
            or any(self._makes_graded(v) for v in causing)
        )

    def _makes_graded(self, verb: Token) -> bool:
        """'made the 2030 target harder to reach', 'have made things worse': the result a cause brings is graded;
        the parser hangs the grading word on the result clause or one or two levels below it."""
        result = child(verb, "ccomp", "oprd", "xcomp", "dobj")
        if result is None or any(t.lower_ == "than" for t in result.subtree):
            return False  # compared: 'far more efficient than a gas boiler', 'larger than its rivals'
        below = [*result.children, *(g for c in result.children for g in c.children)]
        near = below if result.dep_ == "dobj" else [result, *below]  # an object is a thing ('made landfall')
        return any(self._grades_result(w) for w in near)

    def _grades_result(self, word: Token) -> bool:
        """Not an adjective that names a kind ('illegal entry'), a superlative ('the most expensive player') or a
        measure ('punishable by up to 20 years'): those place a thing."""
        naming = word.dep_ == "amod" and child(word, "xcomp") is None  # not 'a ceasefire [harder to imagine]'
        if word.tag_ not in {"JJ", "JJR", "RBR"} or naming or word.lemma_.lower() in self.state_adjectives:
            return False
        return not any(t.lower_ == "most" or self._figure(t) for t in word.subtree)

    def _grades(self, complement: Token) -> bool:
        """An adjective that grades ('rare', 'less enthusiastic'), alone or on a noun ('a sharp reversal'); not one
        on a measure ('17.2 million square kilometres')."""
        if complement.pos_ == "ADJ":
            compared = complement.tag_ == "JJR" and any(t.lower_ == "than" for t in complement.subtree)
            compared = compared or _changed_since(complement) or self._trend(complement)
            measured = compared or compares_rates(complement) or any(self._figure(t) for t in complement.subtree)
            return self._grading(complement) and not measured
        modifiers = [c for c in complement.children if c.dep_ in {"amod", "det", "nummod"}]
        placed = any(
            self._ranks(m) or m.ent_type_ in RANKING_ENTITIES or m.dep_ == "nummod" and self._figure(m)
            for m in modifiers
        )
        return not placed and any(m.dep_ == "amod" and self._grading(m) for m in modifiers)

    def _trend(self, adjective: Token) -> bool:
        """'are becoming more frequent', 'have become common': a measurable change under way or past, not one
        foretold ('will become more common')."""
        verb = adjective.head
        if verb.lemma_.lower() not in self.trend_verbs or adjective.lemma_.lower() not in self.trend_adjectives:
            return False
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)

    def _ranks(self, modifier: Token) -> bool:
        """'the largest project' ('largest' is lemmatised 'large'), 'the next round'."""
        return bool({modifier.lower_, modifier.lemma_.lower()} & self.ranking_adjectives)

    def _grading(self, adjective: Token) -> bool:
        """Not a superlative, which places ('the largest', 'the most common complaint the board receives')."""
        lemma = adjective.lemma_.lower()
        superlative = adjective.tag_ == "JJS" or any(c.lower_ in {"most", "least"} for c in adjective.children)
        return adjective.pos_ == "ADJ" and not superlative and lemma not in self.state_adjectives

    def _framed_for_someone(self, sentence: Span) -> bool:
        """'For households with mortgages, the message is ...', not 'For the first time, ...' nor a rate."""
        frame = sentence[0]
        whom = child(frame, "pobj") if frame.lower_ == "for" and frame.head == sentence.root else None
        if whom is None or whom.lemma_.lower() in self.time_nouns:
            return False
        rate = any(c.lower_ in {"every", "each"} for c in whom.children)  # 'For every unit of electricity it uses'
        return not rate and not any(t.ent_type_ in FACTUAL_ENTITIES for t in whom.subtree)

    def _figure(self, token: Token) -> bool:
        """A number, date or quantity; 'thousands of lives' counts nothing exactly."""
        vague = token.tag_ == "NNS" and token.lemma_.lower() in self.vague_quantities
        return (token.like_num or token.ent_type_ in FACTUAL_ENTITIES) and not vague

    def _acts(self, subject: Token) -> bool:
        """A person or body that decides what it will do: a pronoun, a name, 'the government'; not 'that' in
        'say that would reward companies', a proposal."""
        if subject.lower_ in DEMONSTRATIVES and subject.tag_ == "DT":  # not the relative 'that' (WDT)
            return False
        return is_agent(subject, self.agent_types, self.agent_nouns)


def _determined_outside(quote: Span, root: Token) -> bool:
    """'carried out an "enhanced cleaning" of the ship': the article outside the quotation marks makes the quoted
    words a term, the name of a thing, not a judgement ('called it "a disgrace"' quotes its article)."""
    if quote.start == 0:
        return False
    before = quote.doc[quote.start - 1]
    return before.dep_ in {"det", "poss"} and before.head == root and root.pos_ == "NOUN"


def _purpose(verb: Token) -> bool:
    """'was resigning so that the row would not harm parliament', 'so owners would not need to visit a service
    centre': what an act is for, or what it lets happen, is part of the act reported, not a forecast."""
    return verb.dep_ == "advcl" and opened_by(verb, {"so"})


def _changed_since(adjective: Token) -> bool:
    """'has become much more expensive since the attacks began': a change measured from a point in time."""
    graded = adjective.tag_ == "JJR" or any(
        c.dep_ == "advmod" and c.lower_ in {"more", "less"} for c in adjective.children
    )
    verb = adjective.head
    openers = [child(c, "mark") for c in verb.children if c.dep_ == "advcl"]
    openers += [c for c in verb.children if c.dep_ == "prep"]  # 'since March'
    return graded and any(o is not None and o.lower_ == "since" for o in openers)


def _comments_on_what_went_before(sentence: Span) -> list[Token]:
    """'..., which makes the economy unusually sensitive to interest rates': a clause opened by a comma and
    'which' that says what the whole of what went before does."""
    return [
        t.head for t in sentence if t.lower_ == "which" and t.dep_ == "nsubj" and t.i > 0 and t.nbor(-1).text == ","
    ]


def _one_of_many(token: Token) -> bool:
    """'would give the brewer a foothold in one of the world's fastest-growing beer markets': the forecast picks a
    member of a group; it gives no figure."""
    return token.lower_ == "one" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "of"


def _measured_against(sentence: Span) -> bool:
    """'That is more than the country spends on all cancer drugs combined': a quantity compared with another."""
    quantities = [
        t.i
        for t in sentence
        if t.lower_ in {"more", "less", "fewer"} and not (_degree_of_a_verb(t) or _degree_of_a_relation(t))
    ]
    return any(t.lower_ == "than" and quantities and quantities[0] < t.i for t in sentence)


def _degree_of_a_verb(word: Token) -> bool:
    """'will rest more on climate than on cost': how much something is done, not how many there are."""
    return word.dep_ == "advmod" and word.head.pos_ == "VERB"


def _degree_of_a_relation(word: Token) -> bool:
    """'is less about territory than about pride', 'more like a truce than a peace': what something is like, not
    how many there are ('fewer per trip than before' counts)."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return after is not None and after.lower_ in {"about", "like"}


def _present(verb: Token) -> bool:
    """'is', 'have been forgotten', 'can stay': present tense, or a present auxiliary or modal of ability; not
    the perfect of an act ('they have lost most of their crops'), which tells an event."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    passive = any(a.dep_ == "auxpass" for a in auxiliaries)
    if verb.tag_ == "VBN" and not passive and any(a.lemma_ == "have" for a in auxiliaries):
        return False
    if auxiliaries:
        return any(a.tag_ in PRESENT_TAGS or a.tag_ == "MD" and a.lower_ == "can" for a in auxiliaries)
    finite = verb.tag_ == "VB" and child(verb, "nsubj") is not None  # 'fines of this size [make] no difference'
    return verb.tag_ in PRESENT_TAGS or finite


def _time_that_acts(token: Token, subject: Token) -> bool:
    """'Another dry year would send prices up again': a time that is what acts dates nothing."""
    return token.ent_type_ == "DATE" and subject.left_edge.i <= token.i <= subject.right_edge.i


def _reported_twice(verb: Token) -> bool:
    """A clause inside a clause that is itself reported: 'found [that X had overestimated [how many ...]]'."""
    return sum(1 for t in [verb, *verb.ancestors] if t.dep_ == "ccomp") > 1


def _opens_with_quote(sentence: Span, quotes: list[Span]) -> bool:
    """'"This will save lives," said Dana Whitlock, who founded ...': the quotation is all that is reported,
    however long the speaker's description."""
    return any(q.start == sentence.start and q.end < sentence.end for q in quotes)


def _partial_quote(sentence: Span, quotes: list[Span]) -> bool:
    """A quotation of at most PARTIAL_QUOTE_WORDS words that continues what the sentence's own words began, or
    of any length that says what something is ('said the ruling was "a victory for everyone who cares ..."')."""
    for quote in quotes:
        before = sentence.doc[quote.start - 1] if quote.start > sentence.start else None
        if before is None or before.is_punct or not within(quote, sentence):
            continue
        inner = [t for t in quote[1:-1] if not (t.is_punct or t.is_space)]
        if inner and (len(inner) <= PARTIAL_QUOTE_WORDS or before.lemma_ == "be"):
            return True
    return False
