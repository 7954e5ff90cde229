"""Writes a batch of reports in the chosen format as they arrive."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from .errors import OutputError
from .models import ArticleReport
from .output import output_stream, write_atomically
from .render.html import render_html, render_index
from .render.terminal import as_text, report_renderable
from .triage import ranked, triage_row

Notice = Callable[[str], None]


def write_reports(
    reports: Iterable[tuple[str, ArticleReport]],
    output_format: str,
    output: Path | None,
    count: int,
    colour: bool,
    on_warning: Notice,
) -> None:
    """Write every (name, report) in `output_format`; `count` is how many inputs there are."""
    reports = _noting_language(reports, on_warning)
    if output_format == "html" and count > 1:
        _html_folder(reports, output)
        return
    with output_stream(output) as stream:
        writer = _StreamWriter(stream, output_format, single=count == 1, colour=colour)
        for name, report in reports:
            writer.write(name, report)
        writer.close()


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


def _html_folder(reports: Iterable[tuple[str, ArticleReport]], folder: Path | None) -> None:
    if folder is None:
        raise OutputError("several HTML reports need a folder: pass --output DIR")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot create ({error.strerror or error})") from None
    rows, pages = [], {}
    for number, (name, report) in enumerate(reports, start=1):
        page = f"{number:04d}-{_slug(name)}.html"
        write_atomically(folder / page, render_html(report, title=f"claimtrace: {name}"))
        rows.append(triage_row(name, report))
        pages[name] = page
    write_atomically(folder / "index.html", render_index(ranked(rows), pages))


def _noting_language(
    reports: Iterable[tuple[str, ArticleReport]], notify: Notice
) -> Iterator[tuple[str, ArticleReport]]:
    """Say on standard error, too, when a text does not look English: JSON readers may not look at warnings."""
    for name, report in reports:
        if any(w.kind == "not_english" for w in report.warnings):
            notify(f"{name}: does not look like English; the model and rules are English")
        yield name, report


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", Path(name).stem).strip("-")[:60] or "article"
