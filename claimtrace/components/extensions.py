"""The Doc/Span extensions our components fill, and the plain records stored in them.

Records hold token offsets rather than `Span` objects so that a `Doc` pickles
cheaply when `nlp.pipe(n_process=...)` sends it between processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span

QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "„"})

Stance = Literal["neutral", "opinion", "caveat"]


@dataclass(frozen=True)
class TokenRange:
    start: int
    end: int

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    @classmethod
    def of(cls, span: Span) -> "TokenRange":
        return cls(span.start, span.end)


@dataclass
class AttributionRecord:
    """Who says a sentence, with which words, through which medium."""

    source: TokenRange
    cue: TokenRange | None
    channel: TokenRange | None
    stance: Stance = "neutral"
    refers_back: bool = False
    """The source is a speech act named earlier ('The statement highlights')."""
    source_id: str | None = None


@dataclass
class SourceRecord:
    """One real-world source and every mention of it in the document."""

    id: str
    kind: str
    named: bool
    identified: bool
    mentions: list[TokenRange] = field(default_factory=list)


def register_extensions() -> None:
    """Register every extension once; `force=True` keeps re-imports harmless."""
    Span.set_extension("attributions", default=None, force=True)
    Span.set_extension("hedges", default=None, force=True)
    Span.set_extension("claim_label", default=None, force=True)
    Span.set_extension("qualifies", default=None, force=True)
    Doc.set_extension("sources", default=None, force=True)


def content_sentences(doc: Doc) -> list[Span]:
    """The sentences every component and the report number, trimmed of surrounding whitespace.

    Whitespace between paragraphs is not a sentence. Span extensions are keyed
    by offsets, so every component must read and write these same spans.
    """
    ranges = [[t.i for t in sentence if not t.is_space] for sentence in doc.sents]
    ranges = [r for r in ranges if r]
    for before, after in zip(ranges, ranges[1:]):
        if _closes_quote(doc, before, after):
            before.append(after.pop(0))
    return [doc[r[0] : r[-1] + 1] for r in ranges if r]


def _closes_quote(doc: Doc, before: list[int], after: list[int]) -> bool:
    """The parser often starts a sentence with the closing quote of the one before."""
    first = doc[after[0]]
    opened = sum(doc[i].text in QUOTE_MARKS for i in before) % 2 == 1
    return opened and first.text in QUOTE_MARKS


def attributions_of(sentence: Span) -> list[AttributionRecord]:
    return sentence._.attributions or []
