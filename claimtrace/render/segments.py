"""Splits a sentence into runs of plain text, sources, cues, channels and hedges, for highlighting."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Literal

from ..models import Sentence, TextSpan

Role = Literal["plain", "hedge", "channel", "cue", "source"]
PAINT_ORDER: tuple[Role, ...] = ("hedge", "channel", "cue", "source")
"""Later roles win where spans overlap: 'The expert' inside the cue 'The expert's remark'."""


@dataclass(frozen=True)
class Segment:
    text: str
    role: Role


def segments(sentence: Sentence) -> list[Segment]:
    roles: list[Role] = ["plain"] * len(sentence.text)
    for role in PAINT_ORDER:
        for span in _spans(sentence, role):
            for i in range(max(span.start, sentence.start), min(span.end, sentence.end)):
                roles[i - sentence.start] = role
    runs = groupby(range(len(roles)), key=lambda i: roles[i])
    return [Segment("".join(sentence.text[i] for i in run), role) for role, run in ((r, list(g)) for r, g in runs)]


def _spans(sentence: Sentence, role: Role) -> list[TextSpan]:
    if role == "hedge":
        return list(sentence.hedges)
    parts = (getattr(a, role) for a in sentence.attributions)
    return [p for p in parts if p is not None]
