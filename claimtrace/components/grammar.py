"""Dependency-parse helpers shared by the components."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from .extensions import TokenRange, after_line_opener

PHRASE_BREAKS = {"relcl", "acl", "appos", "punct", "advcl", "case", "cc", "conj", "parataxis"}
"""Children that end a noun phrase: 'the mayor[, who spoke on Monday,]'."""

ABILITY = ("can", "ca")
"""'can' as the tokenizer leaves it, also in "can't" ('ca')."""
SUBJECTS = ("nsubj", "nsubjpass")
"""The dependencies of a clause's subject, active or passive."""
NOMINAL = {"NOUN", "PROPN", "PRON"}
"""Parts of speech of a subject that names someone, not a quoted clause hung on the verb as a subject."""
FREE_RELATIVES = {"what", "whatever"}
"""'Whatever the council says', 'what its operator described as': a clause that names a thing, not a question."""
MAIN_CLAUSE_DEPS = {
    "ROOT",
    "acomp",
    "xcomp",
    "ccomp",
    "neg",
    "aux",
    "auxpass",
    "advmod",
    "attr",
    "dobj",
    "conj",
    "nsubj",
    "nsubjpass",
}
"""Relations that keep a word in the sentence's main point (not a subordinate or trailing clause)."""


def noun_phrase(token: Token, skip: frozenset[int] = frozenset()) -> TokenRange:
    """The words that name `token`'s referent, without clauses hanging off it."""
    kept = [t.i for t in _phrase_tokens(token, skip)]
    doc = token.doc
    start, end = min(kept), max(kept) + 1
    start = min(after_line_opener(doc, start), token.i)
    while end - start > 1 and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "case"):
        end -= 1
    return TokenRange(start, end)


NAMING_VERBS = {"call", "know", "name", "dub"}
"""'a group calling itself ShadowNet', 'a man known as X': clauses that give the name stay in the phrase."""
DEMONSTRATIVES = {"this", "that", "these", "those"}


def _phrase_tokens(token: Token, skip: frozenset[int]) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.i in skip or child.dep_ in PHRASE_BREAKS and not (names(child) or close_apposition(child)):
            continue
        yield from _phrase_tokens(child, skip)


def close_apposition(word: Token) -> bool:
    """'the listing site Rentals.ca', 'the journal Nature': a name in apposition with no comma before it."""
    return (
        word.dep_ == "appos"
        and word.pos_ == "PROPN"
        and word.i > 0
        and word.nbor(-1).text != ","
        and word.i > word.head.i
    )


def names(clause: Token) -> bool:
    """True for a participle that names its noun: 'calling itself ShadowNet', 'known as Mirnograd'."""
    return (
        clause.dep_ == "acl"
        and clause.lemma_.lower() in NAMING_VERBS
        and any(t.pos_ == "PROPN" for t in clause.subtree)
    )


def after_be_to(verb: Token) -> bool:
    """'Warmer seas are to blame': an infinitive after 'be' with no object of its own."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and child(verb, "dobj") is None


def conjuncts(token: Token) -> list[Token]:
    """`token` and the words coordinated with it: 'Peskov and the ministry'."""
    return [token, *token.conjuncts]


def child(token: Token, *deps: str) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def preposition(token: Token, *words: str) -> Token | None:
    """`token`'s preposition that is one of `words`: the 'by' of 'quoted by'."""
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ in words), None)


def object_of(token: Token, *words: str) -> Token | None:
    """The object of `token`'s preposition that is one of `words`: the 'X' of 'a statement from X'."""
    found = preposition(token, *words)
    return child(found, "pobj") if found is not None else None


def agent_of(token: Token) -> Token | None:
    """The 'X' of a passive 'by X' attached to `token`."""
    by = child(token, "agent")
    return child(by, "pobj") if by is not None else None


def is_agent(word: Token, entity_types: set[str], nouns: set[str]) -> bool:
    """A person or body that can act or speak: a pronoun, a name, or one of `nouns` ('the government')."""
    return word.pos_ in {"PRON", "PROPN"} or word.ent_type_ in entity_types or word.lemma_.lower() in nouns


def subject_of(verb: Token) -> Token | None:
    """The active subject of `verb`, borrowed from the verb it is coordinated with.

    Of two subjects the parser gave one verb, the nearer: 'KYIV, Nov 26 (Reuters) - Ukraine's air force
    said' hangs the dateline on 'said' as a subject too; but a name the parser split off the end of the
    other subject's phrase is part of that phrase, and a noun after the verb whose own verb the parser
    hung on it ('Care England, which represents providers, said councils paid too little') is what is said.
    """
    while True:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(s.i < verb.i and s.pos_ in NOMINAL for s in subjects):
            subjects = [s for s in subjects if not (s.i > verb.i and child(s, "acl") is not None)]
        subject = min(subjects, key=lambda c: abs(verb.i - c.i), default=None)
        subject = next((s for s in subjects if _name_split_off(subject, s)), subject)
        if subject is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head == verb:
            return subject
        verb = verb.head


def _name_split_off(nearer: Token | None, other: Token) -> bool:
    """'a study published on Monday in the journal PNAS found': the parser split the journal's name off as a
    second subject; it goes on the other subject's phrase, so that subject speaks."""
    if nearer is None or other == nearer or nearer.pos_ != "PROPN" or other.pos_ != "NOUN":
        return False
    return other.left_edge.i < nearer.i <= other.right_edge.i + 1


