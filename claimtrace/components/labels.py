"""claimtrace_labels: one label per sentence, following the annotation guide.

A sentence whose main point is verification status is a caveat; otherwise
content decides claim or opinion (modal and evaluative markers, an opinion
cue such as 'warned', or the signs `judgement` reads), and its attributions
decide sourced or not.
A caveat or hedge inside a trailing clause, or what a speaker left out of the claim
just made ('but did not say which'), stays a hedge on a claim.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_resource
from .extensions import (
    HEADINGS,
    AttributionRecord,
    attribution_tokens,
    attributions_of,
    content_sentences,
    register_extensions,
    set_hedges,
)
from .grammar import child, in_main_clause, overlapping, per_sentence, quotations
from .judgement import JudgementReader


class SentenceLabeler:
    def __init__(self, lexicons: str | None) -> None:
        self.judgement = JudgementReader(lexicons)
        cues = load_resource("cues", lexicons)
        self.evidence_verbs = set(cues["evidence_verbs"]["lemmas"])
        self.speech_verbs = set(cues["speech_verbs"]) - self.evidence_verbs
        self.records = set(cues["speech_nouns"])
        markers = load_resource("markers", lexicons)
        self.experiences = set(markers["own_denials"]["experience_verbs"])
        self.rejecting = set(markers["caveat_verbs"]["rejecting"])

    def __call__(self, doc: Doc) -> Doc:
        sentences = content_sentences(doc)
        groups = [per_sentence(doc.spans[g], sentences) for g in ("ct_hedges", "ct_caveats", "ct_opinion")]
        headings = per_sentence(doc.spans.get(HEADINGS, []), sentences)
        quotes = overlapping(quotations(doc), sentences)
        for i, sentence in enumerate(sentences):
            hedges, caveats, opinions = (g[i] for g in groups)
            opinions = [o for o in opinions if not self._guidance(o)]
            attributions = attributions_of(sentence)
            left_out = [c for c in caveats if _trails(c, attributions, doc, self.rejecting)]
            sentence._.claim_label = _label(
                attributions,
                is_caveat=_is_caveat([c for c in caveats if c not in left_out], attributions, doc)
                or self._denies_own_act(sentence, attributions),
                is_opinion=_is_opinion(
                    opinions, caveats, self._views(attributions, doc), self._asides(sentence, attributions)
                )
                or self.judgement.judges(sentence, quotes[i], attributions, bool(headings[i])),
            )
            trailing = [c for c in caveats if not in_main_clause(c.root) or c in left_out]
            set_hedges(sentence, sorted([*hedges, *trailing]))
        return doc

    def _denies_own_act(self, sentence: Span, attributions: list[AttributionRecord]) -> bool:
        """'Verhelst said he had never taken a banned substance', 'said its fighters had not been in the area', 'said
        he had broken no rules': a source saying that it, or its own people, had not done a thing denies it, in
        reported speech or in its own words ('"I have never used any help during a game," he wrote'). Not what was
        not done to them ('said they had not been consulted'), what they will not do ('would not resign'), 'had no
        offers', what they saw, felt or got ('had never seen flooding like it', 'had never received an apology',
        `markers.json` "own_denials") or a state ('had never been so proud')."""
        for attribution in attributions:
            if attribution.stance == "caveat" or attribution.cue is None:
                continue
            cue = attribution.cue.span(sentence.doc).root
            if not (sentence.start <= cue.i < sentence.end and in_main_clause(cue)):
                continue
            for clause in (c for c in cue.children if c.dep_ == "ccomp"):
                if self._own_act_negated(clause):
                    return True
        return False

    def _own_act_negated(self, clause: Token) -> bool:
        subject = child(clause, "nsubj")
        perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in clause.children)
        negated = any(c.dep_ == "neg" and c.i < clause.i for c in clause.children)  # not '..., not of politics'
        negated = negated or any(_none_of(c) for c in clause.children if c.dep_ == "dobj")  # 'had broken no rules'
        obliged = clause.lemma_.lower() == "have" and child(clause, "xcomp") is not None  # 'never had to make cuts'
        act = clause.tag_ == "VBN" and clause.lemma_.lower() not in self.experiences and not child(clause, "acomp")
        return subject is not None and _own(subject) and perfect and negated and act and not obliged

    def _record_shows(self, verb: Token) -> bool:
        """'Her 1987 paper showing that overfishing made reefs more vulnerable': what a record shows is the
        record's, not the writer's, though the writer's own reading of events ('show how') stays the writer's."""
        if verb.lemma_.lower() not in self.evidence_verbs:
            return False
        shower = verb.head if verb.dep_ == "acl" else child(verb, "nsubj")
        return shower is not None and shower.lemma_.lower() in self.records

    def _views(self, attributions: list[AttributionRecord], doc: Doc) -> list[AttributionRecord]:
        """The attributions, with a company's guidance ('expects revenue to grow by 9 percent') read as a report."""
        return [
            replace(a, stance="neutral") if a.stance == "opinion" and a.cue and self._guidance(a.cue.span(doc)) else a
            for a in attributions
        ]

    def _guidance(self, words: Span) -> bool:
        return self.judgement.gives_guidance(words.root)

    def _asides(self, sentence: Span, attributions: list[AttributionRecord]) -> set[int]:
        """'was denied bail after prosecutors argued that he was likely to flee': what the writer's own sentence
        reports in passing is someone else's view, not the writer's. 'Sunday's deaths show how easily it could
        collapse' is the writer's own reading: evidence verbs do not count."""
        if any(a.stance != "caveat" for a in attributions):
            return set()
        speech = [v for v in sentence if v.lemma_.lower() in self.speech_verbs or self._record_shows(v)]
        reported = {"ccomp", "oprd"}  # 'argued that ...', 'a step that supporters called historic'
        return {t.i for verb in speech for c in verb.children if c.dep_ in reported for t in c.subtree}


