"""The HTML report opened in real headless Chromium: highlights, details, no injected script."""

from __future__ import annotations

import claimtrace
from claimtrace.render.html import render_html
from claimtrace.render.style import LABEL_STYLES
from conftest import ARTIFACTS, CORPUS


def _hex_to_rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_report_page_highlights_every_sentence_by_label(browser, tmp_path):
    text = (CORPUS / "dimitrov.txt").read_text(
        encoding="utf-8"
    ) + ' <img src=x onerror="window.injected=1"> <script>window.injected=1</script>'
    report = claimtrace.annotate(text)
    path = tmp_path / "report.html"
    path.write_text(render_html(report, title="Dimitrov"), encoding="utf-8")

    page = browser.new_page()
    page.goto(path.as_uri())
    sentences = page.locator(".article .sentence")
    assert sentences.count() == len(report.sentences)
    for index, sentence in enumerate(report.sentences):
        element = sentences.nth(index)
        background = element.evaluate("e => getComputedStyle(e).backgroundColor")
        assert background == _hex_to_rgb(LABEL_STYLES[sentence.label].html)
    first = sentences.first
    assert first.locator(".source").inner_text() == "the Russian Ministry of Defense"
    assert page.evaluate("window.injected") is None
    assert "<script>window.injected=1</script>" in sentences.last.inner_text()
    detail = first.locator(".detail")
    assert not detail.is_visible()
    page.keyboard.press("Tab")  # the keyboard reaches the first sentence and shows its details
    assert page.evaluate("document.activeElement.id") == "s0"
    assert detail.is_visible()
    assert "Russian Ministry of Defense via Telegram (cue: “according to”)" in detail.inner_text()
    assert "hedge: “reportedly”" in detail.inner_text()
    sentences.nth(6).hover()
    assert "qualifies #0" in sentences.nth(6).locator(".detail").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report.png"), full_page=True)
    page.close()
