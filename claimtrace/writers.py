"""Writes a batch of reports in the chosen format as they arrive.

Errors go to standard error, one line each, and the rest of the batch goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from .batch import BatchItem
from .errors import OutputError
from .models import ArticleReport
from .output import output_stream, write_atomically
from .render.html import render_html, render_index
from .render.terminal import as_text, report_renderable
from .triage import ranked, triage_row

ErrorSink = Callable[[str], None]


def write_reports(
    items: Iterable[BatchItem],
    output_format: str,
    output: Path | None,
    count: int,
    colour: bool,
    on_error: ErrorSink,
    on_warning: ErrorSink,
) -> int:
    """Write every report; return how many inputs failed."""
    items = _noting_language(items, on_warning)
    if output_format == "html" and count > 1:
        return _html_folder(items, output, on_error)
    failures = 0
    with output_stream(output) as stream:
        writer = _StreamWriter(stream, output_format, single=count == 1, colour=colour)
        for item in items:
            if item.report is None:
                failures += 1
                on_error(item.error or item.name)
                continue
            writer.write(item.name, item.report)
        writer.close()
    return failures


class _StreamWriter:
    def __init__(self, stream: TextIO, output_format: str, single: bool, colour: bool):
        self.stream, self.format, self.single, self.colour = stream, output_format, single, colour
        self.written = 0

    def write(self, name: str, report: ArticleReport) -> None:
        if self.format == "jsonl":
            text = json.dumps({"file": name, **report.model_dump(mode="json")}, ensure_ascii=False) + "\n"
        elif self.format == "json":
            body = report.model_dump_json(indent=2)
            text = body + "\n" if self.single else ("[\n" if self.written == 0 else ",\n") + body
        elif self.format == "html":
            text = render_html(report, title=f"claimtrace: {name}")
        else:
            text = as_text(report_renderable(report, name), self.colour)
        self.stream.write(text)
        self.stream.flush()
        self.written += 1

    def close(self) -> None:
        if self.format == "json" and not self.single:
            self.stream.write("\n]\n" if self.written else "[]\n")


def _html_folder(items: Iterable[BatchItem], folder: Path | None, on_error: ErrorSink) -> int:
    if folder is None:
        raise OutputError("several HTML reports need a folder: pass --output DIR")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot create ({error.strerror or error})") from None
    rows, pages, failures = [], {}, 0
    for number, item in enumerate(items, start=1):
        if item.report is None:
            failures += 1
            on_error(item.error or item.name)
            continue
        page = f"{number:04d}-{_slug(item.name)}.html"
        write_atomically(folder / page, render_html(item.report, title=f"claimtrace: {item.name}"))
        rows.append(triage_row(item.name, item.report))
        pages[item.name] = page
    write_atomically(folder / "index.html", render_index(ranked(rows), pages))
    return failures


def _noting_language(items: Iterable[BatchItem], notify: ErrorSink) -> Iterator[BatchItem]:
    """Say on standard error, too, when a text does not look English: JSON readers may not look at warnings."""
    for item in items:
        if item.report is not None and any(w.kind == "not_english" for w in item.report.warnings):
            notify(f"{item.name}: does not look like English; the model and rules are English")
        yield item


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", Path(name).stem).strip("-")[:60] or "article"
