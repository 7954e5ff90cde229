"""Loads the rule and lexicon files that ship in `claimtrace/resources/`, or a newsroom's own.

A lexicon folder (`CLAIMTRACE_LEXICONS`, or a component's `lexicons` setting)
holds any of `cues.json`, `channels.json`, `markers.json`, `sources.json`, `layout.json`;
each top-level entry in such a file replaces the bundled entry of that name,
so a file may hold only the lists it changes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError


@cache
def load_resource(name: str, folder: str | None = None) -> dict[str, Any]:
    """The bundled `NAME.json`, with the entries of `folder/NAME.json` in place of its own."""
    bundled = json.loads(resources.files("claimtrace").joinpath("resources", f"{name}.json").read_text("utf-8"))
    own = Path(folder) / f"{name}.json" if folder is not None else None
    if own is None or not own.is_file():
        return bundled
    try:
        entries = json.loads(own.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{own}: not a readable JSON lexicon ({error})") from None
    if not isinstance(entries, dict):
        raise InputError(f"{own}: a lexicon file holds one JSON object, like claimtrace/resources/{name}.json")
    return {**bundled, **entries}


def role_nouns(folder: str | None = None) -> dict[str, str]:
    """The organisation and person nouns of `sources.json` ('ministry', 'spokesman'), each with the entity
    type a mention headed by it refers to."""
    sources = load_resource("sources", folder)
    return {**sources["organisation_nouns"], **sources["person_nouns"]}
