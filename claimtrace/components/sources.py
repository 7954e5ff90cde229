"""claimtrace_sources: gives every real-world source one id across the article.

Mentions are resolved in reading order: a pronoun ('he', 'its') to the nearest
compatible source ('it' to an organisation, never a group); a surname or
shorter name ('Peskov', 'the Ministry of Defense') to the named source it
shortens; 'the 38-year-old' to the latest person; a definite description
('the ministry', 'the spokesman', 'the company') to the source whose name
holds that word, to the latest organisation, or to the name the text gave it
earlier ('the Windrush Valley music festival' ... 'The festival said');
'The statement' to whoever made the last statement. The rest start a new
source, named when a proper name identifies it or when it is an institution
the article has in mind ('The regulator said'; see `mentions`). Results: `record.source_id` on each
attribution and `doc._.sources` (see `extensions`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .extensions import (
    AttributionRecord,
    SourceRecord,
    TokenRange,
    attributions_of,
    content_sentences,
    register_extensions,
    set_attributions,
    set_sources,
)
from .grammar import child, noun_phrase
from .mentions import (
    DEFINITE,
    ENTITY_KINDS,
    GROUP,
    ORG,
    PERSON,
    MentionReader,
    an_age,
    is_definite,
    modified,
    names_its_head,
    restricted,
)

NO_PARTY = {"neither", "no", "none"}
"""The first word of a mention that names no one who spoke ('Neither bank named the provider')."""


class SourceResolver:
    def __init__(self, lexicons: str | None):
        self.mentions = MentionReader(lexicons)

    def __call__(self, doc: Doc) -> Doc:
        registry = _Registry(self.mentions, doc)
        for sentence in content_sentences(doc):
            records = attributions_of(sentence)
            for i, record in enumerate(records):
                record.source_id = registry.resolve(record, {r.source_id for r in records[:i]})
            set_attributions(sentence, _once_per_source(records))
        set_sources(doc, registry.sources)
        return doc


class _Registry:
    """The sources met so far, newest last, and the attributions that named them."""

    def __init__(self, rules: MentionReader, doc: Doc):
        self.rules = rules
        self.doc = doc
        self.entities = list(doc.ents)
        self.chunks: list[Span] | None = None
        self.sources: list[SourceRecord] = []
        self.history: list[tuple[AttributionRecord, SourceRecord]] = []
        # Each source once, the one cited last at the end: `_latest` reads it, so a long article costs
        # one look per source rather than one per attribution so far.
        self.recent: dict[str, SourceRecord] = {}
        # Each source's mentions, one per wording: 'the ministry' forty times is compared once.
        self.names: dict[str, dict[str, Span]] = defaultdict(dict)
        # Their words, to pass over at a glance the sources a name cannot shorten.
        self.words: dict[str, set[str]] = defaultdict(set)

    def resolve(self, record: AttributionRecord, beside: set[str | None]) -> str:
        """The id of `record`'s source; `beside` holds the sources of the sentence's earlier attributions."""
        mention = record.source.span(self.doc)
        source = self._antecedent(record, mention, beside) or self._new(mention)
        self._mentioned(source, record.source)
        self.history.append((record, source))
        self.recent.pop(source.id, None)
        self.recent[source.id] = source
        return source.id

    def _mentioned(self, source: SourceRecord, mention: TokenRange) -> None:
        source.mentions.append(mention)
        span = mention.span(self.doc)
        self.names[source.id].setdefault(span.text.lower(), span)
        self.words[source.id] |= _content_words(span)

    def _wordings(self, source: SourceRecord) -> Iterable[Span]:
        return self.names[source.id].values()

    def _antecedent(self, record: AttributionRecord, mention: Span, beside: set[str | None]) -> SourceRecord | None:
        root = mention.root
        if root.lower_ in self.rules.pronouns:
            return self._antecedent_of_pronoun(mention)
        if record.refers_back:
            return self._speaker_of(root.lemma_.lower()) or self._latest(lambda s: s.named)
        if an_age(mention):
            return self._latest(lambda s: s.kind == PERSON) or self._from_entities(mention, {"PERSON"})
        name = self._name_read_as_noun(mention)
        if name is not None:
            return self._worded(name) or self._from_entity(name)
        if self.rules.is_named(mention):
            words = _content_words(mention)
            same = self._latest(lambda s: s.named and words & self.words[s.id] and self._same_name(mention, s))
            return same or self._introduced(mention)
        if is_definite(mention) and not restricted(mention):
            word = root.lemma_.lower()
            found = self._described_by(word, beside, plural=root.tag_ == "NNS")
            if found is None and word in self.rules.generic_organisations and not modified(mention):
                found = self._from_entities(mention, {"ORG"})
            return found or self._named_description(mention) or self._reported_name(mention)
        return self._worded(mention)

    def _worded(self, mention: Span) -> SourceRecord | None:
        """The latest source once mentioned in these words."""
        text = _normal(mention)
        return self._latest(lambda s: any(_normal(m) == text for m in self._wordings(s)))

    def _antecedent_of_pronoun(self, pronoun: Span) -> SourceRecord | None:
        kinds, entity_labels = self._pronoun_kinds(pronoun)
        if not kinds:
            return None
        bound = self._main_subject(pronoun, kinds)
        latest = bound or self._latest(lambda s: s.kind in kinds) or self._from_entities(pronoun, entity_labels)
        return latest or self._reported_subject(pronoun, kinds) or self._institution_before(pronoun, kinds)

    def _main_subject(self, pronoun: Span, kinds: set[str]) -> SourceRecord | None:
        """'La Liga has filed 20 complaints, according to figures it published': a pronoun that is the subject
        of a relative clause is the sentence's own subject, if of its kind or a name (which the tagger may
        have taken for a person's), before any earlier source."""
        verb = pronoun.root.head
        if pronoun.root.dep_ != "nsubj" or verb.dep_ != "relcl":
            return None
        subject = child(pronoun.root.sent.root, "nsubj")
        if subject is None or subject.i > pronoun.start:
            return None
        mention = self._mention_of_kind(subject, kinds, any_name=True)
        return (self._worded(mention) or self._from_entity(mention)) if mention is not None else None

    def _reported_subject(self, pronoun: Span, kinds: set[str]) -> SourceRecord | None:
        """'The world chess federation has opened an investigation ..., it said': with no source or name
        before it, a pronoun that reports the clause before it is that clause's subject, if of its kind."""
        mention = self._mention_of_kind(_subject_reported_before(pronoun), kinds)
        return self._from_entity(mention) if mention is not None else None

    def _institution_before(self, pronoun: Span, kinds: set[str]) -> SourceRecord | None:
        """'It did not answer our questions' after 'since the council cut its maintenance budget': with no
        source or name before it, an organisation's 'it' is the last institution the text spoke of."""
        if ORG not in kinds:
            return None
        before = [c for c in self._noun_chunks() if c.end <= pronoun.start and self.rules.is_institution(c)]
        return self._from_entity(before[-1]) if before else None

    def _reported_name(self, description: Span) -> SourceRecord | None:
        """'Orsted has scrapped plans ..., the Danish company said': a description that reports the clause
        before it, whose subject is a name the tagger may not know, is the one so named."""
        subject = _subject_reported_before(description)
        if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in {"PERSON", "GPE"}:
            return None
        return self._from_entity(noun_phrase(subject).span(self.doc), named=True, kind=self.rules.kind(description))

    def _mention_of_kind(self, subject: Token | None, kinds: set[str], any_name: bool = False) -> Span | None:
        """`subject`'s noun phrase when a pronoun of `kinds` may refer to it; with `any_name`, any proper name
        too (the tagger may have taken an organisation's name for a person's)."""
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            return None
        mention = noun_phrase(subject).span(self.doc)
        named = any_name and subject.pos_ == "PROPN"
        return mention if named or self.rules.kind(mention) in kinds else None

    def _pronoun_kinds(self, pronoun: Span) -> tuple[set[str], set[str]]:
        """The kinds of source a pronoun refers to, and the entity labels that may introduce one."""
        word = pronoun.root.lower_
        if word in self.rules.person_pronouns:
            return {PERSON}, {"PERSON"}
        if word in self.rules.organisation_pronouns:
            return {ORG}, {"ORG"}
        if word in self.rules.group_pronouns:
            return {ORG, GROUP}, {"ORG"}
        return set(), set()

    def _new(self, mention: Span, named: bool = False, kind: str | None = None) -> SourceRecord:
        institution = self.rules.is_institution(mention) and not self._introduced_unnamed(mention)
        named = named or self.rules.is_named(mention) or self._owner_named(mention) or institution
        identified = named or not is_definite(mention) or restricted(mention) or mention.root.pos_ == "PRON"
        source = SourceRecord(f"S{len(self.sources) + 1}", kind or self.rules.kind(mention), named, identified)
        self.sources.append(source)
        return source

    def _owner_named(self, mention: Span) -> bool:
        """'its chief executive', 'His lawyer': one role of a named source is identified by that name.

        Read without registering anything: the owner is not a source of this sentence."""
        owner = next((c for c in mention.root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None or mention.root.tag_ != "NN":  # 'Her allies' are not identified
            return False
        kinds, entity_labels = self._pronoun_kinds(owner.doc[owner.i : owner.i + 1])
        latest = self._latest(lambda s: s.kind in kinds) if kinds else None
        if latest is not None:
            return latest.named
        return any(e.label_ in entity_labels and e.end <= owner.i for e in self.entities)

    def _named_description(self, mention: Span) -> SourceRecord | None:
        """'The festival said' after 'Organisers of the Windrush Valley music festival have cancelled ...': the
        description the text gave a name to, though nobody was cited by it, when it is the latest one of that
        noun and number."""
        described = [c for c in self._described_before(mention) if c.root.tag_ == mention.root.tag_]
        if not described or not names_its_head(described[-1]):
            return None  # 'The hospital' after 'NHS hospitals' and then 'a hospital in South Africa'
        return self._from_entity(described[-1], named=True)

    def _introduced_unnamed(self, mention: Span) -> bool:
        """'The university said' after 'a university in Boise': an institution the text never named."""
        earlier = self._described_before(mention)
        return any(c[0].lower_ in {"a", "an"} and not any(t.pos_ == "PROPN" for t in c) for c in earlier)

    def _described_before(self, mention: Span) -> list[Span]:
        """The noun phrases before `mention` with its head noun ('a university in Boise' for 'The university')."""
        word = mention.root.lemma_.lower()
        return [c for c in self._noun_chunks() if c.end <= mention.start and c.root.lemma_.lower() == word]

    def _noun_chunks(self) -> list[Span]:
        if self.chunks is None:  # found once, and only if needed
            self.chunks = list(self.doc.noun_chunks)
        return self.chunks

    def _name_read_as_noun(self, mention: Span) -> Span | None:
        """'Peeters denies the charges' after 'Jan Peeters, 61, ...': a capitalised word opening a sentence, which
        the tagger may read as a common noun, is the earlier name that holds it."""
        word = mention[0]
        if len(mention) != 1 or word.pos_ != "NOUN" or not (word.is_title and word.is_sent_start):
            return None
        earlier = (e for e in self.entities if e.label_ in ENTITY_KINDS and e.end <= word.i)
        return next((e for e in earlier if word.text in e.text.split()), None)

    def _introduced(self, mention: Span) -> SourceRecord | None:
        """'Lopez said' after 'Maria Lopez has coached ...': the source is the person the text introduced."""
        earlier = [e for e in self.entities if e.label_ in ENTITY_KINDS and e.end <= mention.start]
        fuller = [e for e in earlier if len(e) > len(mention) and _shortens(mention, e)]
        return self._from_entity(fuller[0]) if fuller else None

    def _from_entities(self, pronoun: Span, labels: set[str]) -> SourceRecord | None:
        """A pronoun before any source: the nearest named entity before it ('Norvalis ... it said'), and for 'he'
        or 'she' a name with a person's title that the tagger took for an organisation's ('Agency nurse Grace
        Mensah ... she said')."""
        titled = "PERSON" in labels
        earlier = [
            e
            for e in self.entities
            if e.end <= pronoun.start and (e.label_ in labels or titled and self.rules.kind(e) == PERSON)
        ]
        return self._from_entity(earlier[-1]) if earlier else None

    def _from_entity(self, entity: Span, named: bool = False, kind: str | None = None) -> SourceRecord:
        source = self._new(entity, named, kind)
        self._mentioned(source, TokenRange.of(entity))
        return source

    def _latest(self, accept) -> SourceRecord | None:
        return next((source for source in reversed(self.recent.values()) if accept(source)), None)

    def _speaker_of(self, speech_noun: str) -> SourceRecord | None:
        """The source of the latest attribution whose channel was a `speech_noun`."""
        for record, source in reversed(self.history):
            channel = record.channel.span(self.doc) if record.channel else None
            if channel is not None and any(t.lemma_.lower() == speech_noun for t in channel):
                return source
        return None

    def _described_by(self, word: str, beside: set[str | None], plural: bool) -> SourceRecord | None:
        """'the ministry' -> the source whose name has 'Ministry', 'the judge' -> 'Mr Justice Pemberton' and 'the
        centre' -> '... Data Center' (sources.json name_words), but not the plural 'the banks' nor 'Neither bank';
        'the company' -> latest organisation, but not one cited `beside` it in the same sentence ('The union said
        ..., while the company said ...'); 'the newspaper' -> the latest outlet named with an outlet noun
        ('Spanish sports daily Marca')."""

        names = self.rules.name_words

        def has_word(source: SourceRecord) -> bool:
            wordings = [m for m in self._wordings(source) if m[0].lower_ not in NO_PARTY]  # not 'Neither bank'
            naming = [t for m in wordings for t in _naming(m) if (t.tag_ == "NNS") == plural]
            return any(word in (t.lemma_.lower(), t.lower_, names.get(t.lower_)) for t in naming)

        found = self._latest(has_word)
        if found is None and word in self.rules.generic_organisations:
            found = self._latest(lambda s: s.named and s.kind == ORG and s.id not in beside)
        if found is None and word in self.rules.outlet_nouns:  # 'the newspaper' after 'sports daily Marca'
            found = self._latest(lambda s: s.named and bool(self.words[s.id] & self.rules.outlet_nouns))
        return found

    def _same_name(self, mention: Span, source: SourceRecord) -> bool:
        """'Peskov' ~ 'Kremlin spokesman Dmitry Peskov'; 'Ministry of Defense' ~ 'the Russian Ministry of Defense';
        'NHS England' ~ 'NHS England figures' (guide, section 4: a source's report is that source)."""
        names = _proper_words(mention)
        return any(
            _shortens(*sorted((mention, m), key=len)) or names and names == self.rules.record_owner(m)
            for m in self._wordings(source)
        )


def _naming(mention: Span) -> list[Token]:
    """The words that say what a mention is: its head, the nouns compounded with it, and any name ('Ministry' and
    'Defense' in 'the Russian Ministry of Defense'); not a thing it is described by ('the council' in 'A source
    close to the council's leadership')."""
    head = mention.root
    return [t for t in mention if t == head or t.pos_ == "PROPN" or (t.dep_ == "compound" and t.head == head)]


def _subject_reported_before(speaker: Span) -> Token | None:
    """The subject of the clause a speaker's verb reports before it ('Orsted has scrapped ..., the company said')."""
    verb = speaker.root.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < speaker.start), None)
    return child(clause, "nsubj", "nsubjpass") if clause is not None else None


