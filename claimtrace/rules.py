"""The rules `claimtrace check` can enforce: each is an editor warning kind."""

from __future__ import annotations

from .models import ArticleReport, EditorWarning, WarningKind

RULES: dict[WarningKind, str] = {
    "unsourced_claim": "a checkable fact with no source",
    "unsourced_opinion": "a judgement in the writer's own voice",
    "vague_source": "a claim or opinion backed only by 'officials', 'analysts', 'sources'",
    "unidentified_source": "a source referred to as known ('the expert') but never identified",
    "single_party": "every sourced claim rests on one party",
    "hedged_without_caveat": "'reportedly'/'allegedly' with no caveat or corroboration",
    "not_english": "the text does not look like English",
}
DEFAULT_RULES: tuple[WarningKind, ...] = ("unsourced_claim", "unidentified_source", "hedged_without_caveat")


def parse_rules(text: str) -> list[WarningKind]:
    """'unsourced_claim,vague_source' -> the rules; an unknown name is a ValueError listing the known ones."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise ValueError(f"unknown rule {', '.join(unknown)}; rules are: {', '.join(RULES)}")
    return names  # type: ignore[return-value]


def broken_rules(report: ArticleReport, rules: list[WarningKind]) -> list[EditorWarning]:
    return [w for w in report.warnings if w.kind in rules]
