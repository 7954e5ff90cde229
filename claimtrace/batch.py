"""Many articles through one spaCy pipeline: streaming, in input order, one bad file never stops the rest.

Texts are read lazily and fed to `nlp.pipe` (with `n_process` workers), and
each report is yielded as soon as its document comes back, so memory does not
grow with the number of articles.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .documents import SUFFIXES, read_document
from .errors import InputError
from .inputs import DEFAULT_MAX_CHARS, check_length
from .models import ArticleReport
from .pipeline import load_pipeline, model_name
from .report import build_report


@dataclass(frozen=True)
class BatchItem:
    """One input's outcome: a report, or the one-line reason it has none."""

    name: str
    report: ArticleReport | None = None
    error: str | None = None


def expand_paths(patterns: Iterable[str]) -> list[str]:
    """Files as given, directories searched recursively for articles, globs expanded; '-' is standard input.

    In a directory, README files are documentation, not articles, and are left out.
    """
    paths: list[str] = []
    for pattern in patterns:
        if Path(pattern).is_dir():
            paths += sorted(str(p) for p in Path(pattern).rglob("*") if _is_article(p))
        elif glob.has_magic(pattern):
            paths += sorted(glob.glob(pattern, recursive=True)) or [pattern]
        else:
            paths.append(pattern)
    return paths


def _is_article(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES and not path.name.upper().startswith("README") and path.is_file()


def annotate_paths(
    paths: list[str],
    model: str | None = None,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    batch_size: int = 16,
    workers: int = 1,
) -> Iterator[BatchItem]:
    """Reports for `paths`, in order, as they are ready."""
    nlp = load_pipeline(model, max_chars)
    name = model_name(model)
    errors: dict[int, str] = {}
    extracted: dict[int, str] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for index, path in enumerate(paths):
            try:
                article = read_document(path, encoding)
                check_length(article.text, max_chars)
            except InputError as error:
                errors[index] = str(error) if str(error).startswith(path) else f"{path}: {error}"
                continue
            if article.extracted:
                extracted[index] = article.text
            yield article.text, index

    done = 0
    for doc, index in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size, n_process=workers):
        yield from _failures(paths, errors, done, index)
        report = build_report(doc, name)
        if index in extracted:
            report = report.model_copy(update={"extracted_text": extracted.pop(index)})
        yield BatchItem(paths[index], report=report)
        done = index + 1
    yield from _failures(paths, errors, done, len(paths))


def _failures(paths: list[str], errors: dict[int, str], start: int, stop: int) -> Iterator[BatchItem]:
    for index in range(start, stop):
        if index in errors:
            yield BatchItem(paths[index], error=errors.pop(index))
