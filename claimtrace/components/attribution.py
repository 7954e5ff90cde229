"""claimtrace_attribution: finds who says each sentence, with which cue, through which channel.

It reads the dependency parse: 'X said/told/claimed Y', passive 'by X',
'according to X', 'X, citing Y', 'X's statement/remark ...', 'The statement
highlights ...', and 'X did not respond / declined to comment'; where the small
parser misreads a trailing ', police data show.', a token pattern finds it.
Results go to `sentence._.attributions` (see `extensions`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..lexicon import load_resource, role_nouns
from .channels import channel_phrase
from .extensions import AttributionRecord, Stance, TokenRange, content_sentences, register_extensions, set_attributions
from .grammar import (
    ABILITY,
    FREE_RELATIVES,
    after_be_to,
    agent_of,
    argues_about,
    child,
    conjuncts,
    fully_quoted,
    in_main_clause,
    in_subtree,
    inside_quote,
    is_agent,
    noun_phrase,
    object_of,
    overlapping,
    per_sentence,
    preposition,
    quotations,
    says_nothing_of_a_claim,
    subject_of,
)
from .interviews import answered, in_turn
from .mentions import is_definite

CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}
"""Where the reported words are: no channel is taken from inside them."""
SAYS_SOMETHING = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd"}
"""A speech act as subject attributes only when its verb says something: 'The statement highlights X'."""
TOLD_SOMETHING = SAYS_SOMETHING | {"dative", "parataxis"}
"""What a 'telling' or 'saying' that speaks has: something said, or someone told ('is telling' has neither)."""


ASIDE_CLAUSES = {"advcl", "relcl", "acl"}
SUBORDINATORS = {"if", "unless", "after", "before", "because", "since", "when", "while", "until", "once", "than"}
"""The writer's condition, time or reason around speech: 'after geologists warned that ...' ('as X said' is not)."""
FORESEEING = {"will", "would", "can", "could", "may", "might", "wo", "'ll"}
"""Modals of what will or can be: doubting a clause with one is a forecast."""
FORETELLING = FORESEEING - set(ABILITY)
"""Modals of what will or may be, not of what one is able to do ('can confirm' still reports)."""
SPEAKING_VERBS = {"speak", "talk", "write"}


class AttributionFinder:
    def __init__(self, nlp: Language, lexicons: str | None):
        cues = load_resource("cues", lexicons)
        self.verb_stance: dict[str, Stance] = cues["speech_verbs"]
        self.needs_content = set(cues["verbs_needing_content"])
        self.content_prepositions: dict[str, list[str]] = cues["content_prepositions"]["verbs"]
        self.appeal_bodies = set(cues["content_prepositions"]["bodies"])
        self.figure_objects = set(cues["figure_objects"]["lemmas"])
        # .get: a newsroom's entry written before these lists keeps working without them
        self.findings = set(cues["figure_objects"].get("findings", []))
        self.declaring = set(cues["declaring_verbs"]["lemmas"])
        self.standing_pledges = set(cues.get("standing_pledges", {}).get("lemmas", []))
        self.owned_up_to = set(cues["owned_up_to"]["lemmas"])
        self.telling_verbs = set(cues["telling_degrees"]["verbs"])
        self.telling_degrees = set(cues["telling_degrees"]["degrees"])
        self.needs_preposition: dict[str, list[str]] = cues["verbs_needing_preposition"]["verbs"]
        with_a_figure = cues["verbs_needing_preposition"].get("with_a_figure", {})
        self.needs_a_figure: dict[str, list[str]] = with_a_figure.get("verbs", {})
        self.measures = set(with_a_figure.get("measures", []))
        self.belief_objects = set(cues["belief_objects"]["lemmas"])
        self.contemplating = set(cues["contemplating_verbs"]["lemmas"])
        self.record_findings = set(cues["record_findings"]["lemmas"])
        self.pictures = set(cues["record_findings"]["pictures"])
        self.researchers = set(cues["record_findings"].get("researchers", []))
        self.stance_adjectives = set(cues["stance_adjectives"]["lemmas"])
        self.group_stances = set(cues["group_stances"]["lemmas"])
        self.verdicts = set(cues["verdicts"]["words"])
        self.audience = set(cues["audience_nouns"])
        self.citing = set(cues["citing_verbs"])
        self.quoted_as = set(cues["quoted_as_saying"]["lemmas"])
        self.reporting_participles = set(cues["reporting_participles"]["lemmas"])
        self.publishing_verbs = set(cues["publishing_verbs"]["lemmas"])
        self.doubting = set(cues["doubting_verbs"]["lemmas"])
        self.opinion_channels = set(cues["opinion_channels"]["lemmas"])
        self.hearing_bodies = set(cues["hearing_bodies"]["lemmas"])
        self.hearing_verbs: dict[str, str] = cues["hearing_bodies"]["verbs"]
        self.speech_nouns = set(cues["speech_nouns"])
        self.unspoken_records = set(cues["unspoken_records"]["lemmas"])
        self.neutral_subject_verbs = set(cues["neutral_subject_verbs"])
        self.method_verbs = set(cues["method_verbs"]["lemmas"])
        self.linking_verbs = set(cues["linking_verbs"])
        sources = load_resource("sources", lexicons)
        self.non_speakers = set(sources["not_sources"])
        self.writer_quantifiers = set(sources["writer_quantifiers"])
        self.first_person = set(sources["first_person_pronouns"]["words"])
        self.third_person = {p for kind in ("person", "organisation", "group") for p in sources[f"{kind}_pronouns"]}
        markers = load_resource("markers", lexicons)
        self.evidence_nouns = set(markers["evidence_nouns"])
        self.records = self.evidence_nouns | self.speech_nouns
        self.not_caveat_sources = (
            self.non_speakers
            | self.speech_nouns
            | set(markers["referring_claim_nouns"])
            | self.evidence_nouns
            | set(markers["investigated"]["subjects"])
        )
        self.evidence_verbs = set(cues["evidence_verbs"]["lemmas"])
        self.roles = set(role_nouns(lexicons))
        self.actors = self.roles | set(markers["forecast_agents"]["lemmas"])  # and 'the province', 'the city'
        self.named_types = set(sources["named_entity_types"])
        self.can_show = self.evidence_nouns | self.speech_nouns | self.roles  # records, speech acts, persons, bodies
        self.unreached = set(markers["caveat_verbs"]["unreached"]["verbs"])
        self.refuting_agents = set(markers["refuted"]["supported_verbs"]) | set(markers["refuted"]["made_up_verbs"])
        refusals = markers["caveat_verbs"]["refusals"]
        self.refusing, self.refused = set(refusals["verbs"]), set(refusals["objects"])
        topics = markers["caveat_verbs"].get("topics", {})  # .get: an older newsroom entry works
        self.topic_verbs, self.topic_prepositions = set(topics.get("verbs", [])), set(topics.get("prepositions", []))
        self.according = Matcher(nlp.vocab)
        self.views_of = {tuple(words) for words in cues["views_of"]["phrases"]}
        self.priced_demands = set(cues["priced_demands"]["lemmas"])
        self.counted = set(cues["priced_demands"]["entities"])
        for words in [*cues["according_to"], *self.views_of]:
            self.according.add("according_to", [[{"LOWER": w} for w in words]])
        self.misread = Matcher(nlp.vocab)
        self.misread_forms = set(cues["misread_reporting_verbs"]["forms"])
        words = {
            "POS": {"IN": ["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"]},
            "LOWER": {"NOT_IN": ["not", "to"]},
            "OP": "+",
        }
        noun_phrase = [words, {"LOWER": "of", "OP": "?"}, {**words, "OP": "*"}]
        published = [
            {"TAG": "VBN"},
            {"LOWER": {"IN": ["on", "in", "by"]}},
            {**words, "OP": "+"},
        ]  # 'published on Thursday'
        ending = [[{"IS_PUNCT": True}], [{"LOWER": "on"}, {"ENT_TYPE": "DATE", "OP": "+"}, {"IS_PUNCT": True}]]
        verb = {"LOWER": {"IN": sorted(self.misread_forms)}}
        patterns = [[{"ORTH": ","}, *noun_phrase, verb, *end] for end in ending]
        patterns.append([{"ORTH": ","}, *noun_phrase, *published, verb, {"IS_PUNCT": True}])
        self.misread.add("misread", patterns, greedy="LONGEST")
        channels = load_resource("channels", lexicons)
        self.outlets = PhraseMatcher(nlp.vocab)
        self.outlets.add("outlet", [nlp.make_doc(o) for o in channels["outlets"]])
        self.outlet_nouns = set(channels["outlet_nouns"])

    def __call__(self, doc: Doc) -> Doc:
        sentences = content_sentences(doc)
        quotes = quotations(doc)
        outlets = {doc[s:e].root.i for _, s, e in self.outlets(doc)}
        channels, caveats, according, misread = (
            per_sentence(spans, sentences)
            for spans in (
                doc.spans["ct_channels"],
                doc.spans["ct_caveats"],
                [doc[s:e] for _, s, e in self.according(doc)],
                [doc[s:e] for _, s, e in self.misread(doc)],
            )
        )
        quoted = overlapping(quotes, sentences)
        found = []
        for i, sentence in enumerate(sentences):
            finder = _SentenceAttributions(self, sentence, channels[i], outlets, quoted[i], caveats[i])
            records = [
                *finder.speech_verbs(),
                *finder.according_to(according[i]),
                *finder.reported_by(),
                *finder.heard(),
                *finder.citing(),
                *finder.speech_act_subject(),
                *finder.caveat_sources(),
            ]
            records = records or [*finder.beliefs(), *finder.stances(), *finder.misread_reporting(misread[i])]
            found.append((sentence, _unique_sources(records)))
        found = _with_quoted_speakers(found, quotes)
        for (sentence, _), records in zip(found, answered(doc, found, self.first_person), strict=True):
            set_attributions(sentence, records)
        return doc


