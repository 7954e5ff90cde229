"""Whatever a newsroom pastes in: a correct report or one clear line, never a traceback or a hang."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import claimtrace
from claimtrace.cli import app
from claimtrace.models import ArticleReport

FRENCH = (
    "Les forces russes ont pris le contrôle de 22 bâtiments dans la ville, selon un communiqué du ministère "
    "de la Défense publié sur Telegram. Le porte-parole du Kremlin a déclaré que le président avait été informé "
    "de l'opération et que la situation restait tendue dans toute la région."
)


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kwargs: runner.invoke(app, list(args), **kwargs)


def _report(result) -> ArticleReport:
    assert result.exit_code == 0, result.stderr
    return ArticleReport.model_validate_json(result.stdout)


def test_one_word(run):
    report = _report(run("annotate", "-", "-f", "json", input="Reportedly"))
    assert [s.text for s in report.sentences] == ["Reportedly"]


def test_one_long_sentence_without_a_full_stop(run):
    text = " ".join(["officials said the river rose again and again"] * 400)
    report = _report(run("annotate", "-", "-f", "json", input=text))
    assert report.sentences[0].start == 0 and report.sentences[-1].end == len(text)


def test_five_megabytes_are_refused_naming_the_limit_and_the_option(run, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("The ministry said prices rose. " * 170_000, encoding="utf-8")
    result = run("annotate", str(path))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"claimtrace: error: {path}: 5,270,000 characters is more than the limit of 1,000,000; "
        "raise it with --max-chars (memory use grows with it) or split the text"
    )


def test_not_english_is_warned_and_still_reported(run):
    result = run("annotate", "-", "-f", "json", input=FRENCH)
    report = _report(result)
    assert report.warnings[0].kind == "not_english" and len(report.sentences) == 2
    assert (
        result.stderr.strip() == "claimtrace: warning: -: does not look like English; the model and rules are English"
    )


def test_english_is_not_warned(dimitrov):
    assert all(w.kind != "not_english" for w in dimitrov.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose, the bureau said.\r\nRents fell, the agency said.\rWages rose.\n",
        "Prices\u00a0rose, the\u00a0bureau said. Rents\u200b fell\u200d, the agency said.",
        "“Prices rose,” the bureau said. «Rents fell,» the agency said.",
    ],
    ids=["mixed-line-endings", "nbsp-and-zero-width", "smart-quotes-and-guillemets"],
)
def test_odd_characters_keep_offsets_and_sources(text):
    report = claimtrace.annotate(text)
    sources = [a.source.text.replace("\u00a0", " ") for s in report.sentences for a in s.attributions]
    assert sources == ["the bureau", "the agency"]
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for attribution in sentence.attributions:
            assert text[attribution.source.start : attribution.source.end] == attribution.source.text


def test_markup_and_script_stay_text_in_json(run):
    text = "<script>alert(1)</script> [bold red]Prices rose[/], the bureau said. <img src=x onerror=alert(1)>"
    data = json.loads(run("annotate", "-", "-f", "json", input=text).stdout)
    assert "".join(s["text"] for s in data["sentences"]).replace(" ", "") == text.replace(" ", "")


def test_debug_lets_the_exception_through(run):
    quiet = run("annotate", "-", "--model", "no_such_model", input="Text.")
    assert quiet.exit_code == 3 and quiet.exception.__class__ is SystemExit
    loud = run("annotate", "-", "--model", "no_such_model", "--debug", input="Text.")
    assert isinstance(loud.exception, claimtrace.ModelNotFoundError)
