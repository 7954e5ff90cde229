"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import claimtrace
from claimtrace.models import ArticleReport, Sentence

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
"""Screenshots the browser tests save for a person to review."""
NEWS_PAGE = """<!DOCTYPE html><html><head><title>Troops advance</title><script>track()</script>
<style>p { color: red }</style></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Troops advance on Dimitrov</h1>
<p>Russian forces have reportedly taken 22 buildings, according to a statement issued by the
Russian Ministry of Defense on its <b>Telegram</b> channel.</p>
<p>However, the claim remains unverified by independent sources.</p></article>
<footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>"""
"""A news page with navigation, script, style and footer around the article."""
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def nlp():
    return claimtrace.load_pipeline()


@pytest.fixture(scope="session")
def dimitrov() -> ArticleReport:
    return claimtrace.annotate((CORPUS / "dimitrov.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright; CI must have it (scripts/install-browser)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: run scripts/install-browser")
        pytest.skip("Chromium is not installed: run scripts/install-browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def only_sentence(text: str) -> Sentence:
    """Annotate a one-sentence text and return that sentence."""
    report = claimtrace.annotate(text)
    assert len(report.sentences) == 1, [s.text for s in report.sentences]
    return report.sentences[0]


def attributions(sentence: Sentence) -> list[tuple[str, str | None, str | None]]:
    return [(a.source.text, a.cue and a.cue.text, a.channel and a.channel.text) for a in sentence.attributions]