def _once_per_source(records: list[AttributionRecord]) -> list[AttributionRecord]:
    """'AWS said it had found no evidence': one source cited twice in a sentence is one attribution, the
    first (the speech that holds the rest)."""
    first: dict[str | None, AttributionRecord] = {}
    for record in records:
        first.setdefault(record.source_id, record)
    return list(first.values())


def _shortens(short: Span, full: Span) -> bool:
    """'Peskov' shortens 'Kremlin spokesman Dmitry Peskov', 'Norvalis' 'Norvalis Semiconductor',
    'Dahl' 'The federation's president, Henrik Dahl', 'Van der Plas' 'BBB leader Caroline van der Plas'.

    The owner in 'Ukraine's General Staff' does not count: 'Ukraine' is another source; but an owner the full
    name lacks makes another body ("China's coast guard" is not 'the Philippine coast guard').
    """
    words, full_words = _proper_words(short), _proper_words(full)
    every_word = {t.lower_ for t in full}
    owners = {t.lower_ for t in short if t.dep_ == "poss" and t.pos_ == "PROPN"}
    if not words or not words <= full_words | every_word or not owners <= every_word:
        return False
    head = short.root.lower_
    first = min((t for t in full if t.lower_ in full_words), key=lambda t: t.i, default=full.root)
    appositive = {c.lower_ for c in full.root.children if c.dep_ == "appos" and c.pos_ == "PROPN"}
    return head in {full.root.lower_, first.lower_} | appositive


def _content_words(span: Span) -> set[str]:
    return {t.lower_ for t in span if not (t.is_stop or t.is_punct)}


def _proper_words(span: Span) -> set[str]:
    owned = {t.i for t in span if t.dep_ == "poss" for t in t.subtree}
    return {t.lower_ for t in span if (t.pos_ == "PROPN" or t.ent_type_) and t.i not in owned}


def _normal(span: Span) -> str:
    words = [t.lower_ for t in span if not t.is_punct and t.dep_ != "case"]
    if words and words[0] in DEFINITE | {"a", "an"}:
        words = words[1:]
    return " ".join(words)


@Language.factory(
    "claimtrace_sources",
    default_config={"lexicons": None},
    requires=["span._.attributions"],
)
def make_source_resolver(nlp: Language, name: str, lexicons: str | None) -> SourceResolver:
    """`lexicons`: a folder of your own lexicon files (see `claimtrace.lexicon`)."""
    register_extensions()
    return SourceResolver(lexicons)
