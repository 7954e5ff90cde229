"""claimtrace_caveat_links: which earlier claims each verification caveat qualifies.

'However, the claim remains unverified' refers back to a claim. A plural
('these claims', 'the figures') reaches every claim of the latest claim's
source; a singular or no referring noun reaches the latest claim. Claims
whose source the caveat names ('The study has not been replicated' -> 'a
study') come first, then hedged claims ('reportedly'), the ones a caveat is
written for; with no sourced claim before it, unsourced claims are taken.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import load_resource
from .extensions import attributions_of, content_sentences, hedges_of, register_extensions

CLAIM_LABELS = ("sourced_claim", "unsourced_claim")


class CaveatLinker:
    def __init__(self, markers_path: str | None):
        nouns = load_resource("markers", markers_path)["referring_claim_nouns"]
        self.plural_nouns = {n for n in nouns if n.endswith("s")}

    def __call__(self, doc: Doc) -> Doc:
        sentences = content_sentences(doc)
        for index, sentence in enumerate(sentences):
            qualifies: list[int] = []
            if sentence._.claim_label == "verification_caveat":
                qualifies = self._qualified(sentence, sentences[:index])
            sentence._.qualifies = qualifies
        return doc

    def _qualified(self, caveat: Span, earlier: list[Span]) -> list[int]:
        for label in CLAIM_LABELS:
            claims = [i for i, s in enumerate(earlier) if s._.claim_label == label]
            if claims:
                break
        else:
            return []
        named = [i for i in claims if _topic(caveat) & _attribution_words(earlier[i])]
        hedged = [i for i in claims if hedges_of(earlier[i])]
        chosen = named or hedged or claims
        if not any(t.lower_ in self.plural_nouns for t in caveat):
            return [chosen[-1]]
        latest_sources = _source_ids(earlier[chosen[-1]])
        return [i for i in chosen if _source_ids(earlier[i]) & latest_sources] or [chosen[-1]]


def _topic(caveat: Span) -> set[str]:
    return {t.lemma_.lower() for t in caveat if t.pos_ in {"NOUN", "PROPN"}}


def _attribution_words(claim: Span) -> set[str]:
    """Words of a claim's sources and channels: 'The study has not been replicated' finds 'a study'."""
    doc = claim.doc
    parts = [p for a in attributions_of(claim) for p in (a.source, a.channel) if p is not None]
    return {t.lemma_.lower() for p in parts for t in p.span(doc) if t.pos_ in {"NOUN", "PROPN"}}


def _source_ids(sentence: Span) -> set[str | None]:
    return {a.source_id for a in attributions_of(sentence)}


@Language.factory(
    "claimtrace_caveat_links",
    default_config={"markers_path": None},
    requires=["span._.claim_label"],
    assigns=["span._.qualifies"],
)
def make_caveat_linker(nlp: Language, name: str, markers_path: str | None) -> CaveatLinker:
    register_extensions()
    return CaveatLinker(markers_path)
