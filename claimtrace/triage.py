"""Ranks articles for checking: what a fact-checker should open first, and why.

priority = 100 × (0.35 × unsourced share
                 + 0.20 × vague share
                 + 0.15 × min(unidentified sources, 3) / 3
                 + 0.15 × (1 if every sourced claim rests on one party)
                 + 0.15 × min(hedged claims without a caveat, 3) / 3)

where the unsourced share is unsourced claims over all claims (sourced and
unsourced) and the vague share is vague sources over all sources backing a
claim or opinion. 0 is an article with nothing to check; 100 the worst.
"""

from __future__ import annotations

from pydantic import BaseModel

from .models import LABELS, ArticleReport

WEIGHTS = {"unsourced": 0.35, "vague": 0.20, "unidentified": 0.15, "single_party": 0.15, "hedged": 0.15}
CAP = 3
"""Counts past this add nothing more to the priority."""


class TriageRow(BaseModel):
    file: str
    sentences: int
    counts: dict[str, int]
    unsourced_share: float
    vague_share: float
    unidentified_sources: int
    single_party: bool
    hedged_without_caveat: int
    priority: float


def triage_row(name: str, report: ArticleReport) -> TriageRow:
    counts = report.label_counts()
    claims = counts["sourced_claim"] + counts["unsourced_claim"]
    backing = {
        a.source.source_id
        for s in report.sentences
        if s.label in {"sourced_claim", "analyst_opinion"}
        for a in s.attributions
    }
    backers = [s for s in report.sources if s.id in backing]
    kinds = [w.kind for w in report.warnings]
    row = {
        "unsourced_share": counts["unsourced_claim"] / claims if claims else 0.0,
        "vague_share": sum(not s.named for s in backers) / len(backers) if backers else 0.0,
        "unidentified_sources": sum(not s.identified for s in report.sources),
        "single_party": "single_party" in kinds,
        "hedged_without_caveat": kinds.count("hedged_without_caveat"),
    }
    return TriageRow(
        file=name,
        sentences=len(report.sentences),
        counts={k: counts[k] for k in LABELS},
        priority=_priority(**row),
        **row,
    )


def _priority(
    unsourced_share: float,
    vague_share: float,
    unidentified_sources: int,
    single_party: bool,
    hedged_without_caveat: int,
) -> float:
    score = (
        WEIGHTS["unsourced"] * unsourced_share
        + WEIGHTS["vague"] * vague_share
        + WEIGHTS["unidentified"] * min(unidentified_sources, CAP) / CAP
        + WEIGHTS["single_party"] * single_party
        + WEIGHTS["hedged"] * min(hedged_without_caveat, CAP) / CAP
    )
    return round(100 * score, 1)


def ranked(rows: list[TriageRow]) -> list[TriageRow]:
    """Highest priority first; ties by file name, so the order is the same on every run."""
    return sorted(rows, key=lambda r: (-r.priority, r.file))
