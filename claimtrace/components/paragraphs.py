"""claimtrace_paragraphs: a blank line ends a sentence.

It runs before the parser, which honours sentence starts set earlier and now
and then runs a sentence on across a paragraph break ('... wrote on X.' +
blank line + 'Since Ariane 5 was retired ...' as one sentence).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import register_extensions
from .sentence_starts import mark_sentence_starts


class ParagraphBreaks:
    def __call__(self, doc: Doc) -> Doc:
        starts = {}
        for token in doc[:-1]:
            if blank_line(token):
                following = token.nbor(1)
                if not following.is_space:
                    starts[following.i] = True
        mark_sentence_starts(doc, starts)
        return doc


def blank_line(token: Token) -> bool:
    """Whitespace holding a blank line, with or without carriage returns or spaces on it: a paragraph break."""
    return token.is_space and token.text.replace("\r", "").count("\n") >= 2


@Language.factory("claimtrace_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """Add before the parser: `nlp.add_pipe("claimtrace_paragraphs", before="parser")`."""
    register_extensions()
    return ParagraphBreaks()
