"""The channels a sentence names: the media its sources may speak through.

Three kinds, each with a priority (the span label) that decides which channel an
attribution shows when its clause names several (a platform beats an event, an
event beats a document):
- named media from `channels.json` ('Telegram', 'state television');
- a medium noun grown to its phrase: 'a fans' forum', 'its monthly bulletin',
  'a post on its status page', 'an interview with the BBC', but not the
  audience ('a speech [to business leaders]');
- a name after 'on' that is no date, place or person: 'wrote on Bluesky'.
Which of them belongs to which attribution is the attribution component's call.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from .extensions import TokenRange
from .grammar import close_apposition

MODIFIERS = {"det", "poss", "amod", "compound", "nmod", "nummod"}
"""Children before a medium noun that belong to its name: 'BBC Radio 4's Today programme'."""
MEDIUM_PREPOSITIONS = {"in", "on", "at", "during", "via", "through", "over", "by"}
PLATFORM_PRIORITY = 3
WHEN = {"DATE", "TIME"}
"""Entity types of a time: 'a press release on Monday' is 'a press release'."""
MEDIA_NAMES = {"ORG", "WORK_OF_ART", "PRODUCT"}
"""Entity types a medium's name may have: 'BBC Radio 5 Live', 'the journal Nature'."""


def _full_stop_apart(nlp: Language, letter: str) -> None:
    """'in a post on X.': the tokenizer keeps a capital letter and its full stop together, as it does an
    initial ('J.'), so the platform named by one letter would end a sentence as 'X.', no longer its name."""
    nlp.tokenizer.add_special_case(f"{letter}.", [{ORTH: letter}, {ORTH: "."}])


class ChannelFinder:
    def __init__(self, nlp: Language, channels: dict):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.proper_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.priority: dict[str, int] = {}
        for entry in channels["channels"]:
            matcher = self.proper_matcher if entry.get("proper") else self.matcher
            matcher.add(entry["phrase"], [nlp.make_doc(entry["phrase"])])
            self.priority[entry["phrase"]] = entry["priority"]
            if entry.get("proper") and len(entry["phrase"]) == 1:
                _full_stop_apart(nlp, entry["phrase"])
        groups = channels["medium_nouns"]
        self.medium_nouns = {lemma: group["priority"] for group in groups for lemma in group["lemmas"]}
        self.posted_on = frozenset(channels["posted_on"])
        self.filed_with = frozenset(channels["filed_with"]["lemmas"])
        self.read_out = frozenset(channels["read_out"]["verbs"])
        self.not_media = set(channels["not_media_entities"])
        self.place_names = set(channels["place_names"])
        self.publishing = set(channels["published_in"]["verbs"])

    def __call__(self, doc: Doc) -> Iterator[Span]:
        named = list(self._named(doc))
        yield from named
        platforms = {t.i for span in named for t in span}
        for word in doc:
            priority = self._medium_priority(word, platforms)
            if priority is not None:
                phrase = channel_phrase(word, self.posted_on, self.filed_with, self.read_out)
                yield Span(doc, phrase.start, phrase.end, label=str(priority))

    def _named(self, doc: Doc) -> Iterator[Span]:
        for matcher in (self.matcher, self.proper_matcher):
            for match_id, start, end in matcher(doc):
                yield Span(doc, start, end, label=str(self.priority[doc.vocab.strings[match_id]]))

    def _medium_priority(self, word: Token, platforms: set[int]) -> int | None:
        if word.pos_ == "NOUN":
            priority = self.medium_nouns.get(word.lemma_.lower())
            if priority is None or _after_other_preposition(word) or _named_after(word, platforms):
                return None
            return None if self._names_something_else(word) else priority
        if word.pos_ != "PROPN" or word.i in platforms:  # a platform is a name
            return None
        return PLATFORM_PRIORITY if self._platform_spoken_on(word) or self._published_in(word) else None

    def _names_something_else(self, word: Token) -> bool:
        """'the video assistant referee', 'an email address': a medium noun that only qualifies another noun
        (not 'a video message', 'a press release')."""
        head = word
        while head.dep_ == "compound" and head.head.pos_ == "NOUN":
            head = head.head
        return head is not word and head.lemma_.lower() not in self.medium_nouns

    def _platform_spoken_on(self, word: Token) -> bool:
        """'wrote on Bluesky', not 'said on Monday' or 'on Capitol Hill'."""
        on = word.dep_ == "pobj" and word.head.lower_ == "on"
        return on and self._a_name_not_a_place(word)

    def _published_in(self, word: Token) -> bool:
        """'a study published in the Lancet', not 'published in March' or 'in Britain'."""
        preposition = word.head
        inside = word.dep_ == "pobj" and preposition.lower_ in {"in", "on"}
        return inside and preposition.head.lemma_.lower() in self.publishing and self._a_name_not_a_place(word)

    def _a_name_not_a_place(self, word: Token) -> bool:
        place = word.ent_type_ in self.not_media or word.text in self.place_names
        return word.pos_ == "PROPN" and not place


