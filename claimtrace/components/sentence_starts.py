"""Setting sentence starts before the parser, all at once.

`token.is_sent_start = ...` checks the whole document for a parse each time,
so a long article with many quotations and paragraphs paid for every mark
with a pass over every token; one array write costs one pass.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.tokens import Doc


def mark_sentence_starts(doc: Doc, starts: dict[int, bool]) -> None:
    """`starts` maps token indexes to whether a sentence starts there; other tokens keep their value."""
    if not starts:
        return
    values = doc.to_array(SENT_START).astype("int64")
    for index, start in starts.items():
        values[index] = 1 if start else -1
    doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))  # spaCy stores -1 wrapped
