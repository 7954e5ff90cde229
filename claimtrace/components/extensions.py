"""The Doc/Span extensions our components fill, and the records stored in them.

Extensions hold plain data (dicts, lists, token offsets), never objects:
`nlp.pipe(n_process=...)` sends each Doc between processes with msgpack.
The record classes and the helpers below convert both ways, so components
work with typed records and users read plain, documented values:

- `sentence._.attributions`: `[{"source": {"start", "end"}, "cue": ..., "channel": ...,
  "stance", "refers_back", "source_id"}]` (token offsets);
- `sentence._.claim_label`: one of the five labels; `sentence._.label_by`: "rules", or "wording_model"
  when `claimtrace_wording` overruled the rules' claim-or-opinion decision; `sentence._.opinion_probability`:
  that model's reading of a claim or opinion sentence (None for a caveat);
- `sentence._.hedges`: `[{"start", "end"}]`; `sentence._.qualifies`: sentence indexes;
- `doc._.sources`: `[{"id", "kind", "named", "identified", "mentions": [{"start", "end"}]}]`;
- `token._.line_opener_end`: the end of the dateline or tag the token is in; `token._.turn`: whose turn
  of an interview or transcript it is in (QUESTION, ANSWER or SPEAKER), both set by `layout`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

Stance = Literal["neutral", "opinion", "caveat"]
NOT_SENTENCES = "ct_not_sentences"
"""The span group of lines that are no sentence of the article (bylines, credit lines; see `layout`)."""
TURNS = "ct_turns"
"""The span group of an interview's or transcript's turns, each from its tag to the next (see `layout`),
labelled with whose it is: QUESTION, ANSWER or SPEAKER (the tag names the speaker)."""
QUESTION, ANSWER, SPEAKER = "question", "answer", "speaker"
HEADINGS = "ct_headings"
"""The span group of headlines and subheadings (see `layout`): their present tense tells of the past."""
LINE_OPENERS = "ct_line_openers"
"""The span group of datelines, timestamps and tags that open a line (see `layout`): never part of a source."""


@dataclass(frozen=True)
class TokenRange:
    start: int
    end: int

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    @classmethod
    def of(cls, span: Span) -> TokenRange:
        return cls(span.start, span.end)

    @classmethod
    def from_data(cls, data: dict[str, int] | None) -> TokenRange | None:
        return cls(**data) if data is not None else None


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

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> AttributionRecord:
        parts = {k: TokenRange.from_data(data[k]) for k in ("source", "cue", "channel")}
        return cls(**{**data, **parts})


@dataclass
class SourceRecord:
    """One real-world source and every mention of it in the document."""

    id: str
    kind: str
    named: bool
    identified: bool
    mentions: list[TokenRange] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> SourceRecord:
        return cls(**{**data, "mentions": [TokenRange(**m) for m in data["mentions"]]})


def register_extensions() -> None:
    """Register every extension once; `force=True` keeps re-imports harmless."""
    Span.set_extension("attributions", default=None, force=True)
    Span.set_extension("hedges", default=None, force=True)
    Span.set_extension("claim_label", default=None, force=True)
    Span.set_extension("label_by", default="rules", force=True)
    Span.set_extension("opinion_probability", default=None, force=True)
    Span.set_extension("qualifies", default=None, force=True)
    Doc.set_extension("sources", default=None, force=True)
    Token.set_extension("line_opener_end", default=None, force=True)
    Token.set_extension("turn", default=None, force=True)


def content_sentences(doc: Doc) -> list[Span]:
    """The sentences every component and the report number: `doc.sents` without whitespace-only ones.

    They are `doc.sents`' own spans, so that `sentence._.claim_label` reads
    the same from `doc.sents` as from here (span extensions are keyed by offsets).
    """
    skipped = {t.i for line in doc.spans.get(NOT_SENTENCES, []) for t in line}
    return [s for s in doc.sents if any(not t.is_space and t.i not in skipped for t in s)]


def after_line_opener(doc: Doc, start: int) -> int:
    """`start`, or the end of the line opener it falls in ('10:42 GMT — Police said': 'Police')."""
    return doc[start]._.line_opener_end or start


def trimmed(sentence: Span) -> Span:
    """The sentence without the paragraph break the parser leaves at its edges."""
    words = [t.i for t in sentence if not t.is_space]
    return sentence.doc[words[0] : words[-1] + 1]


def attributions_of(sentence: Span) -> list[AttributionRecord]:
    return [AttributionRecord.from_data(d) for d in sentence._.attributions or []]


def set_attributions(sentence: Span, records: list[AttributionRecord]) -> None:
    sentence._.attributions = [asdict(r) for r in records]


ALL_PARTS = ("source", "cue", "channel")


def attribution_tokens(records: list[AttributionRecord], parts: tuple[str, ...] = ALL_PARTS) -> set[int]:
    """Token indexes that the given parts ('source', 'cue', 'channel') of `records` cover."""
    ranges = [getattr(r, part) for r in records for part in parts]
    return {i for span in ranges if span is not None for i in range(span.start, span.end)}


def hedges_of(sentence: Span) -> list[TokenRange]:
    return [TokenRange(**d) for d in sentence._.hedges or []]


def set_hedges(sentence: Span, hedges: list[Span]) -> None:
    sentence._.hedges = [asdict(TokenRange.of(h)) for h in hedges]


def sources_of(doc: Doc) -> list[SourceRecord]:
    return [SourceRecord.from_data(d) for d in doc._.sources or []]


def set_sources(doc: Doc, sources: list[SourceRecord]) -> None:
    doc._.sources = [asdict(s) for s in sources]