def _named_after(medium: Token, platforms: set[int]) -> bool:
    """'its Facebook page', 'his Instagram account': the platform is the channel."""
    return any(c.dep_ == "compound" and c.i in platforms for c in medium.children)


def _after_other_preposition(word: Token) -> bool:
    """'after a meeting', 'a copy of the letter': no medium spoken through ('according to a statement' is)."""
    return word.dep_ == "pobj" and word.head.lower_ not in MEDIUM_PREPOSITIONS | {"to"}


def _names_a_time(preposition: Token) -> bool:
    return any(t.ent_type_ in WHEN for t in preposition.subtree)


def channel_phrase(
    root: Token,
    posted_on: frozenset[str] = frozenset(),
    filed_with: frozenset[str] = frozenset(),
    read_out: frozenset[str] = frozenset(),
) -> TokenRange:
    """The words naming a medium: 'a video' grows to 'a video message', 'the journal' to 'the journal Nature',
    'an interview' to 'an interview with the BBC', a medium `posted_on` keeps its place: 'a post on X', one
    lodged where it is `filed_with` too: 'a filing to the Istanbul stock exchange', and one `read_out` where it
    was: 'a statement read to the court'."""
    while root.dep_ == "compound" and root.pos_ == "NOUN" and root.head.pos_ == "NOUN":
        root = root.head
    start = min([root.i] + [m.left_edge.i for m in root.lefts if m.dep_ in MODIFIERS])
    end = root.i + 1
    for modifier in root.rights:
        partner = modifier.lower_ == "with" or modifier.lower_ == "on" and root.lemma_.lower() in posted_on
        partner = partner or modifier.lower_ == "to" and _lodged(modifier, filed_with)
        partner = partner and modifier.dep_ == "prep" and not _names_a_time(modifier)
        partner = partner or modifier.dep_ == "acl" and modifier.lemma_.lower() in read_out
        if modifier.left_edge.i != end or not (partner or close_apposition(modifier)):
            break  # only what follows the medium's name directly: not 'the study, published in ...'
        end = modifier.right_edge.i + 1
    return TokenRange(start, _through_name(root, end))


def _lodged(preposition: Token, filed_with: frozenset[str]) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in filed_with for c in preposition.children)


def _through_name(root: Token, end: int) -> int:
    """The whole name, whichever word the parser hung it on: 'the journal Advances in Atmospheric Sciences'
    (a name right after the medium's common noun), 'BBC Radio 5 Live' (the rest of the medium's own name)."""
    doc = root.doc
    name_follows = end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in MEDIA_NAMES
    if root.pos_ == "NOUN" and end < len(doc) and _unrecognised_name(doc[end]):
        while end < len(doc) and _unrecognised_name(doc[end]):
            end += 1
        return end  # 'the Serbian news agency Tanjug', a name the entity recogniser missed
    if name_follows and root.pos_ == "NOUN":
        end += 1
    elif root.ent_type_ not in MEDIA_NAMES:
        return end
    while end < len(doc) and doc[end].ent_iob_ == "I" and not doc[end].is_punct:
        end += 1
    return end


def _unrecognised_name(word: Token) -> bool:
    return word.pos_ == "PROPN" and not word.ent_type_
