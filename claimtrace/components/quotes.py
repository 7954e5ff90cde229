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

OPENING = {"“", "«", "„"}
CLOSING = {"”", "»"}
STRAIGHT = {'"'}
SENTENCE_END = {".", "?", "!"}
OPENS = OPENING | STRAIGHT
CLOSES = CLOSING | STRAIGHT


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        quotes = list(_quotations(doc))
        for quote in quotes:
            _keep_marks_in_sentences(quote)
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
    return "\n\n" in token.text.replace("\r", "") or following is not None and following.text in OPENS


def _keep_marks_in_sentences(quote: Span) -> None:
    """A closing mark ends its sentence; after '."' a capitalised word starts the next one."""
    closing = quote[-1]
    if quote[0].i + 1 < closing.i:
        quote[1].is_sent_start = False
    if closing.text not in CLOSES:
        return  # left open at a paragraph's end: the paragraph break ends the sentence
    closing.is_sent_start = False
    if closing.i > 0 and closing.nbor(-1).text in SENTENCE_END:
        following = _next_word(closing)
        if following is not None and following.text[:1].isupper():
            following.is_sent_start = True


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