def _label(attributions: list[AttributionRecord], is_caveat: bool, is_opinion: bool) -> str:
    if is_caveat:
        return "verification_caveat"
    if any(a.stance != "caveat" for a in attributions):
        return "analyst_opinion" if is_opinion else "sourced_claim"
    return "unsourced_opinion" if is_opinion else "unsourced_claim"


def _trails(caveat: Span, attributions: list[AttributionRecord], doc: Doc, rejecting: set[str]) -> bool:
    """'said on Telegram that a site had been attacked but did not say which': what a speaker left out of
    the claim they just made qualifies that claim, which stays the sentence's point. A denial beside it
    ('said it was "heartbroken" but denied that its product was to blame') is the point."""
    said = {a.cue.span(doc).root.i for a in attributions if a.stance != "caveat" and a.cue}
    verb = caveat.root  # coordinated with the speech verb, or with the clause it reports
    denial = verb.lemma_.lower() in rejecting
    return verb.dep_ == "conj" and not denial and any(t.i in said for t in verb.ancestors)


def _is_caveat(caveats: list[Span], attributions: list[AttributionRecord], doc: Doc) -> bool:
    if any(in_main_clause(_verb_of(c.root)) for c in caveats):
        return True
    return any(a.stance == "caveat" and a.cue and in_main_clause(a.cue.span(doc).root) for a in attributions)


def _verb_of(word: Token) -> Token:
    """The verb whose clause holds a caveat's words: 'found' for the 'no such' of 'had found no such problems'."""
    while word.pos_ not in {"VERB", "AUX"} and word.head != word:
        word = word.head
    return word


def _none_of(thing: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children)


def _own(subject: Token) -> bool:
    """'he', 'it', 'its fighters', 'her team': the speaker or the speaker's own."""
    if subject.tag_ == "PRP":
        return True
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)


def _is_opinion(
    opinions: list[Span], caveats: list[Span], attributions: list[AttributionRecord], asides: set[int]
) -> bool:
    """Opinion words in the content, not inside the attribution, a caveat ('could not be verified') or what
    the writer reports in passing."""
    if any(a.stance == "opinion" for a in attributions):
        return True
    taken = attribution_tokens(attributions, ("source", "cue")) | asides
    taken |= {t.i for c in caveats for t in c}
    return any(all(t.i not in taken for t in marker) for marker in opinions)


@Language.factory(
    "claimtrace_labels",
    default_config={"lexicons": None},
    requires=["span._.attributions"],
    assigns=["span._.claim_label"],
)
def make_sentence_labeler(nlp: Language, name: str, lexicons: str | None) -> SentenceLabeler:
    """`lexicons`: a folder of your own lexicon files (see `claimtrace.lexicon`)."""
    register_extensions()
    return SentenceLabeler(lexicons)
