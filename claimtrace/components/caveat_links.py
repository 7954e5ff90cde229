"""claimtrace_caveat_links: which earlier claims each verification caveat qualifies.

'However, the claim remains unverified' refers back to a claim; 'has not
said whether it will propose its own changes' leaves a question open and
qualifies none. Otherwise, in order: the sentence just before, when a
demonstrative points at it ('That claim could not be verified', even after
an earlier group 'claimed' something); a claim or view whose source the
caveat names ('The study has not been replicated' -> 'a study', whether it
found a figure or a risk; 'did not comment on the report' -> 'according to
the BBC'); the sentence just before, when a definite noun points at it
('The footage could not be verified'); the latest claim about what the
caveat is about ('did not comment on the strike' -> 'A drone strike killed
...') or about who denies it or speaks in it ('The army denied ...' ->
'The RSF blamed the army'); else the latest hedged claim ('reportedly'),
the kind a caveat is written for, then the latest sourced claim, then any
claim. A plural ('these claims') reaches every such claim of the same
source, as 'the report' does every claim of the outlet it names; 'neither',
'either', 'both' or 'the difference' the latest two accounts of two different
sources (a claim, or a source's denial of one).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_resource
from .extensions import attribution_tokens, attributions_of, content_sentences, hedges_of, register_extensions
from .grammar import DEMONSTRATIVES

CLAIM_LABELS = ("sourced_claim", "unsourced_claim")
LINKABLE_LABELS = (*CLAIM_LABELS, "analyst_opinion")
PAIRS = {"neither", "both", "either"}
"""'Neither figure could be independently confirmed': the two competing claims before it."""
DIFFERENCES = {"difference", "discrepancy"}
"""'The difference could not be explained': between the two competing claims before it."""


class _SentenceWords(NamedTuple):
    """What the linker reads of a sentence, computed once per article: the words of its attributions and
    the rest, its label, whether it carries a hedge, and its sources' ids."""

    attributed: set[str]
    content: set[str]
    label: str
    hedged: bool
    sources: set[str | None]


class CaveatLinker:
    def __init__(self, lexicons: str | None):
        markers = load_resource("markers", lexicons)
        nouns = markers["referring_claim_nouns"]
        self.denials = set(markers["caveat_verbs"]["rejecting"])
        self.outlets = {outlet.lower() for outlet in load_resource("channels", lexicons)["outlets"]}
        self.plural_nouns = {n for n in nouns if n.endswith("s")}
        self.generic_nouns = {n.removesuffix("s") for n in nouns}
        self.open_questions = set(markers["open_questions"]["words"])
        self.open_causes = set(markers["open_questions"].get("causes", []))
        self.disclosing = set(markers["withheld"]["disclosure_verbs"])

    def __call__(self, doc: Doc) -> Doc:
        sentences = content_sentences(doc)
        caveats = any(s._.claim_label == "verification_caveat" for s in sentences)
        words = [self._words(s) for s in sentences] if caveats else []
        for index, sentence in enumerate(sentences):
            qualifies: list[int] = []
            if sentence._.claim_label == "verification_caveat":
                qualifies = self._qualified(sentence, sentences[:index], words)
            sentence._.qualifies = qualifies
        return doc

    def _words(self, sentence: Span) -> _SentenceWords:
        attributed = _attribution_words(sentence) | self._reported(sentence)
        sources = {a.source_id for a in attributions_of(sentence)}
        label, hedged = sentence._.claim_label, bool(hedges_of(sentence))
        return _SentenceWords(attributed, _content_words(sentence), label, hedged, sources)

    def _qualified(self, caveat: Span, earlier: list[Span], words: list[_SentenceWords]) -> list[int]:
        if self._leaves_open(caveat):
            return []
        claims = [i for i in range(len(earlier)) if words[i].label in CLAIM_LABELS]
        if self._compares(caveat):
            return _latest_pair([i for i in range(len(earlier)) if _an_account(words[i])], words)
        topic = _topic(caveat)
        before = len(earlier) - 1
        if earlier and _demonstrative(caveat) and words[before].label in LINKABLE_LABELS:
            return [before]  # 'That claim could not be verified' is the claim just made, whoever 'claimed' before
        views = [i for i in range(len(earlier)) if words[i].label in LINKABLE_LABELS]
        named = [i for i in views if topic & words[i].attributed]
        if named and "report" in topic & words[named[-1]].attributed:
            return _same_source(named[-1], views, words)  # 'Neither club commented on the report': all of it
        if named:
            return [named[-1]]
        if earlier and self._points_back(caveat) and words[before].label in LINKABLE_LABELS:
            return [before]
        about_words = topic | self._denier(caveat)
        about = [i for i in claims if about_words & words[i].content]
        if about:
            return [about[-1]]
        hedged = [i for i in claims if words[i].hedged]
        sourced = [i for i in claims if words[i].label == "sourced_claim"]
        chosen = hedged or sourced or claims
        if not chosen:
            return []
        if not any(t.lower_ in self.plural_nouns for t in caveat):
            return [chosen[-1]]
        return _same_source(chosen[-1], chosen, words)

    def _compares(self, caveat: Span) -> bool:
        """'Neither figure', 'either side's account', 'The difference': two competing claims, not 'Neither club
        has confirmed the report', whose pair is of parties."""
        for word in caveat:
            if word.lower_ in DIFFERENCES:
                return True
            noun = word.head.head if word.head.dep_ == "poss" else word.head
            if word.lower_ in PAIRS and (noun == word or noun.lemma_.lower() in self.generic_nouns):
                return True
        return False

    def _leaves_open(self, caveat: Span) -> bool:
        """'The government has not said whether it will propose its own changes': a question nobody has answered
        yet, which qualifies no earlier claim (unlike 'did not say how many of the dead were fighters'); so does
        a cause nobody knows yet ('The cause of the crash was not immediately known')."""
        if any(t.lemma_.lower() in self.open_causes and t.dep_ in {"nsubj", "nsubjpass"} for t in caveat):
            return True
        questions = [t.head for t in caveat if t.lower_ in self.open_questions and t.dep_ == "mark"]
        return any(q.head.lemma_.lower() in self.disclosing for q in questions)  # not 'asked whether'

    def _reported(self, claim: Span) -> set[str]:
        """'according to the BBC' is a report: 'Rangers did not comment on the report' answers it."""
        doc = claim.doc
        sources = {a.source.span(doc).text.lower() for a in attributions_of(claim)}
        return {"report"} if sources & self.outlets else set()

    def _denier(self, caveat: Span) -> set[str]:
        """The names of who denies: 'The army denied carrying out any airstrikes' answers 'The RSF blamed the
        army', 'Reid denied taking any banned substance' answers 'Marcus Reid has been suspended', and 'Van Dam
        said he had "no proof"' answers what Van Dam said before."""
        doc = caveat.doc
        denials = [a for a in attributions_of(caveat) if a.cue and self._denies(a.cue.span(doc).root, a.stance)]
        return {t.lemma_.lower() for a in denials for t in a.source.span(doc) if t.pos_ in {"NOUN", "PROPN"}}

    def _denies(self, cue: Token, stance: str) -> bool:
        """'denied', or a plain 'said' in a caveat ('Verhelst said he had never taken a banned substance')."""
        return cue.lemma_.lower() in self.denials or stance != "caveat"

    def _points_back(self, caveat: Span) -> bool:
        """'The footage could not be verified': a definite noun that is not a generic 'the claim' or 'the
        report', when no party speaks in the caveat, points at the sentence just before (as a demonstrative
        does, which is read first). The rest is left to the other rules."""
        thing = _verified_thing(caveat)
        if thing is None:
            return False
        determiner = next((c.lower_ for c in thing.children if c.dep_ == "det"), "")
        return determiner == "the" and thing.lemma_.lower() not in self.generic_nouns and not attributions_of(caveat)


