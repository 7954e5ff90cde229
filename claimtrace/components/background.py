"""What the writer states as background rather than as comment.

What is said of a kind in the present ('Heart disease is the leading cause
of death', 'Bleaching happens when corals expel their algae'), unless the
writer quantifies it ('Few investors believe him'), and the wire's present
that places a story after other events ('The agreement follows weeks of
warning strikes', 'The move comes as the company struggles'); so is what a law
or deal provides ('That law allows councils to buy derelict land') and what a
thing can do ('The drug can cause swelling'). The words live in `markers.json`
(`kinds`, `sequence`, `provisions`, `known_effects`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import load_resource
from .grammar import child, subject_of


class BackgroundReader:
    def __init__(self, lexicons: str | None) -> None:
        markers = load_resource("markers", lexicons)
        self.generalising = set(markers["kinds"]["generalising"])
        sequence = markers["sequence"]
        self.following = set(sequence["with_object"])
        self.coming = set(sequence["with_link"])
        self.sequence_links = set(sequence["links"])
        self.effects = set(markers["known_effects"]["verbs"])
        self.expectations = set(markers["known_effects"]["not_of_kinds"])
        provisions = markers["provisions"]
        self.provision_subjects, self.providing = set(provisions["subjects"]), set(provisions["verbs"])

    def states(self, verb: Token) -> bool:
        """Whether the clause of `verb`, a main verb with no modal, states background."""
        return self._generic(subject_of(verb)) or self._places_in_time(verb) or self._provides(verb)

    def known_effect(self, verb: Token) -> bool:
        """'The drug can cause swelling and bleeding in the brain', 'Fine particles can pass from the lungs into
        the blood': what a thing, or a kind of thing, can do, a fact about it; not what a kind can expect."""
        can = any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children)
        if not can or child(verb, "neg") is not None:
            return False
        lemma = verb.lemma_.lower()
        return lemma in self.effects or self._generic(subject_of(verb)) and lemma not in self.expectations

    def _provides(self, verb: Token) -> bool:
        """'That law allows councils to buy derelict land', 'The law contains no power to take land'."""
        subject = subject_of(verb)
        provision = subject is not None and subject.lemma_.lower() in self.provision_subjects
        return provision and verb.lemma_.lower() in self.providing and verb.tag_ in {"VBZ", "VBP"}

    def _places_in_time(self, verb: Token) -> bool:
        """'The agreement follows weeks of warning strikes', 'The move comes as the company struggles'."""
        lemma = verb.lemma_.lower()
        if lemma in self.following and child(verb, "dobj") is not None:
            return True
        after = verb.doc[verb.i + 1 : verb.i + 4]  # 'comes amid', 'comes six years after'
        return lemma in self.coming and any(t.lower_ in self.sequence_links for t in after)

    def _generic(self, subject: Token | None) -> bool:
        """A kind, not a thing of the story: 'Heart disease is the leading cause of death', 'A heat pump works
        like a fridge in reverse'. Background the writer states, unless quantified as the writer's
        generalisation ('Few investors believe him', 'Such statements rarely survive')."""
        if subject is None or subject.dep_ != "nsubj" or not _nominal(subject):
            return False
        if sum(c.dep_ == "nsubj" for c in subject.head.children) > 1:
            return False  # a misparse: 'Whether that delay costs convictions remains to be seen'
        if any(c.lower_ in self.generalising for c in subject.children):
            return False
        return all(c.lower_ in {"a", "an"} for c in subject.children if c.dep_ in {"det", "poss"})


def _nominal(word: Token) -> bool:
    """A noun, or a gerund standing alone as one: 'Bleaching happens', not 'Closing schools is painful'."""
    return word.pos_ == "NOUN" or word.tag_ == "VBG" and not any(word.children)
