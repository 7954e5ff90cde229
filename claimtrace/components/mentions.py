"""What a source mention is: its kind (person, organisation, group), and whether it is named.

A source is named when a proper name identifies it (guide, section 3), and,
by the corpus convention, when it is an institution the article has in mind
('The regulator said') or a description with a name in it ('the city of
Leiden', 'The PDSZ teachers' union'). The word lists are in
`resources/sources.json`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import load_resource, role_nouns
from .grammar import names, preposition

PERSON, ORG, GROUP, OTHER = "PERSON", "ORG", "GROUP", "OTHER"
ENTITY_KINDS = {"PERSON": PERSON, "ORG": ORG, "GPE": ORG, "NORP": GROUP, "FAC": ORG}
DEFINITE = {"the", "this", "that"}


class MentionReader:
    def __init__(self, lexicons: str | None):
        lexicon = load_resource("sources", lexicons)
        self.person_pronouns = set(lexicon["person_pronouns"])
        self.organisation_pronouns = set(lexicon["organisation_pronouns"])
        self.group_pronouns = set(lexicon["group_pronouns"])
        self.group_words = self.group_pronouns | set(lexicon["group_nouns"])
        self.role_kinds = role_nouns(lexicons)
        self.generic_organisations = set(lexicon["generic_organisation_nouns"])
        self.name_words = {w: n for w, n in lexicon["name_words"].items() if w != "_doc"}
        self.named_types = set(lexicon["named_entity_types"])
        self.pronouns = self.person_pronouns | self.organisation_pronouns | self.group_pronouns
        self.speech_nouns = set(load_resource("cues", lexicons)["speech_nouns"])
        self.outlet_nouns = set(load_resource("channels", lexicons)["outlet_nouns"])

    def kind(self, mention: Span) -> str:
        """PERSON, ORG, GROUP or OTHER: what a pronoun may later refer back to."""
        root = mention.root
        if root.lower_ in self.person_pronouns or an_age(mention):
            return PERSON
        if _common_plural(root) or root.lower_ in self.group_words:
            return GROUP  # 'Prosecutors' are not what 'it' refers to ('AWS' may be tagged plural)
        titles = mention.doc[min(root.left_edge.i, mention.start) : root.i]  # 'Agency nurse [Grace Mensah]' too
        if root.pos_ == "PROPN" and any(self.role_kinds.get(t.lemma_.lower()) == PERSON for t in titles):
            return PERSON  # 'regional governor Oleh Kiper', though the tagger took the name for an organisation's
        if root.ent_type_ in ENTITY_KINDS:
            return ENTITY_KINDS[root.ent_type_]
        role = self.role_kinds.get(root.lemma_.lower())
        if root.tag_ == "NNPS":
            return ORG if role == ORG else GROUP
        return role or OTHER

    def is_named(self, mention: Span) -> bool:
        """A proper name identifies one person, organisation, outlet or document.

        'Peskov', 'the Russian Ministry of Defense', 'Pfizer's chief executive',
        'His agent, Jorge Mendes', 'a group calling itself ShadowNet', 'The tribunal in Leeds', 'the
        consultancy EY' (a definite description closed by a name).
        """
        root = mention.root
        if root.is_upper and root.lower_ in self.role_kinds:
            return False  # a transcript's 'HOST:' is a role in capitals, not a name
        plain_plural = _common_plural(root) and not any(t.pos_ == "PROPN" for t in mention)
        if root.pos_ == "PROPN" or root.ent_type_ in self.named_types - {"NORP"} and not plain_plural:
            return True  # not 'Campaigners said', though the recogniser may take it for a person's name
        if _spelled_as_a_name(root):
            return True
        if is_definite(mention) and (_of_a_name(root) or _name_before(mention) or mention[-1].pos_ == "PROPN"):
            return True
        if self.record_owner(mention):
            return True
        for child in root.children:
            if child.dep_ == "poss" and child.pos_ == "PROPN" and root.tag_ == "NN":
                return True
            if child.dep_ == "appos" and child.pos_ == "PROPN" or names(child):
                return True
        return False

    def record_owner(self, mention: Span) -> set[str]:
        """The name on a record: 'NHS England figures' -> {'nhs', 'england'}, 'Environment Agency data'; none
        for a person ('a Hamas official') or one record of many ('an NHS report')."""
        root = mention.root
        if mention[0].lower_ in {"a", "an"} or root.lemma_.lower() not in self.speech_nouns:
            return set()
        return {t.lower_ for owner in _names_on(root) for t in owner.subtree if t.pos_ == "PROPN"}

    def is_institution(self, mention: Span) -> bool:
        """'The government', 'the club', 'The Dutch data protection authority': a definite organisation the
        article has in mind, named by the corpus convention for unique institutions."""
        root = mention.root
        organisation = self.role_kinds.get(root.lemma_.lower()) == ORG
        return organisation and root.tag_ == "NN" and is_definite(mention) and not restricted(mention)


def restricted(mention: Span) -> bool:
    """'the hospital that treated the patient', 'the city's finance department' introduce a new source;
    'The president, who is aligned with the opposition,' is the president, described in passing."""
    clauses = [c for c in mention.root.children if c.dep_ in {"relcl", "acl"} and not _set_off(c)]
    return bool(clauses) or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in mention.root.children)


def _set_off(clause: Token) -> bool:
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == ","


def names_its_head(chunk: Span) -> bool:
    """'the Windrush Valley music festival', 'the Cobre Panamá mine': a proper name on the head noun."""
    return chunk.root.pos_ == "NOUN" and bool(_names_on(chunk.root))


def _names_on(noun: Token) -> list[Token]:
    """The proper names compounded with a noun: 'Windrush Valley' in 'the Windrush Valley music festival'."""
    return [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]


def modified(mention: Span) -> bool:
    """'the central bank' is an institution of its own, not 'the bank' named before."""
    return any(c.dep_ in {"amod", "compound"} for c in mention.root.children)


def an_age(mention: Span) -> bool:
    """'the 38-year-old': a person the article has named, called by age."""
    root = mention.root
    return is_definite(mention) and root.lower_ == "old" and any(c.lemma_ == "year" for c in root.children)


def _name_before(mention: Span) -> bool:
    """'The PDSZ teachers' union', 'the Kremlin spokesman': a definite description with a name in it; not a
    plural one ('The NHS trusts involved'), which picks out no one body."""
    return mention.root.tag_ != "NNS" and any(t.pos_ == "PROPN" and t.i < mention.root.i for t in mention)


def _of_a_name(root: Token) -> bool:
    """'the city of Leiden', 'the mayor of Kyiv': a description fixed by the name it belongs to."""
    of = preposition(root, "of")
    return of is not None and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in of.children)


def is_definite(mention: Span) -> bool:
    first = mention[0]
    return first.lower_ in DEFINITE or first.dep_ == "poss" and first.pos_ == "PRON"


def _common_plural(word: Token) -> bool:
    """'prosecutors', 'Campaigners' at a sentence's start: a plural noun, not a name ('AWS' may be tagged plural)."""
    return word.tag_ == "NNS" and (word.is_lower or word.is_sent_start and word.text[1:].islower())


def _spelled_as_a_name(word: Token) -> bool:
    """'RenewableUK', 'OpenAI', 'eBay': a capital inside a word marks a name the tagger may take for a noun."""
    return not word.is_upper and any(c.isupper() for c in word.text[1:])