def _with_quoted_speakers(found: list[tuple[Span, list[AttributionRecord]]], quotes: list[Span]):
    """A sentence that is all quotation, with no speaker of its own, gets the speaker of its quotation.

    '"We will fight. We will win," he said.': the quotation goes on to a
    sentence that names the speaker. '"We lost," Lopez said. "The players gave
    everything."' or 'Lopez said she would decide. "I love this team."': the
    speaker of the sentence before goes on.
    """
    resolved = [records for _, records in found]
    for index, (sentence, records) in enumerate(found):
        if records or not fully_quoted(sentence, quotes):
            continue
        speaker = _speaker_later_in_quote(index, found, quotes) or _speaker_before(index, resolved)
        resolved[index] = [replace(r, stance="neutral") for r in speaker]
    return [(sentence, records) for (sentence, _), records in zip(found, resolved, strict=True)]


def _speaker_later_in_quote(index: int, found, quotes: list[Span]) -> list[AttributionRecord]:
    sentence = found[index][0]
    quote = next((q for q in quotes if q.start <= sentence.start < q.end), None)
    if quote is None:
        return []
    for later, records in found[index + 1 :]:
        if later.start >= quote.end:
            break
        if records:
            return records
    return []


def _speaker_before(index: int, resolved: list[list[AttributionRecord]]) -> list[AttributionRecord]:
    if index == 0:
        return []
    return [r for r in resolved[index - 1] if r.stance != "caveat"]


