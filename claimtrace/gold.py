"""Gold annotations: the corpus format a newsroom writes by hand, and its loader.

A gold file `NAME.gold.json` sits beside `NAME.txt` and gives each sentence's
text (in order), label, attributions and caveat links. The loader finds every
piece in the article and checks it, so offsets never have to be typed.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import InputError, location
from .models import Label, TextSpan


class GoldAttribution(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    named: bool
    source_id: str = Field(description="Any name; mentions of one real source share it.")
    cue: str | None = None
    channel: str | None = None
    in_sentence: int | None = Field(
        default=None,
        ge=0,
        strict=True,  # 'false' would pass as sentence 0 and blame the wrong sentence
        description="For a quote that runs over several sentences: the index of the sentence that names the "
        "speaker, where source, cue and channel are found.",
    )


class GoldSentence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    label: Label
    attributions: list[GoldAttribution] = []
    qualifies: list[int] = []
    hedges: list[str] = []


class GoldArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    article: str = Field(description="The article's file name, beside the gold file.")
    beat: str
    split: str = Field(pattern="^(dev|test)$")
    sentences: list[GoldSentence]

    @model_validator(mode="after")
    def _parts_inside(self) -> GoldArticle:
        for index, sentence in enumerate(self.sentences):
            for attribution in sentence.attributions:
                where = attribution.in_sentence if attribution.in_sentence is not None else index
                if not 0 <= where < len(self.sentences):
                    raise ValueError(f"in_sentence {where} is not a sentence of the article")
                text = self.sentences[where].text
                for part in (attribution.source, attribution.cue, attribution.channel):
                    if part is not None and find_words(text, part) < 0:
                        raise ValueError(f"'{part}' is not in the sentence '{text}'")
        return self


class LocatedGold(BaseModel):
    """A gold article with its text and every sentence's character span in it."""

    name: str
    text: str
    gold: GoldArticle
    spans: list[TextSpan]

    def part_span(self, index: int, attribution: GoldAttribution, part: str) -> TextSpan:
        """Where `part` (a source, cue or channel) of `attribution` on sentence `index` stands in the article."""
        if attribution.in_sentence is not None:
            index = attribution.in_sentence
        sentence = self.spans[index]
        start = sentence.start + find_words(sentence.text, part)
        return TextSpan(text=part, start=start, end=start + len(part))


def find_words(text: str, part: str) -> int:
    """Where `part` stands in `text` as whole words ('he' is not the 'he' of 'them'); -1 if nowhere."""
    found = re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)
    return found.start() if found else -1


def load_gold(path: Path) -> LocatedGold:
    """The gold file and its article; anything wrong with either is one `InputError` naming the file."""
    try:
        gold = GoldArticle.model_validate_json(path.read_text(encoding="utf-8"))
        text = (path.parent / gold.article).read_text(encoding="utf-8")
    except ValidationError as error:
        problem = error.errors()[0]
        raise InputError(f"{path}: {problem['msg']} (at {location(problem['loc'])})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read it or its article ({error})") from None
    return LocatedGold(name=path.name.removesuffix(".gold.json"), text=text, gold=gold, spans=_locate(text, gold, path))


def gold_files(folder: Path) -> list[Path]:
    files = sorted(folder.rglob("*.gold.json"))
    if not files:
        raise InputError(f"{folder}: no *.gold.json files to evaluate against")
    return files


def _locate(text: str, gold: GoldArticle, path: Path) -> list[TextSpan]:
    spans, cursor = [], 0
    for sentence in gold.sentences:
        start = text.find(sentence.text, cursor)
        if start < 0:
            raise InputError(f"{path}: sentence not found in order in {gold.article}: {sentence.text[:60]!r}")
        cursor = start + len(sentence.text)
        spans.append(TextSpan(text=sentence.text, start=start, end=cursor))
    return spans
