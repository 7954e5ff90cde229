"""Triage ranking and the publication gate, from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimtrace.cli import app
from claimtrace.triage import triage_row
from conftest import CORPUS

ARTICLES = [str(CORPUS / n) for n in ("dimitrov.txt", "measles.txt", "exoplanet.txt")]


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kwargs: runner.invoke(app, list(args), **kwargs)


def test_triage_row_follows_the_documented_formula(dimitrov):
    row = triage_row("dimitrov.txt", dimitrov)
    assert row.counts["sourced_claim"] == 3 and row.counts["unsourced_claim"] == 2
    assert row.unsourced_share == pytest.approx(2 / 5)
    assert row.vague_share == pytest.approx(2 / 4)  # analysts and the expert, of four backing sources
    assert row.unidentified_sources == 1 and not row.single_party and row.hedged_without_caveat == 0
    assert row.priority == round(100 * (0.35 * 2 / 5 + 0.20 * 0.5 + 0.15 * 1 / 3), 1)


def test_triage_json_is_ranked(run):
    result = run("triage", *ARTICLES, "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert sorted(r["file"] for r in rows) == sorted(ARTICLES)
    priorities = [r["priority"] for r in rows]
    assert priorities == sorted(priorities, reverse=True)


def test_triage_csv_and_table(run):
    rows = list(csv.DictReader(io.StringIO(run("triage", *ARTICLES, "-f", "csv").stdout)))
    assert len(rows) == 3 and {"file", "priority", "unsourced_claim", "vague_share"} <= set(rows[0])
    table = run("triage", *ARTICLES, env={"COLUMNS": "300"}).stdout
    assert "priority" in table and "dimitrov.txt" in table


def test_check_fails_on_a_broken_rule(run):
    result = run("check", ARTICLES[0], "--fail-on", "unsourced_claim,unidentified_source")
    assert result.exit_code == 1
    assert f"{ARTICLES[0]}: unidentified_source: 'the expert'" in result.stdout
    assert f"{ARTICLES[0]}: unsourced_claim: 2 unsourced claims" in result.stdout


def test_check_passes_when_no_chosen_rule_is_broken(run):
    result = run("check", ARTICLES[0], "--fail-on", "single_party,not_english")
    assert result.exit_code == 0 and result.stdout == ""


def test_check_rejects_unknown_rules(run):
    result = run("check", ARTICLES[0], "--fail-on", "typos")
    assert result.exit_code == 2 and "unknown rule typos; rules are: unsourced_claim" in result.stderr