class _SentenceAttributions:
    """The attribution rules, applied to one sentence."""

    def __init__(
        self,
        rules: AttributionFinder,
        sentence: Span,
        channels: list[Span],
        outlets: set[int],
        quotes: list[Span],
        caveats: list[Span],
    ):
        self.rules = rules
        self.sentence = sentence
        self.quotes = quotes
        self.caveats = caveats
        self.channels = channels
        self.outlets = outlets

    def speech_verbs(self) -> Iterator[AttributionRecord]:
        for verb in self.sentence:
            stance = self.rules.verb_stance.get(verb.lemma_.lower())
            verbal = verb.pos_ in {"VERB", "AUX"} or _verb_read_as_noun(verb)
            if stance is None or not verbal or self._aside(verb) or not self._speaks(verb):
                continue
            if stance == "caveat" and self._says_nothing_of_a_claim(verb):
                continue
            if stance == "caveat" and self._doubts_what_will_be(verb):
                stance = "opinion"
            passive = child(verb, "auxpass", "nsubjpass") is not None
            speaker = self._passive_speaker(verb) if passive else self._subject(verb)
            if speaker is None or not self._can_speak(speaker) or not self._can_show(verb, speaker):
                continue
            if stance == "opinion" and (self._act_reported(verb, speaker) or self._priced_demand(verb)):
                stance = "neutral"
            cue = self._verb_cue(verb)
            scope = _vouching_act(verb) or verb
            speakers = [speaker] if speaker.dep_ in {"conj", "appos"} else conjuncts(speaker)  # a stranded one
            for source in speakers:
                yield _with_description(self._record(source, cue, scope, stance), source, verb)

    def _says_nothing_of_a_claim(self, verb: Token) -> bool:
        rules = self.rules
        refusal = says_nothing_of_a_claim(verb, rules.refusing, rules.refused)
        return refusal or argues_about(verb, rules.topic_verbs, rules.topic_prepositions)

    def _doubts_what_will_be(self, verb: Token) -> bool:
        """'Political scientists doubt that such an arrangement can last': doubt about the future is a view
        (the guide: uncertainty is no caveat); doubt whether the ship 'is really Roman' questions a claim."""
        if verb.lemma_.lower() not in self.rules.doubting:
            return False
        clause = child(verb, "ccomp")
        return clause is not None and any(c.dep_ == "aux" and c.lower_ in FORESEEING for c in clause.children)

    def _priced_demand(self, verb: Token) -> bool:
        """'The union is demanding a 15 percent pay rise': a position with a number on it is a claim."""
        demanded = child(verb, "dobj")
        if verb.lemma_.lower() not in self.rules.priced_demands or demanded is None:
            return False
        return any(t.ent_type_ in self.rules.counted for t in demanded.subtree)

    def _act_reported(self, verb: Token, speaker: Token) -> bool:
        """'Fans' groups have called for his resignation, two board members said': another source tells of
        the act, so what the groups want is part of what is reported, and the content decides ('told a news
        conference that the province had asked Ottawa for military help'); 'said the
        timing suggested an attempt' is a reading, not an act, for its subject is no person or body."""
        rules = self.rules
        reporting = (a for a in verb.ancestors if rules.verb_stance.get(a.lemma_.lower()) == "neutral")
        return is_agent(speaker, rules.named_types, rules.actors) and any(self._speaks(a) for a in reporting)

    def _aside(self, verb: Token) -> bool:
        """Speech inside the writer's own clause: 'the level the bank considers consistent', 'Whatever the
        council says, ...', 'because they shape how households think', 'If the B sample confirms the result',
        'evacuated after geologists warned that ...'."""
        first = verb
        while first.dep_ == "conj" and first.head != first:
            first = first.head  # 'a step that supporters called historic and opponents said would ...'
        free_relative = verb.left_edge.lower_ in FREE_RELATIVES and not _says_what_it_is(verb)
        relative = first.dep_ == "relcl" and not (_speaks_of_its_noun(first) or _main_verb_read_as_relative(first))
        if relative or free_relative or _infinitive_of_degree(verb) or _asked_of_another(verb):
            return True
        if any(_subordinated(t) for t in (verb, *verb.ancestors)):  # 'after a review found that the public saw ...'
            return True
        stance = self.rules.verb_stance
        return any(t.dep_ in ASIDE_CLAUSES and t.lemma_.lower() not in stance for t in verb.ancestors)

    def _can_speak(self, speaker: Token) -> bool:
        """Not 'it' in 'it is said', 'which', or the writer's 'Few investors believe him' or 'I think'."""
        rules = self.rules
        one_of = speaker.lower_ == "one" and child(speaker, "prep") is not None  # 'one of the people said'
        pronoun = speaker.lower_ in rules.non_speakers and speaker.pos_ != "PROPN"  # 'which', not the WHO
        if speaker.dep_ == "expl" or (pronoun and not one_of) or _part_of_a_relative(speaker):
            return False
        if speaker.lower_ in rules.first_person and not in_turn(speaker):
            return False
        return not any(c.dep_ in {"det", "amod"} and c.lower_ in rules.writer_quantifiers for c in speaker.children)

    def _passive_speaker(self, verb: Token) -> Token | None:
        """'The council was told by the mayor': the agent; 'Peskov was quoted by Interfax as saying': Peskov."""
        return child(verb, "nsubjpass") if self._quoted_as(verb) is not None else agent_of(verb)

    def _quoted_as(self, verb: Token) -> Token | None:
        """The 'saying' of 'was quoted (by Interfax) as saying'."""
        if verb.lemma_.lower() not in self.rules.quoted_as:
            return None
        as_ = preposition(verb, "as")
        saying = as_.children if as_ is not None else []
        return next((w for w in saying if w.dep_ == "pcomp" and w.lemma_.lower() in self.rules.verb_stance), None)

    def _quoting_medium(self, verb: Token) -> Token | None:
        """Who quoted the speaker: 'quoted by Interfax as saying', 'quoted as saying by Interfax'."""
        saying = self._quoted_as(verb)
        if saying is None:
            return None
        return agent_of(verb) or object_of(saying, "by")

    def _can_show(self, verb: Token, speaker: Token) -> bool:
        """'Police data show', 'Court documents show', not the writer's 'The case shows how hard it is'."""
        rules = self.rules
        if verb.lemma_.lower() not in rules.evidence_verbs or speaker.pos_ in {"PROPN", "PRON"}:
            return True  # a noun the tagger took for an adjective ('The fine shows') is still a noun
        return self._could_speak(speaker)

    def _could_speak(self, word: Token) -> bool:
        """A name (not 'warmer winters explained', a DATE), or a noun for a person, body, record or speech act."""
        rules = self.rules
        return word.ent_type_ in rules.named_types or bool({word.lower_, word.lemma_.lower()} & rules.can_show)

    def _subject(self, verb: Token) -> Token | None:
        """The speaker: '"Any closure ripples through the network," said Lars Jensen' has the quote as a
        second subject; a participle ('..., saying it was stolen') has its main clause's."""
        if _reduced_passive(verb):
            return None
        subject = _stranded_speaker(verb) if _borrows_a_subject(verb) else None
        subject = subject or subject_of(verb)
        subject = _closing_appositive(verb, subject) or subject
        if subject is None and _participle_of_speech(verb):
            subject = subject_of(verb.head)
        if subject is None and _main_verb_misread(verb):
            subject = verb.head
        if subject is None:
            subject = _stranded_speaker(verb) or _described_speaker(verb) or _name_read_as_adverb(verb)
            subject = subject or _title_read_as_verb(verb)
        if subject is None or not inside_quote(subject, self.quotes):
            return subject
        return next((c for c in verb.children if c.dep_ == "nsubj" and not inside_quote(c, self.quotes)), None)

    def beliefs(self) -> Iterator[AttributionRecord]:
        """'Local officials suspect arson', 'Economists had expected 240,000': a belief with a plain noun or figure
        as object, when nobody else is cited; not
        'Customers should expect a wave of scam calls', the writer's advice (a modal on the verb)."""
        for verb in self.sentence:
            believed = child(verb, "dobj")
            if (
                verb.lemma_.lower() not in self.rules.belief_objects
                or believed is None
                or believed.pos_ not in {"NOUN", "NUM"}
            ):
                continue
            if any(c.tag_ == "MD" for c in verb.children):
                continue
            speaker = subject_of(verb)
            if speaker is None or not self._third_party(speaker) or inside_quote(verb, self.quotes):
                continue
            if self._can_speak(speaker):
                yield self._record(speaker, self._verb_cue(verb), verb, "opinion")

    def _third_party(self, speaker: Token) -> bool:
        """A noun, a name or a third-person pronoun of sources.json ('It now expects operating profit of ...'), not
        the writer's 'we'."""
        return speaker.pos_ in {"NOUN", "PROPN"} or speaker.lower_ in self.rules.third_person

    def stances(self) -> Iterator[AttributionRecord]:
        """'Diplomats who have followed the talks for years are pessimistic': a view, held by the subject.
        'Economists are divided' and 'Lefort is not convinced' are parsed as passives: the participle is the
        stance, its subject the holder, a group for a stance only groups hold."""
        root = self.sentence.root
        passive = child(root, "auxpass")
        if passive is not None:
            # the parser may hang the subject on the auxiliary: 'Several Caravaggio specialists are not convinced'
            stance, speaker, linking = root, child(root, "nsubjpass") or child(passive, "nsubj"), passive
            group = speaker is not None and speaker.tag_ in {"NNS", "NNPS"}
            speaker = speaker if group or not {root.lemma_.lower(), root.lower_} & self.rules.group_stances else None
        else:
            stance, speaker, linking = child(root, "acomp"), subject_of(root), root
        if stance is None or linking.lemma_.lower() not in self.rules.linking_verbs:
            return
        if any(c.tag_ == "MD" for c in linking.children):
            return  # 'Customers should be wary of messages ...': the writer's advice, as in beliefs()
        held = stance.lemma_.lower() in self.rules.stance_adjectives or stance.lower_ in self.rules.stance_adjectives
        if held and speaker is not None and self._holds_views(speaker, stance) and self._can_speak(speaker):
            yield self._record(speaker, TokenRange(linking.i, stance.i + 1), None, "opinion")

    def _holds_views(self, holder: Token, stance: Token) -> bool:
        """People and bodies hold views ('She is sceptical', 'Lefort is not convinced', 'The minister is
        confident'); things do not ('That date looks optimistic'), nor the 'it' of 'It is optimistic to
        expect a deal'."""
        if holder.pos_ == "PRON":
            return not (holder.lower_ == "it" and any(c.dep_ in {"xcomp", "ccomp"} for c in stance.subtree))
        if holder.pos_ not in {"NOUN", "PROPN"}:
            return False
        plural_or_name = holder.tag_ in {"NNS", "NNPS"} or holder.pos_ == "PROPN" or holder.is_title
        return plural_or_name or holder.lemma_.lower() in self.rules.roles

    def misread_reporting(self, matches: list[Span]) -> Iterator[AttributionRecord]:
        """', police data show.' read by the parser as one noun: the words before the verb are its source, less a
        description ('NHS England figures published on Thursday show')."""
        for match in matches:
            verb = next(t for t in reversed(match) if t.lower_ in self.rules.misread_forms)
            described = next((t.i for t in match[1:] if t.tag_ == "VBN"), verb.i)  # 'figures [published on ...]'
            yield AttributionRecord(TokenRange(match.start + 1, described), TokenRange(verb.i, verb.i + 1), None)

    def according_to(self, matches: list[Span]) -> Iterator[AttributionRecord]:
        for match in matches:
            target = child(match[-1], "pobj")
            stance: Stance = "opinion" if tuple(t.lower_ for t in match) in self.rules.views_of else "neutral"
            if target is not None:
                for source in conjuncts(target):
                    yield self._record(source, TokenRange.of(match), target, stance)

    def reported_by(self) -> Iterator[AttributionRecord]:
        """'The plan, first reported by Bloomberg, would cut 5,000 jobs', 'The deal, which was first reported by
        the Wall Street Journal, values ...': who reported the main clause's subject reports the sentence."""
        root = self.sentence.root
        for subject in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}):
            for verb in subject.children:
                passive = verb.dep_ == "relcl" and child(verb, "auxpass") is not None  # 'which was first reported by'
                reporting = verb.dep_ == "acl" and verb.tag_ == "VBN" or passive
                if not reporting or verb.lemma_.lower() not in self.rules.reporting_participles:
                    continue
                speaker = agent_of(verb)
                if speaker is not None and self._can_speak(speaker) and not inside_quote(verb, self.quotes):
                    yield self._record(speaker, TokenRange(verb.i, verb.i + 1), verb, "neutral")

    def heard(self) -> Iterator[AttributionRecord]:
        """'The court heard that ...', 'Jurors were told the attack lasted 20 minutes': said at a hearing by
        someone unnamed ('was told by prosecutors' names them: see `speech_verbs`)."""
        for verb in self.sentence:
            role = self.rules.hearing_verbs.get(verb.lemma_.lower())
            body = child(verb, role) if role is not None and agent_of(verb) is None else None
            if body is None or not {body.lower_, body.lemma_.lower()} & self.rules.hearing_bodies:
                continue
            if child(verb, "ccomp") is not None and not inside_quote(verb, self.quotes) and not self._aside(verb):
                yield self._record(body, self._verb_cue(verb), verb, "neutral")

    def citing(self) -> Iterator[AttributionRecord]:
        for verb in self.sentence:
            if verb.lemma_.lower() in self.rules.citing and verb.tag_ == "VBG":
                cited = child(verb, "dobj")
                if cited is not None and not self._cause_cited(cited):
                    for source in conjuncts(cited):
                        yield self._record(source, TokenRange(verb.i, verb.i + 1), cited, "neutral")

    def _cause_cited(self, cited: Token) -> bool:
        """'citing drought in Russia', 'citing lower coal use': a bare singular noun, with no article, number or
        owner, that names no person, body or record, is a reason given, not a source ('citing a source in the
        SBU', 'citing three diplomats', 'citing data from the agency' are sources)."""
        determined = any(c.dep_ in {"det", "nummod", "poss"} for c in cited.children)
        return cited.tag_ == "NN" and not determined and not self._could_speak(cited)

    def speech_act_subject(self) -> Iterator[AttributionRecord]:
        """'The expert's remark introduces...', 'The statement highlights...'."""
        root = self.sentence.root
        subject = child(root, "nsubj")
        if subject is None or subject.lemma_.lower() not in self.rules.speech_nouns or _a_kind(subject):
            return
        lemma = root.lemma_.lower()
        if lemma in self.rules.verb_stance or lemma in self.rules.linking_verbs or lemma in self.rules.method_verbs:
            return  # 'The report said' is found by speech_verbs(); 'The claim remains', 'The study used' say nothing
        carrying = self.rules.content_prepositions.get(lemma, [])  # 'His assessment points to a broader shift'
        if self._in_caveat(root) or not any(c.dep_ in SAYS_SOMETHING or _carried(c, carrying) for c in root.children):
            return  # 'The account did not respond', 'Similar claims circulated': nothing is said
        if child(root, "neg") is not None:
            return  # 'The ruling does not quash convictions': what a record does not do is a fact about it
        if any(c.tag_ == "MD" for c in root.children):
            return  # 'The ruling could affect thousands of riders': the writer's forecast about a record
        neutral = lemma in self.rules.neutral_subject_verbs
        if not neutral and self._bare_evidence(subject):
            return  # 'The findings strengthen the case for that ban': the writer's reading of the evidence
        cue_end = root.i + 1 if root.i == subject.i + 1 else subject.i + 1
        cue = TokenRange(subject.left_edge.i, cue_end)
        yield self._record(subject, cue, subject, "neutral" if neutral else "opinion")

    def _bare_evidence(self, subject: Token) -> bool:
        """'The findings', 'The survey': evidence with no owner or maker named on it (cues.json unspoken_records;
        'The study's findings', 'the findings of the review' have one)."""
        owned = any(c.dep_ in {"poss", "prep"} for c in subject.children)
        return subject.lemma_.lower() in self.rules.unspoken_records and not owned

    def caveat_sources(self) -> Iterator[AttributionRecord]:
        """'X did not respond', 'X declined to comment', 'unverified by independent sources'."""
        for caveat in self.caveats:
            anchor = caveat.root
            if not in_main_clause(anchor) or anchor.lemma_.lower() in self.rules.refuting_agents:
                continue  # 'not supported by the text', 'invented by a former employee': no party that answers
            speaker = agent_of(anchor) or agent_of(anchor.head) or subject_of(anchor) or self._silent_party(anchor)
            if speaker is not None and speaker.lemma_.lower() not in self.rules.not_caveat_sources:
                yield self._record(speaker, TokenRange.of(caveat), anchor, "caveat")

    def _silent_party(self, anchor: Token) -> Token | None:
        """'The ministry could not immediately be reached', 'A spokesman was not immediately available', 'There
        was no immediate comment from the ministry', 'It published no evidence': who did not answer, where no active
        subject says it."""
        if anchor.lemma_.lower() in self.rules.unreached:
            return child(anchor, "nsubjpass")
        if anchor.dep_ in {"acomp", "neg", "dobj"}:  # 'was [not immediately available]', 'published [no evidence]'
            return subject_of(anchor.head)
        return object_of(anchor, "from")

    def _record(self, source: Token, cue: TokenRange, scope: Token | None, stance: Stance) -> AttributionRecord:
        """An attribution to `source`; a speech act ('a statement by X') resolves to its author. What is said in
        a dissent is a view (cues.json "opinion_channels")."""
        channel = self._channel(scope, speaker=source) if scope is not None else None
        if channel is not None and stance == "neutral" and self._opinion_channel(channel):
            stance = "opinion"
        if source.lemma_.lower() in self.rules.speech_nouns:
            author = self._author_of(source)
            owner = child(source, "poss")
            speech_act = noun_phrase(source, skip=frozenset([owner.i]) if owner is not None else frozenset())
            if (channel is None or channel.start <= source.i < channel.end) and self._names_medium(source):
                channel = speech_act  # 'The ministry's statement said': the ministry, via a statement
            if author is None:
                definite = speech_act.span(source.doc)[0].lower_ in {"the", "this", "that", "these", "those"}
                return AttributionRecord(speech_act, cue, channel, stance, refers_back=definite)
            source = author
        return AttributionRecord(noun_phrase(source), cue, channel, stance)

    def _opinion_channel(self, channel: TokenRange) -> bool:
        return channel.span(self.sentence.doc).root.lemma_.lower() in self.rules.opinion_channels

    def _author_of(self, speech_act: Token) -> Token | None:
        """'the ministry's statement', 'a statement issued by X', 'data from X', 'figures it published'."""
        owner = child(speech_act, "poss")
        if owner is not None:
            return owner
        publishing = self.rules.publishing_verbs
        clause = next((c for c in speech_act.children if c.dep_ == "relcl" and c.lemma_.lower() in publishing), None)
        publisher = child(clause, "nsubj") if clause is not None else None
        if publisher is not None:
            return publisher
        for word in speech_act.subtree:
            by = agent_of(word) if word.dep_ != "acl" or word.lemma_.lower() in publishing else None
            if by is not None:
                return by  # not 'an internal memo seen by Reuters', whose reader is no author
        return object_of(speech_act, "from", "by")

    def _speaks(self, verb: Token) -> bool:
        """A speech verb outside any quotation and any caveat ('declined to say'), with content if it needs one,
        and not the writer's forecast of what someone will say ('Both sides will claim the numbers prove them
        right')."""
        if inside_quote(verb, self.quotes) or self._in_caveat(verb) or _foreseen(verb) or self._tells_about(verb):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.rules.standing_pledges and _standing(verb):
            return False
        if lemma in self.rules.owned_up_to and after_be_to(verb):
            return False
        needed = self.rules.needs_preposition.get(lemma)
        if needed is not None:
            figured = self.rules.needs_a_figure.get(lemma, [])
            return any(
                c.lower_ in needed and (c.lower_ not in figured or self._measures(verb, c)) for c in verb.children
            )
        if lemma not in self.rules.needs_content:
            return True
        if _reports_what_precedes(verb) or _stranded_speaker(verb) is not None:
            return True  # what it says is the clause before it
        # 'called for a ceasefire', but not 'called an election for March 9'
        carrying = self.rules.content_prepositions.get(lemma, []) if not child(verb, "dobj") else []
        figures = lemma in self.rules.figure_objects
        finds = self._record_finds(verb)
        content = [
            c
            for c in verb.children
            if _is_content(c)
            or (_carried(c, carrying) and not self._to_a_court(c))
            or (figures and self._holds_finding(c))
            or (finds and c.dep_ == "dobj")
        ]
        if lemma in self.rules.contemplating:  # 'were considering pulling up old trees': a plan, said by nobody
            content = [c for c in content if not _weighs_an_action(c)]
        if lemma in self.rules.declaring:  # 'declared itself bankrupt': an act
            content = [c for c in content if c.pos_ in {"VERB", "AUX"}]
        return bool(content) and not any(self._verdict(c) for c in content)

    def _measures(self, verb: Token, preposition: Token) -> bool:
        """'put the figure at about half', 'put the number at [fewer than 9,000]', not 'putting patients at risk'."""
        measured = child(verb, "dobj")
        if measured is not None and measured.lemma_.lower() in self.rules.measures:
            return True
        return any(t.like_num for t in preposition.subtree)

    def _tells_about(self, verb: Token) -> bool:
        """'a record price says more about fear than about value' (cues.json telling_degrees), and 'The ministry's
        silence is telling', the adjective: a 'telling' that tells nobody anything."""
        if verb.lemma_.lower() not in self.rules.telling_verbs:
            return False
        if verb.tag_ == "VBG" and not any(c.dep_ in TOLD_SOMETHING for c in verb.children):
            return True
        degree = child(verb, "dobj")
        return (
            degree is not None
            and degree.lower_ in self.rules.telling_degrees
            and preposition(degree, "about") is not None
        )

    def _holds_finding(self, word: Token) -> bool:
        """'reported [a 12 percent rise in profit]', 'reported [40 new cases]', 'reported [a similar result]'."""
        return word.dep_ == "dobj" and (
            word.lemma_.lower() in self.rules.findings or any(t.like_num for t in word.subtree)
        )

    def _to_a_court(self, preposition: Token) -> bool:
        """'appeal to Portugal's Supreme Court': a legal appeal, which says nothing (cues.json content_prepositions)."""
        body = child(preposition, "pobj")
        return body is not None and body.lemma_.lower() in self.rules.appeal_bodies

    def _record_finds(self, verb: Token) -> bool:
        """'The survey found a sharp rise in loneliness', 'Police data show a rise in burglaries': a record's
        finding is what it says, whatever its object, as is the finding of researchers the text has introduced
        ('The researchers found no change among boys'; 'Astronomers found water, according to a study' is the
        study's); not 'Police found a body', an act."""
        record = subject_of(verb)
        if verb.lemma_.lower() not in self.rules.record_findings or record is None or child(verb, "neg"):
            return False  # 'The results did not show a benefit' is the writer's finding
        words = {record.lower_, record.lemma_.lower()}
        if words & self.rules.researchers:
            return is_definite(noun_phrase(record).span(record.doc))
        return bool(words & self.rules.records) and not words & self.rules.pictures

    def _verdict(self, content: Token) -> bool:
        """'found him guilty', and 'found [a police firearms officer] not guilty' where the parser hangs the
        verdict on the officer."""
        words = [content, *(c for c in content.children if c.dep_ in {"acomp", "oprd"})]
        return any(w.lower_ in self.rules.verdicts for w in words)

    def _in_caveat(self, word: Token) -> bool:
        return any(c.start <= word.i < c.end for c in self.caveats)

    def _verb_cue(self, verb: Token) -> TokenRange:
        """'said', 'pointed out', 'told reporters'."""
        end = verb.i + 1
        for word in verb.rights:
            is_particle = word.dep_ == "prt"
            is_audience = word.dep_ in {"dobj", "dative"} and word.lemma_.lower() in self.rules.audience
            if not (is_particle or is_audience) or word.i != end:
                break
            end = word.i + 1
        return TokenRange(verb.i, end)

    def _channel(self, scope: Token, speaker: Token) -> TokenRange | None:
        """The highest-priority channel said in `scope`'s clause, outside the reported content."""
        told = [c for c in scope.children if c.dep_ in {"dobj", "dative"} and scope.lemma_ == "tell"]
        outlet = self._quoting_medium(scope) or self._outlet_addressed(scope, told)
        if outlet is not None:
            return channel_phrase(outlet)
        clauses = [c for c in scope.children if c.dep_ in CLAUSE_DEPS]
        objects = [c for c in scope.children if c.dep_ == "dobj" and c not in told]
        stranded = in_subtree(scope, speaker)  # '..., a team reported in the journal Nature Astronomy'
        candidates = [
            c
            for c in self.channels
            if in_subtree(c.root, scope)
            and c.root != scope  # 'The agency forecast that ...': the cue itself is no medium
            and not (any(in_subtree(c.root, part) for part in clauses) and not _closing_aside(c))
            and c.root not in objects
            and (stranded or not self._inside_speaker(c, speaker))
        ]
        if not candidates:
            return None
        best = max(candidates, key=lambda c: (int(c.label_), -abs(c.root.i - scope.i)))
        return TokenRange.of(_posted_where(best, candidates))

    def _outlet_addressed(self, scope: Token, told: list[Token]) -> Token | None:
        """'told Reuters', 'Speaking to the newspaper Adresseavisen, X said': a medium spoken to."""
        speaking = [c for c in scope.children if c.dep_ == "advcl" and c.lemma_.lower() in SPEAKING_VERBS]
        addressed = [child(to, "pobj") for s in speaking for to in s.children if to.lower_ == "to"]
        return next((c for c in [*told, *addressed] if c is not None and self._is_outlet(c)), None)

    def _inside_speaker(self, channel: Span, speaker: Token) -> bool:
        """'a spokesman for Facebook' names no medium; 'a statement ... on Telegram' (a speech act) does."""
        if speaker.lemma_.lower() in self.rules.speech_nouns:
            return False
        return in_subtree(channel.root, speaker)

    def _is_outlet(self, word: Token) -> bool:
        """'told Reuters', 'told the NOS broadcaster', 'told state television': media, not an audience."""
        phrase = noun_phrase(word)
        if word.i in self.outlets or word.ent_type_ == "ORG" or self._is_channel(phrase):
            return True
        return any(t.lemma_.lower() in self.rules.outlet_nouns for t in phrase.span(word.doc))

    def _names_medium(self, word: Token) -> bool:
        return any(c.root == word for c in self.channels)

    def _is_channel(self, phrase: TokenRange) -> bool:
        return any(c.start >= phrase.start and c.end <= phrase.end for c in self.channels)


