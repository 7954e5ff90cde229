"""Many articles through one spaCy pipeline: streaming, in input order, one bad file never stops the rest.

Paths are cut into batches; each batch is read, run through `nlp.pipe` and
turned into reports, which are yielded as soon as the batch is done, so
memory does not grow with the number of articles.
"""

from __future__ import annotations

import glob
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
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


class Failures:
    """Reports each failed input as it passes and counts them, so that callers deal only in reports."""

    def __init__(self, report: Callable[[str], None]):
        self.report = report
        self.count = 0

    def reports(self, items: Iterable[BatchItem]) -> Iterator[tuple[str, ArticleReport]]:
        for item in items:
            if item.report is None:
                self.count += 1
                self.report(item.error or item.name)
            else:
                yield item.name, item.report


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
    """Reports for `paths`, in order, as they are ready.

    With several workers each process loads the pipeline once and turns a
    batch of paths into finished reports, so only small reports travel back,
    not parsed Docs; standard input is always read here.
    """
    batches = [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]
    job = _BatchJob(model, encoding, max_chars)
    if workers == 1 or "-" in paths:
        for batch in batches:
            yield from job(batch)
        return
    with _pool_context().Pool(workers) as pool:
        for items in pool.imap(job, batches):
            yield from items


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork shares the loaded model with the workers, but is unsafe once other threads run."""
    methods = multiprocessing.get_all_start_methods()
    fork_is_safe = "fork" in methods and threading.active_count() == 1
    return multiprocessing.get_context("fork" if fork_is_safe else "spawn")


@dataclass(frozen=True)
class _BatchJob:
    """Annotates one batch of paths; picklable, so that worker processes can run it."""

    model: str | None
    encoding: str | None
    max_chars: int

    def __call__(self, paths: list[str]) -> list[BatchItem]:
        nlp = load_pipeline(self.model, self.max_chars)
        items: list[BatchItem | None] = [None] * len(paths)
        texts = []
        for index, path in enumerate(paths):
            try:
                article = read_document(path, self.encoding)
                check_length(article.text, self.max_chars, path)
            except InputError as error:
                items[index] = BatchItem(path, error=str(error))
                continue
            texts.append((article.text, (index, article)))
        for doc, (index, article) in nlp.pipe(texts, as_tuples=True):
            items[index] = BatchItem(paths[index], report=build_report(doc, model_name(self.model), article.extracted))
        return [item for item in items if item is not None]
