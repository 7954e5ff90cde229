"""claimtrace_quotes: finds quotations and keeps sentence boundaries from cutting through their marks.

It runs before the parser: the parser honours sentence starts set earlier,
and left alone it often starts a sentence with the closing quote of the one
before. Quotations go to `doc.spans["ct_quotes"]`, marks included; later
components use them to tell a speaker's words from the writer's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import register_extensions
from .paragraphs import blank_line
from .sentence_starts import mark_sentence_starts

OPENING = {"“", "«", "„"}
CLOSING = {"”", "»"}
STRAIGHT = {'"'}
SENTENCE_END = {".", "?", "!"}
OPENS = OPENING | STRAIGHT
CLOSES = CLOSING | STRAIGHT


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        quotes = list(_quotations(doc))
        starts: dict[int, bool] = {}
        for quote in quotes:
            starts.update(_sentence_marks(quote))
        mark_sentence_starts(doc, starts)
        doc.spans["ct_quotes"] = quotes
        return doc


def _quotations(doc: Doc) -> Iterator[Span]:
    """Pairs opening and closing marks in reading order; straight quotes alternate.

    A quotation left open at the end of a paragraph ends there: wire copy leaves
    it open when the next paragraph goes on quoting (and opens with a mark
    again), and a mark forgotten in one paragraph must not turn the rest of the
    article inside out.
    """
    start: int | None = None
    for token in doc:
        text = token.text
        if start is not None and _ends_paragraph(token):
            yield doc[start : token.i]
            start = None
        elif start is None and text in OPENS:
            start = token.i
        elif start is not None and text in CLOSES:
            yield doc[start : token.i + 1]
            start = None
    if start is not None:
        yield doc[start:]


def _ends_paragraph(token: Token) -> bool:
    """A blank line, or a line break before a line that opens with a quotation mark."""
    if not token.is_space or "\n" not in token.text:
        return False
    following = _next_word(token)
    return blank_line(token) or following is not None and following.text in OPENS


def _sentence_marks(quote: Span) -> dict[int, bool]:
    """A closing mark ends its sentence; after '."' a capitalised word starts the next one."""
    marks = {}
    closing = quote[-1]
    if quote[0].i + 1 < closing.i:
        marks[quote[1].i] = False
    if closing.text not in CLOSES:
        return marks  # left open at a paragraph's end: the paragraph break ends the sentence
    marks[closing.i] = False
    if closing.i > 0 and closing.nbor(-1).text in SENTENCE_END:
        following = _next_word(closing)
        if following is not None and following.text[:1].isupper():
            marks[following.i] = True
    return marks


def _next_word(token: Token) -> Token | None:
    for candidate in token.doc[token.i + 1 :]:
        if not candidate.is_space:
            return candidate
    return None


@Language.factory("claimtrace_quotes")
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Add before the parser: `nlp.add_pipe("claimtrace_quotes", before="parser")`."""
    register_extensions()
    return QuoteFinder()