def _reports_what_precedes(verb: Token) -> bool:
    """'Fares will rise by 6 percent, the authority announced on Thursday.': a reporting clause after a
    comma, which the parser may hang on the sentence it reports instead of the other way round, even as the
    clause it reports ('The government has approved a second runway, Transport Secretary Helen Moore
    announced')."""
    start = verb.left_edge.i
    after_comma = verb.doc[start].text == "," or start > 0 and verb.doc[start - 1].text == ","
    trailing = verb.dep_ in {"advcl", "parataxis", "ccomp"} or verb.dep_ == "conj" and not _coordinated(verb)
    spoken_by = child(verb, "nsubj") is not None  # not '..., adding about two weeks to journeys'
    return trailing and spoken_by and verb.head.i < verb.i and after_comma or _took_its_subject(verb)


def _coordinated(verb: Token) -> bool:
    """'hit the city and wrote ...' joins two acts; '..., the governor wrote on Telegram' with no 'and' reports."""
    return any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)


def _took_its_subject(verb: Token) -> bool:
    """'The link held after ..., they wrote in the journal': the parser gave the verb the reported clause's
    subject as a second subject of its own; the verb's own stands after a comma."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return False
    own = subjects[-1].left_edge.i
    return own > 0 and verb.doc[own - 1].text == ","


def _stranded_speaker(verb: Token) -> Token | None:
    """'... in a trial of 1,700 patients, its developer, the biotech company Cerulon, said on Monday',
    '... in Kharkiv, regional governor Oleh Syniehubov said': the parser swallowed the speaker into the
    reported clause; it is the phrase just before the verb."""
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < verb.i]
    if not content and _borrows_a_subject(verb):
        content = [verb.head]  # '... enough new planes, the chief executive of Skyline said'
    if not content and _hung_on_what_it_reports(verb):
        content = [verb.sent.root]  # '..., starting a fire, a source in Ukraine's military intelligence told Reuters.'
    if not content or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    word = verb.doc[verb.i - 2] if before.text == "," else before
    while _within_description(word) and word.head.i < word.i and word.head.i > content[0].i:
        word = word.head
    swallowed = word.dep_ in {"conj", "appos"} and in_subtree(word, content[0])
    return word if swallowed and word.pos_ in {"NOUN", "PROPN"} else None


def _closing_appositive(verb: Token, subject: Token | None) -> Token | None:
    """'An experimental vaccine ... cut admissions by 82%, its maker Nordvax said', '... off the coast of
    Sardinia, Italy's culture ministry said': the parser made the reported clause the subject and the speaker
    an apposition inside it; an apposition set off by a comma that runs into the verb with no comma to close it
    is the speaker ('Its chief executive, Hoan Ton-That, has said' closes its apposition)."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].dep_ in {"aux", "neg"} and verb.doc[before].head == verb:
        before -= 1
    if subject is None or before < 1 or not in_subtree(verb.doc[before], subject):
        return None
    chain = [t for t in [verb.doc[before], *verb.doc[before].ancestors] if in_subtree(t, subject)]
    closing = [t for t in chain if t.dep_ == "appos" and t.right_edge.i == before and t.left_edge.i > subject.i]
    opened = [t for t in closing if verb.doc[t.left_edge.i - 1].text == ","]
    return opened[-1] if opened else None