def _demonstrative(caveat: Span) -> bool:
    """'The government disputes that.', 'That timetable could not be verified'."""
    thing = _verified_thing(caveat)
    if thing is None:
        return False
    if thing.lower_ in DEMONSTRATIVES and not any(thing.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in thing.children)


def _verified_thing(caveat: Span) -> Token | None:
    """What the caveat is about: the subject of 'could not be verified', or the object of 'could not verify'."""
    root = caveat.root
    subject = next((c for c in root.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if subject is not None and not attributions_of(caveat):
        return subject
    return next((c for c in root.children if c.dep_ == "dobj"), subject)


def _topic(caveat: Span) -> set[str]:
    """The caveat's nouns, less the words naming its own source ('Vantel denied the ransom' -> 'ransom')."""
    own = attribution_tokens(attributions_of(caveat), ("source",))
    return {t.lemma_.lower() for t in caveat if t.pos_ in {"NOUN", "PROPN"} and t.i not in own}


def _attribution_words(claim: Span) -> set[str]:
    """Words of a claim's sources, channels and cues: 'The study has not been replicated' finds 'a study',
    'The report could not be confirmed' finds 'Belgian media reported'."""
    doc = claim.doc
    parts = [p for a in attributions_of(claim) for p in (a.source, a.channel, a.cue) if p is not None]
    return {t.lemma_.lower() for p in parts for t in p.span(doc) if t.pos_ in {"NOUN", "PROPN", "VERB"}}


def _content_words(claim: Span) -> set[str]:
    """A claim's nouns outside its attributions: 'did not comment on the strike' finds 'A drone strike killed ...'."""
    own = attribution_tokens(attributions_of(claim))
    return {t.lemma_.lower() for t in claim if t.pos_ in {"NOUN", "PROPN"} and t.i not in own}


def _same_source(latest: int, candidates: list[int], words: list[_SentenceWords]) -> list[int]:
    """Every candidate from the source of the latest one ('these claims', 'the report'), or the latest alone."""
    return [i for i in candidates if words[i].sources & words[latest].sources] or [latest]


def _an_account(words: _SentenceWords) -> bool:
    """A sourced claim, or a caveat a source gives ('Police spokeswoman Grace Wanjiru denied that live ammunition
    had been used'): either is one side's account."""
    return words.label in {"sourced_claim", "verification_caveat"} and bool(words.sources)


def _latest_pair(accounts: list[int], words: list[_SentenceWords]) -> list[int]:
    """The latest two accounts from two different sources: the union's figure and the ministry's, or a claim and
    the denial of it."""
    pair: list[int] = []
    seen: set[str | None] = set()
    for i in reversed(accounts):
        if not words[i].sources & seen:
            pair.insert(0, i)
            seen |= words[i].sources
        if len(pair) == 2:
            break
    return pair


@Language.factory(
    "claimtrace_caveat_links",
    default_config={"lexicons": None},
    requires=["span._.claim_label"],
    assigns=["span._.qualifies"],
)
def make_caveat_linker(nlp: Language, name: str, lexicons: str | None) -> CaveatLinker:
    """`lexicons`: a folder of your own lexicon files (see `claimtrace.lexicon`)."""
    register_extensions()
    return CaveatLinker(lexicons)
