"""Loads the rule and lexicon files that ship in `claimtrace/resources/`."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


@cache
def load_resource(name: str, path: str | None = None) -> dict[str, Any]:
    """Return a bundled JSON resource, or the user's file at `path` instead."""
    if path is not None:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    text = resources.files("claimtrace").joinpath("resources", f"{name}.json").read_text("utf-8")
    return json.loads(text)