def _borrows_a_subject(verb: Token) -> bool:
    """'Fares will keep rising because airlines cannot get enough new planes, the chief executive said':
    the parser joined the closing verb to the sentence it reports, with no 'and' and no subject of its own,
    and hung its speaker on the nearest noun; the subject the verb would borrow is what it reports on."""
    own = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    return verb.dep_ == "conj" and verb.head.i < verb.i and not own and not _coordinated(verb)


def _contrasts(mark: Token) -> bool:
    """'The union said 5,000 workers joined, while the company said fewer than 1,000 did': a 'while' after a
    comma sets a second account beside the first; it is not the writer's time or condition."""
    return mark.lower_ == "while" and mark.i > 0 and mark.doc[mark.i - 1].text == ","


def _name_read_as_adverb(verb: Token) -> Token | None:
    """'Dashly said it would appeal': the parser reads a name ending in '-ly' that opens the sentence as an
    adverb of the verb after it, which then has no subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "advmod" or before.head != verb or not before.is_title:
        return None
    return before if before.is_sent_start else None


def _title_read_as_verb(verb: Token) -> Token | None:
    """'..., said survivor Juma Ssali': the parser reads the title after the verb as a verb of its own, whose
    object is the speaker's name."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.dep_ != "xcomp" or after.head != verb or after.tag_ != "VB" or not after.is_lower:
        return None
    name = child(after, "dobj")
    return name if name is not None and name.pos_ == "PROPN" and name.i > after.i else None


