"""What an editor is warned about (section 6 of the annotation guide), from a report's parts."""

from __future__ import annotations

from .models import EditorWarning, Sentence, Source, WarningKind

BACKED_LABELS = {"sourced_claim", "analyst_opinion"}


def editor_warnings(sentences: list[Sentence], sources: list[Source]) -> list[EditorWarning]:
    return [
        *_unsourced(sentences, "unsourced_claim", "claim"),
        *_unsourced(sentences, "unsourced_opinion", "opinion"),
        *_vague_sources(sentences, sources),
        *_unidentified_sources(sources),
        *_single_party(sentences, sources),
        *_hedged_without_caveat(sentences),
    ]


def _asks(sentence: Sentence) -> bool:
    """'Q: Why was the census delayed?': a question puts something to someone and claims nothing, so it
    needs no source of its own and is no source's claim."""
    return sentence.text.rstrip(" \n\"'”’)").endswith("?")


def _unsourced(sentences: list[Sentence], label: str, what: str) -> list[EditorWarning]:
    found = [s.index for s in sentences if s.label == label and not _asks(s)]
    if not found:
        return []
    plural = "s" if len(found) > 1 else ""
    own = "reporting" if what == "claim" else "view"
    return [
        EditorWarning(
            kind=label,  # type: ignore[arg-type]
            message=f"{len(found)} unsourced {what}{plural}: say who says so, or that it is the writer's own {own}",
            sentences=found,
        )
    ]


def _vague_sources(sentences: list[Sentence], sources: list[Source]) -> list[EditorWarning]:
    """Vague sources that carry claims or opinions; 'independent sources' in a caveat and a host's question
    carry nothing."""
    backed = [s for s in sentences if s.label in BACKED_LABELS and not _asks(s)]
    backing = {a.source.source_id for s in backed for a in s.attributions}
    vague = [s for s in sources if not s.named and s.identified and s.id in backing]
    return _per_source("vague_source", "vague source '{}': name who it is, or say why it cannot be named", vague)


def _unidentified_sources(sources: list[Source]) -> list[EditorWarning]:
    unidentified = [s for s in sources if not s.identified]
    message = "'{}' is referred to as if introduced, but the article never says who it is"
    return _per_source("unidentified_source", message, unidentified)


def _per_source(kind: WarningKind, message: str, sources: list[Source]) -> list[EditorWarning]:
    return [
        EditorWarning(kind=kind, message=message.format(s.name), sentences=s.sentences, source_id=s.id) for s in sources
    ]


def _single_party(sentences: list[Sentence], sources: list[Source]) -> list[EditorWarning]:
    claims = [s for s in sentences if s.label == "sourced_claim"]
    parties = {a.source.source_id for s in claims for a in s.attributions}
    if len(claims) < 2 or len(parties) != 1:
        return []
    (party,) = parties
    name = next((s.name for s in sources if s.id == party), party)
    return [
        EditorWarning(
            kind="single_party",
            message=f"every sourced claim rests on one party, {name}: seek another source",
            sentences=[s.index for s in claims],
            source_id=party,
        )
    ]


def _hedged_without_caveat(sentences: list[Sentence]) -> list[EditorWarning]:
    qualified = {i for s in sentences for i in s.qualifies}
    return [
        EditorWarning(
            kind="hedged_without_caveat",
            message=f"hedged claim ('{s.hedges[0].text}') with no caveat or corroboration",
            sentences=[s.index],
        )
        for s in sentences
        if s.hedges and s.index not in qualified and s.label in {"sourced_claim", "unsourced_claim"}
    ]