def in_main_clause(token: Token) -> bool:
    """True when no subordinate, relative or trailing clause lies between `token` and the root."""
    while token.dep_ != "ROOT":
        if _reported_on_medium(token):
            token = token.head.head.head  # the speech verb
        elif token.dep_ not in MAIN_CLAUSE_DEPS:
            return False
        else:
            token = token.head
    return True


def opened_by(clause: Token, words: set[str]) -> bool:
    """A clause opened by one of `words`: 'whether' in 'decide whether schools should move', 'so' in 'resigned so
    that the row would not harm parliament'."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def _reported_on_medium(clause: Token) -> bool:
    """'said in a report that it had found no evidence': the parser hangs the reported clause on the medium as a
    clause of its own (a 'that' that opens it and a subject of its own, not a relative 'that'), under a
    preposition of the speech verb."""
    medium = clause.head
    opened = opened_by(clause, {"that"})
    on_speech = medium.dep_ == "pobj" and medium.head.dep_ == "prep" and medium.head.head.pos_ == "VERB"
    return clause.dep_ == "acl" and opened and child(clause, "nsubj") is not None and on_speech


def inside_quote(token: Token, quotes: list[Span]) -> bool:
    return any(q.start < token.i < q.end - 1 for q in quotes)


def quotations(doc: Doc) -> list[Span]:
    """The quotations `claimtrace_quotes` found; none when that component is not in the pipeline."""
    return list(doc.spans["ct_quotes"]) if "ct_quotes" in doc.spans else []


def words_of(sentence: Span) -> list[Token]:
    return [t for t in sentence if not (t.is_punct or t.is_space)]


def fully_quoted(sentence: Span, quotes: list[Span]) -> bool:
    """Every word of the sentence is someone's quoted words: '"That ends now."'."""
    words = words_of(sentence)
    return bool(words) and all(inside_quote(t, quotes) for t in words)


def in_subtree(token: Token, root: Token) -> bool:
    return root.left_edge.i <= token.i <= root.right_edge.i and (token == root or root in token.ancestors)


def within(span: Span, sentence: Span) -> bool:
    return span.start >= sentence.start and span.end <= sentence.end


def per_sentence(spans: Iterable[Span], sentences: list[Span]) -> list[list[Span]]:
    """For each sentence (in reading order), the spans within it: one pass, not one per sentence."""
    starts = [s.start for s in sentences]
    found: list[list[Span]] = [[] for _ in sentences]
    for span in spans:
        index = bisect_right(starts, span.start) - 1
        if index >= 0 and within(span, sentences[index]):
            found[index].append(span)
    return found


def overlapping(spans: Iterable[Span], sentences: list[Span]) -> list[list[Span]]:
    """For each sentence, the spans that share a word with it: the quotations its checks need to look at
    (one may run over several sentences). One pass over the spans, not one per sentence."""
    starts = [s.start for s in sentences]
    found: list[list[Span]] = [[] for _ in sentences]
    for span in spans:
        for index in range(max(bisect_right(starts, span.start) - 1, 0), bisect_left(starts, span.end)):
            if span.start < sentences[index].end and span.end > sentences[index].start:
                found[index].append(span)
    return found


def says_nothing_of_a_claim(verb: Token, refusing: set[str], refused: set[str]) -> bool:
    """A rejecting verb that is negated accepts ('The authority did not dispute the figure'), and one that
    refuses something ('was denied bail') is no denial: neither is a caveat."""
    return child(verb, "neg") is not None or refuses(verb, refusing, refused)


def argues_about(verb: Token, verbs: set[str], prepositions: set[str]) -> bool:
    """'had disagreed on almost everything': parties at odds over a topic (markers.json caveat_verbs topics),
    no claim disputed, unless they disagree 'with' something."""
    if verb.lemma_.lower() not in verbs or preposition(verb, "with") is not None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in prepositions for c in verb.children)


def refuses(verb: Token, verbs: set[str], objects: set[str]) -> bool:
    """'was denied bail', 'The court denied his appeal': `verb` refuses something rather than denies a claim
    (any passive with an object, or one of `objects`)."""
    if verb.lemma_.lower() not in verbs:
        return False
    thing = child(verb, "dobj")
    passive = child(verb, "auxpass") is not None
    return thing is not None and (passive or thing.lemma_.lower() in objects)


def compares_rates(word: Token) -> bool:
    """'Birds ... were more likely to die on the way than those that crossed Italy', 'Smokers are twice as likely
    to develop it', 'those who listened ... were more likely to have it', 'Pupils in poorer areas are the most likely
    to be taught physics by someone without a degree in it': how often one group does a thing against
    another, a measured finding (a group, not the bank's plural subject); not 'the toll was
    likely to rise', 'makes extreme rainfall more likely' or 'the bank was more likely to cut in June', forecasts."""
    if word.lower_ not in {"likely", "unlikely"} or child(word, "xcomp") is None:
        return False
    subjects = [c for c in word.head.children if c.dep_ in {"nsubj", "csubj"}]  # 'patients [given the drug]'
    group = any(t.dep_ == "nsubj" and (t.tag_ == "NNS" or t.lower_ == "those") for s in subjects for t in s.subtree)
    return group and any(
        c.dep_ == "advmod" and c.lower_ in {"more", "less", "most", "least", "as"} for c in word.children
    )