def _hung_on_what_it_reports(verb: Token) -> bool:
    """The parser made a closing reporting verb a clause of the sentence it reports: of its main verb, or,
    a finite 'told' read as a noun's clause, of a noun ('struck an oil refinery ..., a source told Reuters').
    Not a participle that names its noun ('the dog, an XL bully called Tyson, bit ...') or says what it is
    suspected of ('300,000 people a day, almost none of them suspected of anything')."""
    root = verb.sent.root
    if root.i > verb.i:
        return False
    if verb.dep_ == "advcl":
        return verb.head == root
    naming = child(verb, "oprd") is not None or preposition(verb, "of") is not None
    participle = verb.tag_ == "VBN" and agent_of(verb) is None and verb.head.dep_ in {"appos", "conj"} and not naming
    return verb.dep_ == "acl" and (verb.tag_ == "VBD" or participle)


def _described_speaker(verb: Token) -> Token | None:
    """'Scientists not involved in the research said ...': the parser read the speaker's description as a
    clause of its own, reported before the verb; its subject is the speaker."""
    described = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBN"]
    if not described or any(c.dep_ in {"aux", "auxpass"} for c in described[0].children):
        return None
    return child(described[0], "nsubj")


def _with_description(record: AttributionRecord, speaker: Token, verb: Token) -> AttributionRecord:
    """The source span of a described speaker (above) runs to the end of its description."""
    described = speaker.head
    if speaker.dep_ != "nsubj" or described.dep_ != "ccomp" or described.head != verb or described.i > verb.i:
        return record
    return replace(record, source=TokenRange(record.source.start, described.right_edge.i + 1))


