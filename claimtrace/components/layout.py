"""claimtrace_layout: lines of a news page that are not running prose.

Wire copy comes with a dateline before its lead ('KYIV, Nov 26 (Reuters) - '),
a byline and a credit line ('(Reporting by ...; Editing by ...)'); live pages
come with timestamps and lists; interviews and transcripts with 'Q:', 'A:'
or a speaker's name. Left alone, the parser makes a dateline or a tag a
sentence of its own, labelled an unsourced claim, and runs a list item on
into the next. This component runs before the parser: a line's opener stays
in its first sentence (and goes to `doc.spans["ct_line_openers"]`, which no
source takes in), a list item starts one, and a byline or credit line
becomes its own sentence and goes to `doc.spans["ct_not_sentences"]`, which
`content_sentences` leaves out. A paragraph of one line that does not end
like a sentence is a headline or subheading (`doc.spans["ct_headings"]`):
its present tense tells of the past. An interview's or transcript's turns go
to `doc.spans["ct_turns"]` (see `interviews`). The patterns live in
`resources/layout.json`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import load_resource
from .extensions import ANSWER, HEADINGS, LINE_OPENERS, NOT_SENTENCES, QUESTION, SPEAKER, TURNS, register_extensions
from .paragraphs import blank_line
from .sentence_starts import mark_sentence_starts

SENTENCE_ENDS = {".", "!", "?", "…", '"', "”", "'", "’"}
HEADING_WORDS = 20


class PageLayout:
    def __init__(self, lexicons: str | None) -> None:
        layout = load_resource("layout", lexicons)
        interview = layout["interview"]
        self.tags = {turn: re.compile(interview[turn]) for turn in (QUESTION, ANSWER, SPEAKER)}
        self.not_speakers = set(interview["not_speakers"])
        self.list_item = _any_of(layout["list_items"]["patterns"])
        self.opener = _any_of(layout["openers"]["patterns"] + layout["list_items"]["patterns"])
        self.not_sentence = _any_of(layout["not_sentences"]["patterns"])

    def __call__(self, doc: Doc) -> Doc:
        lines = list(_lines(doc))
        texts = [line.text for line in lines]  # a Span builds its text anew on every access
        tags = self._turn_tags(lines, texts)
        page = _Page()
        for line, text, following in zip(lines, texts, [*texts[1:], None], strict=True):
            tagged = tags.get(line.start)
            opening = tagged[1] if tagged else self.opener.match(text)
            if opening is not None:
                page.open(line, opening.end())
            elif self.not_sentence.match(text) or self._introduces_list(text, following):
                page.skip(line)
            elif _heading(line):
                page.heading(line)
        page.write(doc, _turns(doc, tags))
        return doc

    def _introduces_list(self, line: str, following: str | None) -> bool:
        """'What we know so far:' above a list is page structure, not a sentence ('He said:' is one)."""
        return following is not None and line.endswith(":") and self.list_item.match(following) is not None

    def _turn_tags(self, lines: list[Span], texts: list[str]) -> dict[int, tuple[str, re.Match]]:
        """The lines that open a turn, by their first token: whose turn (QUESTION, ANSWER or SPEAKER), and the tag.

        A named speaker's tag counts only where some speaker speaks twice: one 'Live:' is a headline, and
        'Price: ...', 'Weight: ...' are a product's specifications. Question and answer tags count only where
        both are found: 'A. J. Wilson said ...' opens no answer.
        """
        tags: dict[int, tuple[str, re.Match]] = {}
        for line, text in zip(lines, texts, strict=True):
            found = next(((turn, m) for turn, p in self.tags.items() if (m := p.match(text))), None)
            if found is not None and not (found[0] == SPEAKER and text.split(":")[0] in self.not_speakers):
                tags[line.start] = found
        names = Counter(m.group(0) for turn, m in tags.values() if turn == SPEAKER)
        counting = {SPEAKER: any(count > 1 for count in names.values())}
        counting[QUESTION] = counting[ANSWER] = {QUESTION, ANSWER} <= {turn for turn, _ in tags.values()}
        return {start: tag for start, tag in tags.items() if counting[tag[0]]}


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern for a list of them, matching where the first of them that matches does (none: never)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


@dataclass
class _Page:
    """What the layout finds, written to the Doc at once (sentence starts in one array write)."""

    starts: dict[int, bool] = field(default_factory=dict)
    openers: list[Span] = field(default_factory=list)
    skipped: list[Span] = field(default_factory=list)
    headings: list[Span] = field(default_factory=list)

    def open(self, line: Span, length: int) -> None:
        doc = line.doc
        self.openers.append(doc.char_span(line.start_char, line.start_char + length, alignment_mode="expand"))
        self.starts.update(_opened(line, self.openers[-1]))

    def skip(self, line: Span) -> None:
        self.starts[line.start] = True
        if line.end < len(line.doc):
            self.starts[line.end] = True
        self.skipped.append(line)

    def heading(self, line: Span) -> None:
        self.starts.update({t.i: False for t in line[1:]})
        self.headings.append(line)

    def write(self, doc: Doc, turns: list[Span]) -> None:
        mark_sentence_starts(doc, self.starts)
        doc.spans[NOT_SENTENCES] = self.skipped
        doc.spans[LINE_OPENERS] = self.openers
        doc.spans[HEADINGS] = self.headings
        doc.spans[TURNS] = turns
        for opener in self.openers:  # read token by token later: a span group is rebuilt on every access
            for token in opener:
                token._.line_opener_end = opener.end
        for turn in turns:
            for token in turn:
                token._.turn = turn.label_


def _turns(doc: Doc, tags: dict[int, tuple[str, re.Match]]) -> list[Span]:
    """Each turn from its tag to the next tag or the end of the text, labelled with whose turn it is."""
    starts = sorted(tags)
    bounds = [*starts, len(doc)]
    return [Span(doc, start, end, label=tags[start][0]) for start, end in zip(starts, bounds[1:], strict=True)]


def _opened(line: Span, opener: Span) -> dict[int, bool]:
    """A sentence starts with the line, and no other starts inside its opener or right after it: the
    dateline, tag or list marker stays with the words it opens."""
    starts = {line.start: True, **{t.i: False for t in opener[1:]}}
    if opener.end < line.end:
        starts[opener.end] = False
    return starts


def _heading(line: Span) -> bool:
    """A short paragraph of one line that does not end like a sentence: a headline or a subheading (a long
    one is a sentence whose full stop was forgotten)."""
    doc = line.doc
    if sum(not t.is_punct for t in line) > HEADING_WORDS:
        return False
    before = doc[line.start - 1] if line.start > 0 else None
    after = doc[line.end] if line.end < len(doc) else None
    blank_before = before is None or before.i == 0 and before.is_space or blank_line(before)
    blank_after = after is None or after.i == len(doc) - 1 and after.is_space or blank_line(after)
    return blank_before and blank_after and line[-1].text not in SENTENCE_ENDS


def _lines(doc: Doc) -> Iterator[Span]:
    """Each line's words: the tokens between line breaks, whitespace at either end left out."""
    line: list[int] = []
    for token in doc:
        if token.is_space and "\n" in token.text:
            yield from _words(doc, line)
            line = []
        elif not token.is_space:
            line.append(token.i)
    yield from _words(doc, line)


def _words(doc: Doc, line: list[int]) -> Iterator[Span]:
    if line:
        yield doc[line[0] : line[-1] + 1]


@Language.factory("claimtrace_layout", default_config={"lexicons": None})
def make_page_layout(nlp: Language, name: str, lexicons: str | None) -> PageLayout:
    """Add before the parser: `nlp.add_pipe("claimtrace_layout", before="parser")`.

    `lexicons`: a folder of your own lexicon files (see `claimtrace.lexicon`).
    """
    register_extensions()
    return PageLayout(lexicons)
