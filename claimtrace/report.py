"""Doc -> ArticleReport: the only place that reads claimtrace's spaCy extensions."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .components.extensions import (
    NOT_SENTENCES,
    AttributionRecord,
    SourceRecord,
    TokenRange,
    attributions_of,
    content_sentences,
    hedges_of,
    sources_of,
    trimmed,
)
from .editor_warnings import editor_warnings
from .language import looks_english
from .models import ArticleReport, Attribution, EditorWarning, Sentence, Source, SourceMention, TextSpan

NOT_ENGLISH = EditorWarning(
    kind="not_english",
    message="this text does not look like English: the model and the rules are English, so labels may be wrong",
)


def build_report(doc: Doc, model: str, extracted: bool = False) -> ArticleReport:
    """`extracted`: the text came out of Markdown or HTML, so the report carries it for its offsets."""
    sources = sources_of(doc)
    named = {s.id: s.named for s in sources}
    sentences = [_sentence(i, s, named) for i, s in enumerate(content_sentences(doc))]
    listed = [_source(s, doc, sentences) for s in sources]
    warnings = editor_warnings(sentences, listed)
    if not looks_english(doc):
        warnings.insert(0, NOT_ENGLISH)
    return ArticleReport(
        sentences=sentences,
        sources=listed,
        warnings=warnings,
        model=model,
        skipped=[_text_span(TokenRange.of(line), doc) for line in doc.spans.get(NOT_SENTENCES, [])],
        extracted_text=doc.text if extracted else None,
    )


def _sentence(index: int, sentence: Span, named: dict[str, bool]) -> Sentence:
    doc = sentence.doc
    words = trimmed(sentence)
    return Sentence(
        index=index,
        start=words.start_char,
        end=words.end_char,
        text=words.text,
        label=sentence._.claim_label,
        label_by=sentence._.label_by,
        opinion_probability=_rounded(sentence._.opinion_probability),
        attributions=[_attribution(a, doc, named) for a in attributions_of(sentence)],
        qualifies=sentence._.qualifies or [],
        hedges=[_text_span(h, doc) for h in hedges_of(sentence)],
    )


def _rounded(probability: float | None) -> float | None:
    """Three decimals: more would claim a precision that a model learnt from a few thousand sentences lacks."""
    return None if probability is None else round(probability, 3)


def _attribution(record: AttributionRecord, doc: Doc, named: dict[str, bool]) -> Attribution:
    source = _text_span(record.source, doc)
    source_id = record.source_id or ""
    return Attribution(
        source=SourceMention(**source.model_dump(), named=named.get(source_id, False), source_id=source_id),
        cue=_text_span(record.cue, doc) if record.cue else None,
        channel=_text_span(record.channel, doc) if record.channel else None,
    )


def _source(record: SourceRecord, doc: Doc, sentences: list[Sentence]) -> Source:
    citing = [s for s in sentences if any(a.source.source_id == record.id for a in s.attributions)]
    channels = [a.channel.text for s in citing for a in s.attributions if a.source.source_id == record.id and a.channel]
    mentions = [m.span(doc).text for m in record.mentions]
    return Source(
        id=record.id,
        name=_display_name(record, doc),
        named=record.named,
        channels=list(dict.fromkeys(channels)),
        sentences=[s.index for s in citing],
        mentions=list(dict.fromkeys(mentions)),
        identified=record.identified,
    )


def _display_name(record: SourceRecord, doc: Doc) -> str:
    """The fullest way the article names the source: 'Russian Ministry of Defense'."""
    spans = [m.span(doc) for m in record.mentions]
    proper = [s for s in spans if any(t.pos_ == "PROPN" for t in s)] or spans
    best = max(proper, key=len)
    if best[0].lower_ != "the" or len(best) == 1:
        return best.text
    return best[1:].text if record.named else "the " + best[1:].text


def _text_span(part: TokenRange, doc: Doc) -> TextSpan:
    span = part.span(doc)
    return TextSpan(text=span.text, start=span.start_char, end=span.end_char)