def _carried(word: Token, prepositions: list[str]) -> bool:
    """'called for a ban', and 'called for the tax to be extended', which the parser reads as a clause."""
    if word.dep_ == "prep":
        return word.lower_ in prepositions
    return word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in prepositions for c in word.children)


def _main_verb_misread(verb: Token) -> bool:
    """'Russia, a traditional ally of Armenia, called on both sides ...': the parser hung the sentence's
    finite verb on its subject as a clause, and left the sentence with no verb at its root."""
    root = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and root.dep_ == "ROOT" and root.pos_ in {"NOUN", "PROPN"}


def _within_description(word: Token) -> bool:
    """A word inside the speaker's phrase: part of a name, what follows its head ('a source [in Ukraine's
    military intelligence]'), or a description of a description."""
    if word.dep_ in {"compound", "flat", "pobj", "prep"}:
        return True
    return word.dep_ == "appos" and word.head.dep_ in {"appos", "conj"}


def _participle_of_speech(verb: Token) -> bool:
    """'The opposition refused to recognise the result, saying it was stolen': the main clause's subject speaks."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}


def _infinitive_of_degree(verb: Token) -> bool:
    """'very hard to defend', 'easy to say': an infinitive hanging off a word that is not a verb, or off the 'is'
    of an extraposed 'it' ('It is hard to believe that ...'; not 'He was quick to say that ...')."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    head = verb.head
    subject = child(head, "nsubj")
    extraposed = head.lemma_ == "be" and child(head, "acomp") is not None and subject is not None
    return infinitive and (head.pos_ not in {"VERB", "AUX"} or extraposed and subject.lower_ == "it")


def _verb_read_as_noun(word: Token) -> bool:
    """'The agency forecast that the level would fall': the tagger took the verb for a noun, but the parser
    gave it a subject and a reported clause."""
    return word.pos_ == "NOUN" and child(word, "nsubj") is not None and child(word, "ccomp") is not None


def _closing_aside(channel: Span) -> bool:
    """'promised to build 100,000 homes a year by 2030, in a speech to her party's conference': a medium set off
    by a comma at the end of the sentence tells where the source spoke, wherever the parser hung it."""
    preposition = channel.root.head
    if channel.root.dep_ != "pobj" or preposition.i == 0:
        return False
    after = preposition.doc[preposition.right_edge.i + 1 : channel.root.sent.end]
    comma_before = preposition.doc[preposition.i - 1].text == ","
    return comma_before and all(t.is_punct or t.is_space for t in after)


