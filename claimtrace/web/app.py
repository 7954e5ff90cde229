"""The FastAPI app: the editors' page and the JSON API, over the same Python API as the CLI.

The model loads once at start-up. NLP runs in a worker thread, one document
at a time under a lock (a spaCy pipeline is not meant to be shared by
threads), so the event loop keeps answering while it works.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, TypeVar

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.staticfiles import StaticFiles

from ..documents import Article, article_from_text, document_from_bytes
from ..errors import InputError
from ..inputs import DEFAULT_MAX_CHARS, check_length
from ..models import ArticleReport
from ..pipeline import load_pipeline, model_name
from ..render.html import render_html
from ..report import build_report
from ..triage import TriageRow, ranked, triage_row
from . import DEFAULT_MAX_BYTES
from .limits import BodyLimit

ModelT = TypeVar("ModelT", bound=BaseModel)
STATIC = resources.files("claimtrace.web").joinpath("static")


class ArticleIn(BaseModel):
    text: str = Field(description="The article text.")
    name: str = Field("article.txt", description="A file name; .md or .html means the text is Markdown or HTML.")


class TriageIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)


class TriageOut(BaseModel):
    rows: list[TriageRow]


class Annotator:
    """The loaded pipeline, used by one thread at a time."""

    def __init__(self, model: str | None):
        self.nlp = load_pipeline(model, DEFAULT_MAX_CHARS)
        self.model = model_name(model)
        self.lock = threading.Lock()

    def report(self, article: Article) -> ArticleReport:
        check_length(article.text, DEFAULT_MAX_CHARS)
        with self.lock:
            doc = self.nlp(article.text)
        return build_report(doc, self.model, article.extracted)


def create_app(model: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> FastAPI:
    state: dict[str, Annotator] = {}

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        state["annotator"] = Annotator(model)
        yield

    app = FastAPI(title="claimtrace", summary="Where every claim in a news article comes from.", lifespan=lifespan)
    app.add_middleware(BodyLimit, max_bytes=max_bytes)

    async def annotated(article: Article) -> ArticleReport:
        try:
            return await run_in_threadpool(state["annotator"].report, article)
        except InputError as error:
            raise HTTPException(400, str(error)) from None

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        return STATIC.joinpath("index.html").read_text("utf-8")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok", "model": state["annotator"].model}

    @app.get("/api/schema")
    def schema() -> dict:
        """The JSON Schema of the report."""
        return ArticleReport.model_json_schema(mode="serialization")

    @app.post("/api/annotate", response_model=ArticleReport, responses={400: {}, 413: {}, 415: {}})
    async def annotate(request: Request, format: Annotated[str, Query(pattern="^(json|html)$")] = "json") -> Response:
        """Annotate one article: JSON `{"text", "name"}`, `text/plain`, or a multipart form with `file` or `text`."""
        report = await annotated(await _article(request))
        if format == "html":
            return HTMLResponse(render_html(report))
        return JSONResponse(report.model_dump(mode="json"))

    @app.post("/api/render", response_class=HTMLResponse)
    def render(report: ArticleReport) -> str:
        """The self-contained HTML page for a report (no NLP: the report is already made)."""
        return render_html(report)

    @app.post("/api/triage", response_model=TriageOut, responses={400: {}, 413: {}, 415: {}})
    async def triage(request: Request) -> TriageOut:
        """Rank several articles: JSON `{"articles": [{"text", "name"}]}` or a multipart form with `files`."""
        rows = [triage_row(a.name, await annotated(a)) for a in await _articles(request)]
        return TriageOut(rows=ranked(rows))

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


async def _article(request: Request) -> Article:
    kind = _content_type(request)
    if kind == "application/json":
        body = _parsed(ArticleIn, await _json(request))
        return _checked(lambda: article_from_text(body.text, body.name))
    if kind == "text/plain":
        data, charset = await request.body(), _charset(request)
        return _checked(lambda: document_from_bytes(data, "article.txt", charset))
    if kind == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if upload is not None and not isinstance(upload, str):
            data, name = await upload.read(), upload.filename or "upload.txt"
            return _checked(lambda: document_from_bytes(data, name))
        text = form.get("text")
        if isinstance(text, str):
            return _checked(lambda: article_from_text(text, "article.txt"))
        raise HTTPException(400, "the form has neither a 'file' nor a 'text' field")
    raise HTTPException(415, 'send application/json {"text": ...}, text/plain, or multipart/form-data with a file')


async def _articles(request: Request) -> list[Article]:
    kind = _content_type(request)
    if kind == "application/json":
        body = _parsed(TriageIn, await _json(request))
        return [_checked(lambda a=a: article_from_text(a.text, a.name)) for a in body.articles]
    if kind == "multipart/form-data":
        uploads = [u for u in (await request.form()).getlist("files") if not isinstance(u, str)]
        if not uploads:
            raise HTTPException(400, "the form has no 'files'")
        files = [(await u.read(), u.filename or "upload.txt") for u in uploads]
        return [_checked(lambda d=data, n=name: document_from_bytes(d, n)) for data, name in files]
    raise HTTPException(415, 'send application/json {"articles": [...]} or multipart/form-data with files')


async def _json(request: Request) -> object:
    try:
        return await request.json()
    except ValueError:
        raise HTTPException(400, "the body is not valid JSON") from None


def _parsed(model: type[ModelT], data: object) -> ModelT:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in error.errors())
        raise HTTPException(422, problems) from None


def _content_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _charset(request: Request) -> str | None:
    return request.headers.get("content-type", "").partition("charset=")[2].strip() or None


def _checked(make) -> Article:
    try:
        article = make()
    except InputError as error:
        raise HTTPException(400, str(error)) from None
    if not article.text.strip():
        raise HTTPException(400, "no text to annotate")
    return article
