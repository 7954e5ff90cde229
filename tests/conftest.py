"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrace
from claimtrace.models import ArticleReport, Sentence

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="session")
def nlp():
    return claimtrace.load_pipeline()


@pytest.fixture(scope="session")
def dimitrov() -> ArticleReport:
    return claimtrace.annotate((CORPUS / "dimitrov.txt").read_text(encoding="utf-8"))


def only_sentence(text: str) -> Sentence:
    """Annotate a one-sentence text and return that sentence."""
    report = claimtrace.annotate(text)
    assert len(report.sentences) == 1, [s.text for s in report.sentences]
    return report.sentences[0]


def attributions(sentence: Sentence) -> list[tuple[str, str | None, str | None]]:
    return [(a.source.text, a.cue and a.cue.text, a.channel and a.channel.text) for a in sentence.attributions]