def _asked_of_another(verb: Token) -> bool:
    """'The regulator requires banks to assess the effect', 'urged the ministry to explain': an act someone is
    asked or made to do, not speech reported."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    asked = child(verb.head, "dobj")
    return verb.dep_ == "xcomp" and infinitive and asked is not None and asked.i < verb.i


def _posted_where(medium: Span, candidates: list[Span]) -> Span:
    """'in a video posted on X', 'in a video posted on the club's website': where a medium was posted is the
    channel, as 'a statement posted on Facebook' gives Facebook."""
    posted = [c for c in medium.root.children if c.dep_ == "acl" and c.lemma_.lower() == "post"]
    places = [child(p, "pobj") for a in posted for p in a.children if p.dep_ == "prep" and p.lower_ in {"on", "to"}]
    return next((c for c in candidates for place in places if place is not None and c.root == place), medium)


def _a_kind(noun: Token) -> bool:
    """'Such statements rarely survive a big offer', 'Battery figures from such tests rarely match what users see':
    statements of a kind, not one that says something."""
    return any(t.dep_ in {"det", "amod", "predet"} and t.lower_ == "such" for t in noun.subtree)


def _reduced_passive(verb: Token) -> bool:
    """'with temperatures forecast to reach 43 degrees': a participle with no auxiliary, whose 'subject' (as
    the parser reads it) is what is forecast, not who forecasts."""
    auxiliary = child(verb, "aux", "auxpass") is not None
    return verb.tag_ == "VBN" and verb.dep_ == "pcomp" and not auxiliary and child(verb, "nsubj") is not None


def _part_of_a_relative(speaker: Token) -> bool:
    """'NHS bodies, not all of which replied': the relative clause's speaker is part of a noun before it."""
    of = preposition(speaker, "of")
    return of is not None and any(c.dep_ == "pobj" and c.tag_ in {"WDT", "WP"} for c in of.children)


def _weighs_an_action(clause: Token) -> bool:
    """'considering pulling up old trees', 'considering whether to protect the area'."""
    gerund = clause.dep_ == "xcomp" and clause.tag_ == "VBG"
    whether = any(c.lower_ == "whether" for c in clause.children) and any(c.lower_ == "to" for c in clause.children)
    return gerund or whether


def _foreseen(verb: Token) -> bool:
    """A speech verb under a modal of what will or may be, not negated ('will claim', 'may argue')."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in FORETELLING for c in verb.children)
    return modal and child(verb, "neg") is None  # 'can confirm that' still reports


def _subordinated(verb: Token) -> bool:
    """A clause opened by the writer's 'if', 'after', 'because', 'than' ... ('narrower than polls had suggested';
    'as X said' and 'while' of contrast are not)."""
    return any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS and not _contrasts(c) for c in verb.children)


def _is_content(word: Token) -> bool:
    """What 'found', 'called', 'described' need to report something: a clause, 'as ...', or 'X "a disaster"'
    (the parser may hang the quoted words anywhere, so a quotation right after the object counts); a
    gerund the parser made part of the object ('reported hearing gunfire') is a clause too."""
    if _finds_it_hard(word):
        return False
    if word.dep_ in {"ccomp", "xcomp", "oprd"} or word.lower_ == "as":
        return True
    if word.dep_ == "advcl" and any(c.lower_ == "as" for c in word.children):  # 'described the damage as severe'
        return True
    quoted_after = word.i + 1 < len(word.doc) and word.doc[word.i + 1].is_quote  # 'called the accusations "lies"'
    gerund = any(c.dep_ == "compound" and c.tag_ == "VBG" for c in word.children)  # 'reported [hearing] gunfire'
    return word.dep_ == "dobj" and (quoted_after or gerund or any(c.dep_ in {"appos", "oprd"} for c in word.children))


def _says_what_it_is(verb: Token) -> bool:
    """'posted samples of what it said were stolen files': the speaker vouches for what the thing is."""
    being = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"]  # not 'what they believe is possible'
    return verb.left_edge.lower_ == "what" and any(child(b, "attr") is not None for b in being)


def _main_verb_read_as_relative(verb: Token) -> bool:
    """'The opposition Social Democrats called the pledge "a fantasy".': the parser made the first noun the
    root, or the subject of a later verb, and the sentence's finite verb a relative clause on it, with its own
    subject and no relative pronoun; a true relative clause without one leaves a gap where its object would be
    ('The plan the council approved last year failed')."""
    subject = child(verb, "nsubj")
    noun = verb.head
    bare = subject is not None and subject.tag_ not in {"WDT", "WP"} and subject.left_edge.i == noun.i + 1
    misread = noun.dep_ == "ROOT" or child(verb, "dobj") is not None
    return bare and verb.tag_ == "VBD" and misread and noun.pos_ in {"NOUN", "PROPN"}


def _standing(pledge: Token) -> bool:
    """'has promised to halve knife crime': a pledge in the present perfect with a verb pledged (cues.json
    standing_pledges)."""
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in pledge.children)
    return perfect and child(pledge, "xcomp") is not None


def _speaks_of_its_noun(verb: Token) -> bool:
    """'a tactic civil liberties groups say is too broad', 'of whom Israeli officials believe about 20 are
    alive': a relative clause whose speaker reports a clause about the noun it hangs on; not 'a man who said
    he had been threatened' (the noun speaks), 'the level the bank considers consistent' (no clause) nor a
    time or place the clause describes."""
    subject = child(verb, "nsubj")
    relative_pronoun = subject is None or subject.tag_ in {"WDT", "WP"}
    of_time_or_place = any(c.tag_ == "WRB" for c in verb.children)  # 'in 2039, when the government expects'
    return not (relative_pronoun or of_time_or_place) and child(verb, "ccomp") is not None


def _vouching_act(verb: Token) -> Token | None:
    """The act in which a speaker says what a thing is ('posted [what it said were files] on its leak site'):
    its clause holds the medium."""
    if not _says_what_it_is(verb):
        return None
    return next((a for a in verb.ancestors if a.pos_ == "VERB"), None)


def _finds_it_hard(word: Token) -> bool:
    """'parents were finding [it harder] to get appointments': what someone meets with, not what they report."""
    grade = word.dep_ == "ccomp" and word.pos_ in {"ADJ", "ADV"}
    return grade and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in word.children)


def _unique_sources(records: list[AttributionRecord]) -> list[AttributionRecord]:
    """One attribution per source span, the first rule's (the most specific) kept."""
    seen: dict[TokenRange, AttributionRecord] = {}
    for record in records:
        seen.setdefault(record.source, record)
    return sorted(seen.values(), key=lambda r: r.source.start)


@Language.factory(
    "claimtrace_attribution",
    default_config={"lexicons": None},
    requires=["token.dep", "token.lemma"],
)
def make_attribution_finder(nlp: Language, name: str, lexicons: str | None) -> AttributionFinder:
    """`lexicons`: a folder of your own lexicon files (see `claimtrace.lexicon`)."""
    register_extensions()
    return AttributionFinder(nlp, lexicons)
