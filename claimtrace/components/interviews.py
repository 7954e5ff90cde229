"""An interview printed as questions and answers: the answers are the words of the person interviewed.

`layout` marks each answer (`doc.spans["ct_answers"]`, from its 'A:' to the
next question). The person interviewed is the first person the text names
before the first answer ('The new head of the statistics office, Maria Lind,
spoke to us'); each sentence of an answer that cites nobody else is theirs,
with the answer's tag as its cue, as a quotation's later sentences are its
speaker's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from .extensions import ANSWERS, AttributionRecord, TokenRange


def answered(
    doc: Doc, found: list[tuple[Span, list[AttributionRecord]]], first_person: set[str]
) -> list[list[AttributionRecord]]:
    """Each sentence's records, the interviewee's in answer sentences that cite nobody else.

    'I' or 'we' citing themselves in an answer ('I believe ...') is the interviewee too.
    """
    answers = _answers(doc)
    interviewee = _interviewee(doc, answers[0]) if answers else None
    if interviewee is None:
        return [records for _, records in found]
    resolved = []
    for sentence, records in found:
        answer = next((a for a in answers if a.start <= sentence.start < a.end), None)
        if answer is None:
            resolved.append(records)
        elif not records:
            resolved.append([AttributionRecord(interviewee, TokenRange(answer.start, answer.start + 1), None)])
        else:
            resolved.append([_own(r, doc, interviewee, first_person) for r in records])
    return resolved


def in_answer(word: Token) -> bool:
    return any(a.start <= word.i < a.end for a in _answers(word.doc))


def _answers(doc: Doc) -> list[Span]:
    return list(doc.spans.get(ANSWERS, []))


def _interviewee(doc: Doc, first_answer: Span) -> TokenRange | None:
    person = next((e for e in doc.ents if e.label_ == "PERSON" and e.end <= first_answer.start), None)
    return TokenRange.of(person) if person is not None else None


def _own(record: AttributionRecord, doc: Doc, interviewee: TokenRange, first_person: set[str]) -> AttributionRecord:
    speaker = record.source.span(doc)
    return replace(record, source=interviewee) if speaker.text.lower() in first_person else record
