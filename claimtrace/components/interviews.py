"""Interviews and transcripts: each turn is the words of whoever has it.

`layout` marks the turns (`doc.spans["ct_turns"]`, each from its tag to the
next). A turn tagged with a name ('LIND: ...') is that speaker's, the tag its
source. An answer ('A: ...') is the person interviewed's: the first person
the text names before the first answer ('The new head of the statistics
office, Maria Lind, spoke to us'). A question is the interviewer's, and cites
nobody. Each sentence of a turn that cites nobody else is its speaker's, as a
quotation's later sentences are its speaker's; so is the turn's own 'I
believe'.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .extensions import ANSWER, QUESTION, SPEAKER, TURNS, AttributionRecord, TokenRange


def answered(
    doc: Doc, found: list[tuple[Span, list[AttributionRecord]]], first_person: set[str]
) -> list[list[AttributionRecord]]:
    """Each sentence's records, with the speaker of its turn where it cites nobody else."""
    turns = list(doc.spans.get(TURNS, []))
    if not turns:
        return [records for _, records in found]
    interviewee = _interviewee(doc, turns)
    speakers = {turn.start: _speaker(turn, interviewee) for turn in turns}
    starts = [turn.start for turn in turns]
    resolved = []
    for sentence, records in found:
        turn = turns[bisect_right(starts, sentence.start) - 1] if sentence.start >= starts[0] else None
        speaker = speakers[turn.start] if turn is not None and sentence.start < turn.end else None
        if speaker is None:
            resolved.append(records)
        elif not records:
            resolved.append([AttributionRecord(speaker, _tag(turn), None)])
        else:
            resolved.append([_own(r, doc, speaker, first_person) for r in records])
    return resolved


def in_turn(word: Token) -> bool:
    """Inside an answer or a named speaker's turn, where 'I' is that speaker, not the writer."""
    return word._.turn in {ANSWER, SPEAKER}


def _interviewee(doc: Doc, turns: list[Span]) -> TokenRange | None:
    """The first person the text names before the first answer."""
    first_answer = next((t for t in turns if t.label_ == ANSWER), None)
    if first_answer is None:
        return None
    person = next((e for e in doc.ents if e.label_ == "PERSON" and e.end <= first_answer.start), None)
    return TokenRange.of(person) if person is not None else None


def _speaker(turn: Span, interviewee: TokenRange | None) -> TokenRange | None:
    if turn.label_ == QUESTION:
        return None
    if turn.label_ == ANSWER:
        return interviewee
    colon = next(t.i for t in turn if t.text == ":")
    return TokenRange(turn.start, colon)


def _tag(turn: Span) -> TokenRange | None:
    """The cue of an answer is its 'A'; a named turn's tag is its source, with no cue."""
    return TokenRange(turn.start, turn.start + 1) if turn.label_ == ANSWER else None


def _own(record: AttributionRecord, doc: Doc, speaker: TokenRange, first_person: set[str]) -> AttributionRecord:
    said_by = record.source.span(doc)
    return replace(record, source=speaker) if said_by.text.lower() in first_person else record
