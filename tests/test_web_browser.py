"""The editors' page in real headless Chromium: paste the sample, submit, see the highlighted report."""

from __future__ import annotations

import socket
import threading
import time

import pytest
import uvicorn

from claimtrace.web.app import create_app
from conftest import ARTIFACTS, CORPUS


@pytest.fixture(scope="module")
def server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not running.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def test_paste_submit_and_read_the_report(browser, server):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(server)
    page.fill("#article-text", (CORPUS / "dimitrov.txt").read_text(encoding="utf-8"))
    page.focus("#article-text")
    page.keyboard.press("Tab")  # the file input
    page.keyboard.press("Tab")  # the button: the page works from the keyboard
    assert page.evaluate("document.activeElement.id") == "annotate"
    page.keyboard.press("Enter")
    page.wait_for_selector("#status:has-text('12 sentences annotated')", timeout=30_000)

    report = page.frame_locator("#report")
    sentences = report.locator(".article .sentence")
    assert sentences.count() == 12
    assert report.locator(".article .sentence.sourced_claim").count() == 3
    assert report.locator(".article .source").first.inner_text() == "the Russian Ministry of Defense"
    assert "Russian Ministry of Defense" in report.locator("table.sources").inner_text()
    assert page.get_attribute("#download-json", "href").startswith("blob:")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-page.png"), full_page=True)
    page.close()


def test_an_empty_submission_is_explained(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.click("#annotate")
    assert page.inner_text("#status") == "Paste an article or choose a file first."
    page.close()


def test_an_error_from_the_api_is_shown(browser, server):
    page = browser.new_page()
    page.goto(server)
    page.set_input_files(
        "#article-file", files=[{"name": "bad.txt", "mimeType": "text/plain", "buffer": bytes(range(256))}]
    )
    page.click("#annotate")
    page.wait_for_selector("#status.error", timeout=30_000)
    assert "binary data" in page.inner_text("#status")
    page.close()
