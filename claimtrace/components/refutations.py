"""Claims said to be false (markers.json "refuted"): a caveat, for they dispute the claim; so is one said to be true,
which confirms it ('The figure is correct, according to the national statistics office').

'The commission said the claim was false', 'Unite said that was not true', 'the claim was "not supported by the
text"', 'the reports were fabricated', 'called the accusation "groundless"'. One two-node dependency pattern finds a
claim noun (or a reported 'that' or 'this') with its verb, and the verb's other words decide here: a pattern per
wording made the marker finder's dependency matcher half again as slow. A second finds a calling verb whose false
word the parser gave the claim to ('called the report "disinformation"').
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from .grammar import SUBJECTS, child


class RefutationReader:
    def __init__(self, refuted: dict[str, Any], claim_nouns: list[str]) -> None:
        self.false_words = set(refuted["false_words"])
        self.true_words = set(refuted["negated_true_words"])
        self.supporting = set(refuted["supported_verbs"])
        self.made_up = set(refuted["made_up_verbs"])
        self.calling = set(refuted["calling_verbs"])
        self.claim_words = [*claim_nouns, *refuted["pointing_words"]]

    def pattern(self) -> list[dict[str, Any]]:
        """A verb that may refute, and the claim it has for subject or object."""
        verbs = sorted({"be"} | self.supporting | self.made_up | self.calling)
        claim = {"DEP": {"IN": [*SUBJECTS, "dobj"]}, "LOWER": {"IN": self.claim_words}}
        return [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": verbs}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "claim", "RIGHT_ATTRS": claim},
        ]

    def misread_pattern(self) -> list[dict[str, Any]]:
        """'called the report "disinformation"', 'called the video "fake"', which the parser reads with the claim
        hung on the word that calls it false."""
        false_word = {"DEP": {"IN": ["dobj", "oprd"]}, "LOWER": {"IN": sorted(self.false_words)}}
        claim = {"DEP": {"IN": ["nmod", "npadvmod", "compound"]}, "POS": "NOUN", "LOWER": {"IN": self.claim_words}}
        return [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(self.calling)}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "word", "RIGHT_ATTRS": false_word},
            {"LEFT_ID": "word", "REL_OP": ">", "RIGHT_ID": "claim", "RIGHT_ATTRS": claim},
        ]

    def refutation(self, doc: Doc, verb_id: int, claim_id: int) -> Span | None:
        """The words that call the claim false, or None; a pointing 'that' or 'this' only in what a source says
        ('Unite said that was not true'), not the writer's 'That is wrong'."""
        verb, claim = doc[verb_id], doc[claim_id]
        if claim.pos_ != "NOUN" and verb.dep_ != "ccomp":
            return None
        word = self._refuting_word(verb, claim)
        if word is None:
            return None
        return doc[min(verb.i, claim.i, word.i) : max(verb.i, claim.i, word.i) + 1]

    def _refuting_word(self, verb: Token, claim: Token) -> Token | None:
        lemma = verb.lemma_.lower()
        subject = claim.dep_ in SUBJECTS
        if lemma == "be" and subject:
            return self._false(verb, {"acomp", "attr"}) or self._true_or_untrue(verb)
        if lemma in self.supporting and subject:
            return child(verb, "neg")  # 'was not supported by the text'
        if lemma in self.made_up and subject:
            return child(verb, "auxpass")  # 'were fabricated'
        if lemma in self.calling and claim.dep_ == "dobj" and claim.pos_ == "NOUN":
            return self._false(verb, {"oprd"})  # 'called the accusation "groundless"'
        return None

    def _false(self, verb: Token, deps: set[str]) -> Token | None:
        return next((c for c in verb.children if c.dep_ in deps and c.lemma_.lower() in self.false_words), None)

    def _true_or_untrue(self, verb: Token) -> Token | None:
        """'that was not true', and a claim confirmed ('The figure is correct, according to the statistics
        office'); not 'that was not true of every club' (it does not apply to them)."""
        true = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in self.true_words), None)
        if true is None:
            return None
        return None if any(c.dep_ == "prep" and c.lower_ in {"of", "for"} for c in true.children) else true
