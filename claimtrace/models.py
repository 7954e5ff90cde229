"""The data contract: pydantic models for a claimtrace report, nothing else.

Every renderer, the JSON output and the HTTP API speak these types.
Offsets are character offsets into the text that was annotated.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Label = Literal[
    "sourced_claim",
    "analyst_opinion",
    "verification_caveat",
    "unsourced_claim",
    "unsourced_opinion",
]
LABELS: tuple[Label, ...] = (
    "sourced_claim",
    "analyst_opinion",
    "verification_caveat",
    "unsourced_claim",
    "unsourced_opinion",
)

WarningKind = Literal[
    "unsourced_claim",
    "unsourced_opinion",
    "vague_source",
    "unidentified_source",
    "single_party",
    "hedged_without_caveat",
    "not_english",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TextSpan(_Model):
    """A piece of the article: `text == article[start:end]`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class SourceMention(TextSpan):
    """Who says it, as written in this sentence, and which source it is."""

    named: bool
    source_id: str


class Attribution(_Model):
    source: SourceMention
    cue: TextSpan | None = None
    channel: TextSpan | None = None


class Sentence(_Model):
    index: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    label: Label
    label_by: Literal["rules", "wording_model"] = Field(
        default="rules",
        description="'wording_model' when the learnt model, not a rule, chose claim or opinion: a statistical "
        "reading, worth a second look.",
    )
    opinion_probability: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="The wording model's probability that this claim or opinion is an opinion; near 0.5 the "
        "wording is undecided. None for a caveat, or when the pipeline has no wording model.",
    )
    attributions: list[Attribution] = []
    qualifies: list[int] = Field(default=[], description="Indexes of the sentences whose claims this caveat qualifies.")
    hedges: list[TextSpan] = Field(
        default=[], description="Hedge words inside the sentence ('reportedly', 'allegedly')."
    )


class Source(_Model):
    """One real-world source, however many ways the article refers to it."""

    id: str
    name: str
    named: bool
    channels: list[str] = []
    sentences: list[int] = []
    mentions: list[str] = []
    identified: bool = Field(
        description="False when the article refers to it with a definite article "
        "('the expert') but never says who it is."
    )


class EditorWarning(_Model):
    kind: WarningKind
    message: str
    sentences: list[int] = []
    source_id: str | None = None


class ArticleReport(_Model):
    sentences: list[Sentence]
    sources: list[Source]
    warnings: list[EditorWarning]
    model: str = Field(description="The spaCy pipeline that produced the report.")
    skipped: list[TextSpan] = Field(
        default=[],
        description="Lines that are no sentence of the article and get no label: bylines, credit lines, a web "
        "page's links, the publication's corrections and editor's notes, the heading of a list.",
    )
    extracted_text: str | None = Field(
        default=None,
        description="For Markdown and HTML input: the article text that was annotated, into which all offsets point.",
    )

    def label_counts(self) -> dict[Label, int]:
        """Sentences per label, every label present."""
        return {label: sum(s.label == label for s in self.sentences) for label in LABELS}
