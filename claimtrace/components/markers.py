"""claimtrace_markers: finds hedges, caveat phrases, opinion markers and channels.

The phrases live in `resources/markers.json` and `resources/channels.json`; the
results go into `doc.spans` groups that later components read:
`ct_hedges`, `ct_caveats`, `ct_opinion`, `ct_channels` (label = priority).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.language import Language
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..lexicon import load_resource, role_nouns
from .channels import ChannelFinder
from .extensions import register_extensions
from .grammar import ABILITY, SUBJECTS, argues_about, child, compares_rates, opened_by, says_nothing_of_a_claim
from .refutations import RefutationReader

MARKER_GROUPS = ("hedges", "caveats", "opinion")
NEGATION = ("negation", {"DEP": "neg"})
NO = ("no", {"DEP": "det", "LOWER": "no"})
PLACES = {"GPE", "LOC"}
ABLE_OR_COULD = {*ABILITY, "could"}
UNRECEIVED = ("unreceived_object", "unreceived_subject", "unreceived_negated")


class MarkerFinder:
    def __init__(self, nlp: Language, lexicons: str | None):
        markers = load_resource("markers", lexicons)
        self.matchers = {
            group: _phrase_matcher(nlp, markers[group]["phrases"], markers[group]["attr"]) for group in MARKER_GROUPS
        }
        self.terms = _phrase_matcher(nlp, markers["opinion"].get("terms", []), "LOWER")
        self.ruling_verbs = set(markers["rulings"]["verbs"])
        self.laws = set(markers["rulings"]["laws"])
        self.manner_graders = set(markers["manner_adverbs"]["graders"])
        self.manner_before_passives = set(markers["manner_adverbs"]["before_passives"])
        self.grading_verbs = set(markers["grades"]["verbs"])
        self.time_marks = set(markers["time_clauses"]["marks"])
        self.judging_inabilities = set(markers["inability"]["judging_verbs"])
        self.only_with_can = set(markers["ability_caveats"]["lemmas"])
        self.too_little_verbs = set(markers["too_little_to_tell"]["verbs"])
        withheld = markers["withheld"]
        self.withheld = _phrase_matcher(nlp, _with_adverbs(withheld["phrases"], withheld["adverbs"]), "LOWER")
        self.question_words = set(markers["withheld"]["question_words"])
        self.thing_verbs = set(markers["withheld"]["thing_verbs"])
        self.unsaid_by_any = set(markers["withheld"].get("unsaid_by_any", {}).get("verbs", []))  # .get: older entry
        self.parties = set(role_nouns(lexicons))
        self.information_verbs = set(markers["withheld"]["information_verbs"]["verbs"])
        self.information_objects = set(markers["withheld"]["information_verbs"]["objects"])
        investigated = markers["investigated"]
        self.investigated = _phrase_matcher(nlp, investigated["phrases"], "LOWER")
        self.unsettled = set(investigated["subjects"]) | set(markers["referring_claim_nouns"])
        self.unknown = _phrase_matcher(nlp, investigated.get("unknown", []), "LOWER")  # .get: an older entry works
        self.unknown_causes = set(investigated["subjects"])
        self.rejecting = set(markers["caveat_verbs"]["rejecting"])
        # .get: a newsroom's 'caveat_verbs' written before these two lists keeps working without them
        self.checked_or_could_not = set(markers["caveat_verbs"].get("checked_or_could_not", []))
        self.contested_places = set(markers["caveat_verbs"].get("contested_places", []))
        refusals = markers["caveat_verbs"]["refusals"]
        self.refusing, self.refused = set(refusals["verbs"]), set(refusals["objects"])
        topics = markers["caveat_verbs"].get("topics", {})  # .get: an older newsroom entry works
        self.topic_verbs, self.topic_prepositions = set(topics.get("verbs", [])), set(topics.get("prepositions", []))
        self.refutations = RefutationReader(
            markers["refuted"], markers["referring_claim_nouns"] + markers["evidence_nouns"]
        )
        self.structures = DependencyMatcher(nlp.vocab)
        patterns = {
            **_negated_verb_patterns(markers["caveat_verbs"], markers["ability_caveats"]["lemmas"]),
            **_untested_claim_patterns(
                markers["caveat_verbs"]["claim_subject_only"],
                markers["referring_claim_nouns"]
                + markers["evidence_nouns"]
                + markers["caveat_verbs"]["untested_nouns"],
            ),
            **_rejection_patterns(markers["caveat_verbs"]["rejecting"], markers["referring_claim_nouns"]),
            "refuted": self.refutations.pattern(),
            "refuted_misread": self.refutations.misread_pattern(),
            **_refusal_patterns(markers["withheld"]),
            "missing_evidence": _path(
                ("evidence", {"LEMMA": {"IN": markers["missing_evidence"]["nouns"]}}),
                NO,
            ),
            "not_evidence": _branches(
                ("be", {"LEMMA": "be"}),
                NEGATION,
                ("evidence", {"DEP": "attr", "LEMMA": {"IN": markers["missing_evidence"]["nouns"]}}),
            ),
            **_unreceived_patterns(markers["unreceived_approaches"]),
            **_graded_adjective_patterns(markers["intensifiers"]["words"]),
            **_open_question_patterns(),
        }
        for key, pattern in patterns.items():
            self.structures.add(key, [pattern])
        self.channels = ChannelFinder(nlp, load_resource("channels", lexicons))

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[list[int]]] = defaultdict(list)
        for key, ids in self.structures(doc):
            found[doc.vocab.strings[key]].append(ids)
        for group, matcher in self.matchers.items():
            spans = [doc[s:e] for _, s, e in matcher(doc)]
            if group == "caveats":
                spans += self._caveat_structures(doc, found)
            if group == "opinion":
                spans += [
                    doc[ids[1] : ids[0] + 1] for ids in found["graded"] if ids[1] < ids[0] and _grades(doc[ids[1]])
                ]
                spans += [doc[ids[2] : ids[2] + 1] for ids in found["open_question"]]
                spans = self._outside_terms(doc, spans)
            kept = [s for s in spans if _is_marker(s, group) and not (group == "caveats" and self._not_caveat(s))]
            doc.spans[f"ct_{group}"] = filter_spans(kept)
        doc.spans["ct_channels"] = filter_spans(self.channels(doc))
        return doc

    def _outside_terms(self, doc: Doc, opinions: list[Span]) -> list[Span]:
        """'complaints about racist abuse', 'the Morandi bridge disaster': an opinion word in the name of a kind of act
        or of an event judges nothing."""
        terms = [doc[s:e] for _, s, e in self.terms(doc)]
        kept = [o for o in opinions if not any(t.start <= o.start and o.end <= t.end for t in terms)]
        kept = [
            o
            for o in kept
            if not (
                _names_an_event(o)
                or _caps_a_figure(o)
                or _obliges_to_a_figure(o)
                or compares_rates(o.root)
                or _in_a_question(o)
                or self._of_manner(o)
                or self._a_grade(o)
                or self._tells_when(o)
                or self._could_not_do(o)
            )
        ]
        return [o for o in kept if not self._ruled(o)]

    def _could_not_do(self, opinion: Span) -> bool:
        """'Customers could not log in': what could not be done (`markers.json` "inability")."""
        modal = _lone_modal(opinion)
        if modal is None or modal.lower_ != "could" or child(modal.head, "neg") is None:
            return False
        return modal.head.lemma_.lower() not in self.judging_inabilities

    def _tells_when(self, opinion: Span) -> bool:
        """'sold before they could fulfil it': a modal in a time clause (`markers.json` "time_clauses")."""
        modal = _lone_modal(opinion)
        return modal is not None and opened_by(modal.head, self.time_marks)

    def _a_grade(self, opinion: Span) -> bool:
        """'rated three care homes [run by the group] as inadequate': the grade given (`markers.json` "grades"); the
        parser may hang the 'as' on a clause of the object."""
        as_ = opinion.root.head
        return as_.lower_ == "as" and any(a.lower_ in self.grading_verbs for a in as_.ancestors)

    def _of_manner(self, opinion: Span) -> bool:
        """'told clearly what went wrong', 'show the price more clearly', 'was clearly marked': how a thing was
        done (`markers.json` "manner_adverbs")."""
        word = opinion[0]
        if len(opinion) > 1 or word.dep_ != "advmod" or not word.lower_.endswith("ly"):
            return False
        graded = any(c.dep_ == "advmod" and c.lower_ in self.manner_graders for c in word.children)
        passive = child(word.head, "auxpass") is not None  # the tagger reads 'marked' in 'was clearly marked' as JJ
        return word.i > word.head.i or graded or (passive and word.lower_ in self.manner_before_passives)

    def _ruled(self, opinion: Span) -> bool:
        """'The court ruled that member states may not grant exemptions', 'ruled that drivers are employees and must
        be paid holiday pay': a modal in what a court rules, or in a clause joined to it, or a 'must' under a law."""
        modal = _lone_modal(opinion)
        clause = modal.head if modal is not None else None
        if clause is not None and modal.lower_ == "must" and self._under_a_law(clause):
            return True
        while clause is not None and clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        return clause is not None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.ruling_verbs

    def _only_able(self, verb: Token) -> list[int] | None:
        """'The study could only show an association': the verb and its 'only', read here rather than by one more
        dependency pattern, which would slow the marker finder for a rare wording."""
        if verb.lemma_.lower() not in self.only_with_can:
            return None
        only = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "only"), None)
        able = any(c.dep_ == "aux" and c.lower_ in ABLE_OR_COULD for c in verb.children)
        return [verb.i, only.i] if only is not None and able else None

    def _too_little_to_tell(self, verb: Token) -> Span | None:
        """'too weak to rule out chance', 'did not follow the women long enough to show whether': from the
        'too' or the 'enough' to the verb (`markers.json` "too_little_to_tell")."""
        if verb.dep_ != "xcomp" or verb.lemma_.lower() not in self.too_little_verbs:
            return None
        grade = verb.head
        too = next((c for c in grade.children if c.dep_ == "advmod" and c.lower_ == "too"), None)
        enough = next((c for c in grade.children if c.dep_ == "advmod" and c.lower_ == "enough"), None)
        not_enough = enough is not None and child(grade.head, "neg") is not None
        if not (too is not None or not_enough) or grade.head.dep_ == "conj":
            return None  # a second clause ('the results were promising but the trial too small to say') trails
        return verb.doc[min(t.i for t in (too, enough) if t is not None) : verb.i + 1]

    def _under_a_law(self, verb: Token) -> bool:
        """'must allow rival app stores ... under a law passed by parliament'."""
        under = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"), None)
        return under is not None and any(c.lemma_.lower() in self.laws for c in under.children if c.dep_ == "pobj")

    def _caveat_structures(self, doc: Doc, found: dict[str, list[list[int]]]) -> list[Span]:
        negated = found["negated_check"] + [ids for ids in found["negated_subject"] if _negated(doc[ids[1]])]
        negated += [
            ids[:2] for key in ("negated_ability", "negated_in_general", "untested_claim") for ids in found[key]
        ]
        negated += [ids for t in doc if (ids := self._only_able(t)) is not None]
        spans = [_negated_check(doc[ids[0]], doc[ids[1]]) for ids in negated]
        spans += [s for t in doc if (s := self._too_little_to_tell(t)) is not None]
        spans += [doc[ids[0] : ids[1] + 1] for ids in found["rejection"] + found["refusal"] if ids[0] < ids[1]]
        spans += [doc[ids[1] + 1 : ids[0] + 1] for ids in found["rejected"] if ids[1] < ids[0]]
        spans += [doc[ids[1] : ids[0] + 1] for ids in found["missing_evidence"] if ids[1] < ids[0]]
        spans += [doc[min(ids) : max(ids) + 1] for ids in found["not_evidence"]]  # 'This is not evidence of life'
        spans += [doc[min(ids) : max(ids) + 1] for key in UNRECEIVED for ids in found[key]]
        refuted = (self.refutations.refutation(doc, *ids) for ids in found["refuted"])
        spans += [r for r in refuted if r is not None]
        spans += [doc[min(ids) : max(ids) + 1] for ids in found["refuted_misread"]]
        withheld = [doc[s:e] for _, s, e in self.withheld(doc)]
        withheld += [w for t in doc if (w := self._unsaid_by_any(t)) is not None]
        spans += [w for w in withheld if self._asks(doc, w.end) or self._withholds_thing(w)]
        spans += [u for _, s, e in self.investigated(doc) if (u := self._unsettled(doc[s:e])) is not None]
        unknown = (self._unsettled(doc[s:e], self.unknown_causes) for _, s, e in self.unknown(doc))
        return spans + [u for u in unknown if u is not None]

    def _unsettled(self, investigation: Span, subjects: set[str] | None = None) -> Span | None:
        """'The cause of the fire [is still under investigation]', not 'The landlord is under investigation';
        'The cause of the crash [was not immediately known]' (only of `subjects`, when given)."""
        root = investigation.root
        verb = root if root.pos_ in {"VERB", "AUX"} else root.head
        subject = child(verb, *SUBJECTS)
        unsettled = self.unsettled if subjects is None else subjects
        if subject is None or not {subject.lower_, subject.lemma_.lower()} & unsettled:
            return None
        return investigation.doc[min(verb.i, investigation.start) : investigation.end]

    def _unsaid_by_any(self, verb: Token) -> Span | None:
        """'Neither bank named', 'None of the airlines said': a withholding verb whose subject is parties (a
        pronoun or a person or organisation noun of sources.json) of which none speaks, from the subject to the verb."""
        if verb.lemma_.lower() not in self.unsaid_by_any:
            return None  # first: this runs on every token of the document
        subject = child(verb, "nsubj")
        if subject is None or not _negated(subject):
            return None
        if subject.pos_ != "PRON" and subject.lemma_.lower() not in self.parties:
            return None  # 'no data would identify a household': no party withholds
        return verb.doc[subject.left_edge.i : verb.i + 1]

    def _withholds_thing(self, withheld: Span) -> bool:
        """'He did not name the ship', 'has not published figures', 'did not give a figure': the object is what is
        withheld."""
        verb, lemma = withheld.root, withheld.root.lemma_.lower()
        thing = child(verb, "dobj")
        if thing is None:
            return False
        if lemma in self.information_verbs:  # 'give', 'provide': only a withheld piece of information counts
            return thing.lemma_.lower() in self.information_objects
        return lemma in self.thing_verbs

    def _asks(self, doc: Doc, end: int) -> bool:
        """'has not said which ...', 'did not say.', 'did not name them.': a question left open."""
        if end < len(doc) and doc[end].pos_ == "PRON" and doc[end].lower_ not in self.question_words:
            end += 1
        return end == len(doc) or doc[end].is_punct or doc[end].lower_ in self.question_words

    def _not_caveat(self, caveat: Span) -> bool:
        verb = caveat.root
        if argues_about(verb, self.topic_verbs, self.topic_prepositions):
            return True
        if verb.lemma_.lower() in self.checked_or_could_not:
            return not _checked_or_could_not(verb)
        if verb.lemma_.lower() not in self.rejecting:
            return False
        return says_nothing_of_a_claim(verb, self.refusing, self.refused) or self._disputes_a_place(verb)

    def _disputes_a_place(self, verb: Token) -> bool:
        """'The border has been disputed for more than a century': a place whose owner is contested, not a
        claim ('The findings have been disputed')."""
        subject = child(verb, "nsubjpass")
        return subject is not None and (subject.lemma_.lower() in self.contested_places or subject.ent_type_ in PLACES)


def _checked_or_could_not(verb: Token) -> bool:
    """'could not be checked', 'has not been independently checked', 'could not check the figures'."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.dep_ == "auxpass" or a.lower_ in ABLE_OR_COULD for a in auxiliaries)


def _phrase_matcher(nlp: Language, phrases: list[str], attr: str) -> PhraseMatcher:
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    matcher.add("marker", [nlp.make_doc(p) for p in phrases])
    return matcher


def _with_adverbs(phrases: list[str], adverbs: list[str]) -> list[str]:
    """The phrases, and each with an adverb after its 'not': 'has not officially claimed'. A phrase matcher of
    them all is several times faster than a token matcher with an optional adverb."""
    variants = [p.replace(" not ", f" not {adverb} ", 1) for p in phrases if " not " in p for adverb in adverbs]
    return phrases + variants


def _path(*nodes: tuple[str, dict]) -> list[dict]:
    """A DependencyMatcher pattern in which each named node is a child of the one before it."""
    (first, attrs), *rest = nodes
    pattern = [{"RIGHT_ID": first, "RIGHT_ATTRS": attrs}]
    for (parent, _), (name, child_attrs) in zip(nodes, rest, strict=False):
        pattern.append({"LEFT_ID": parent, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": child_attrs})
    return pattern


def _branches(head: tuple[str, dict], *children: tuple[str, dict]) -> list[dict]:
    """A DependencyMatcher pattern in which every named node after the first is a child of the first."""
    return _path(head) + [node for branch in children for node in _path(head, branch)[1:]]


def _negated_verb_patterns(verbs: dict[str, list[str]], only_with_can: list[str]) -> dict[str, list[dict]]:
    """'could not be verified', 'has not yet been independently replicated', 'No such study could be found',
    'Neither figure could be independently confirmed', 'Neither side's account could be checked', 'None of these
    accounts could be checked', 'cannot show that the drug caused it'."""
    lemmas = verbs["lemmas"]
    checking = ("verb", {"LEMMA": {"IN": lemmas + verbs["negated_subject_only"]}})
    subject = ("subject", {"DEP": {"IN": list(SUBJECTS)}})
    able = ("verb", {"LEMMA": {"IN": only_with_can}})
    can = ("can", {"DEP": "aux", "LOWER": {"IN": list(ABILITY)}})
    # 'does not show that ...', 'did not show that the changes harm health', 'could not show that the phones caused it'
    does = ("does", {"DEP": "aux", "LOWER": {"IN": ["does", "do", "did", "could"]}})
    clause = ("clause", {"DEP": "ccomp"})
    return {
        "negated_check": _path(("verb", {"LEMMA": {"IN": lemmas}}), NEGATION),
        "negated_ability": _branches(able, NEGATION, can),
        "negated_in_general": _branches(able, NEGATION, does, clause),
        "negated_subject": _path(checking, subject),  # read on by `_negated`: one pattern, not two, for speed
    }


def _negated(subject: Token) -> bool:
    """'No such study', 'Neither figure', 'Neither side's account' (a 'neither' on the subject's owner), and
    'None of these accounts' or 'Neither' alone."""
    if subject.lower_ in {"none", "neither"}:
        return True
    owners = [subject, *(c for c in subject.children if c.dep_ == "poss")]
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"} for o in owners for c in o.children)


def _untested_claim_patterns(verbs: list[str], claim_nouns: list[str]) -> dict[str, list[dict]]:
    """'That explanation has not been tested', 'The findings have not yet been reviewed by other scientists', 'could
    not yet test that idea': a claim, or evidence for one, that nobody has checked."""
    verb = ("verb", {"LEMMA": {"IN": verbs}})
    claim = ("claim", {"DEP": {"IN": [*SUBJECTS, "dobj"]}, "LOWER": {"IN": claim_nouns}})
    return {"untested_claim": _branches(verb, NEGATION, claim)}


def _negated_check(verb: Token, negation: Token) -> Span:
    """The whole verb group: 'could not be independently verified', 'No such study could be found'."""
    if negation.dep_ != "neg":
        return verb.doc[negation.left_edge.i : verb.i + 1]
    start = min([c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"} and c.i < verb.i], default=verb.i)
    return verb.doc[start : verb.i + 1]


def _rejection_patterns(verbs: list[str], claim_nouns: list[str]) -> dict[str, list[dict]]:
    """'The jury rejected that account', 'dismissed the report', 'The claim was rejected by the army': a claim
    turned down."""
    verb = ("verb", {"LEMMA": {"IN": verbs}})
    return {
        "rejection": _path(verb, ("claim", {"DEP": "dobj", "LOWER": {"IN": claim_nouns}})),
        "rejected": _path(verb, ("claim", {"DEP": "nsubjpass", "LOWER": {"IN": claim_nouns}})),
    }


def _refusal_patterns(withheld: dict[str, list[str]]) -> dict[str, list[dict]]:
    """'declined to comment', 'refused to give details', 'declined to elaborate'."""
    verb = ("verb", {"LEMMA": {"IN": withheld["refusing_verbs"]}})
    disclose = ("disclose", {"DEP": "xcomp", "LEMMA": {"IN": withheld["disclosure_verbs"]}})
    return {"refusal": _path(verb, disclose)}


def _unreceived_patterns(approaches: dict[str, list[str]]) -> dict[str, list[dict]]:
    """'had received no offer', 'no offer had been received', 'had not received any offer'."""
    verb = ("verb", {"LEMMA": {"IN": approaches["verbs"]}})
    nouns = {"LEMMA": {"IN": approaches["nouns"]}}
    return {
        "unreceived_object": _path(verb, ("approach", {"DEP": "dobj", **nouns}), NO),
        "unreceived_subject": _path(verb, ("approach", {"DEP": "nsubjpass", **nouns}), NO),
        "unreceived_negated": _branches(verb, NEGATION, ("approach", {"DEP": "dobj", **nouns})),
    }


def _open_question_patterns() -> dict[str, list[dict]]:
    """'Whether they will use them is another question': a question left open is a judgement."""
    clause = ("clause", {"DEP": "csubj"})
    return {"open_question": _path(("verb", {"DEP": "ROOT"}), clause, ("whether", {"LOWER": "whether"}))}


def _graded_adjective_patterns(intensifiers: list[str]) -> dict[str, list[dict]]:
    """'extremely difficult', 'deeply flawed': a degree word grading an adjective."""
    degree = ("degree", {"DEP": "advmod", "LOWER": {"IN": intensifiers}})
    return {"graded": _path(("adjective", {"POS": "ADJ"}), degree)}


def _grades(degree: Token) -> bool:
    """Not the 'so' that opens a clause after a comma ('..., so pasteurised milk is safe'), which gives a reason."""
    opens = degree.is_sent_start or degree.i == 0 or degree.nbor(-1).is_punct
    return not (degree.lower_ == "so" and opens)


def _names_an_event(opinion: Span) -> bool:
    """'the Morandi bridge disaster', 'the Grenfell tragedy': a name makes the word the event's name."""
    word = opinion[0]
    return (
        len(opinion) == 1
        and word.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in word.children)
    )


def _caps_a_figure(opinion: Span) -> bool:
    """'drivers could pay up to four times as much', 'could impose a ban of up to three years': a modal whose
    verb goes on to give a figure's ceiling states a range, a fact; not 'up to 150 millimetres of rain could
    fall', a forecast."""
    return any(_ceiling(t) for t in _said_after_modal(opinion))


def _obliges_to_a_figure(opinion: Span) -> bool:
    """'The council must approve the budget by June 30', 'the state must reduce emissions by at least 55
    percent', 'must pay 45,000 pounds in damages': an obligation with a number, a date's or an amount's, is
    a rule or a ruling, a fact; not 'The violence must stop' or 'must act before the winter', demands."""
    return opinion[0].lower_ == "must" and any(t.like_num for t in _said_after_modal(opinion))


def _in_a_question(opinion: Span) -> bool:
    """'Voters will decide whether primary schools should move to a four-day week': a modal in the question
    someone is to settle judges nothing."""
    modal = _lone_modal(opinion)
    return modal is not None and opened_by(modal.head, {"whether"})


def _lone_modal(opinion: Span) -> Token | None:
    """The modal an opinion marker is, when the marker is that one word ('could', 'must', 'may')."""
    return opinion[0] if len(opinion) == 1 and opinion[0].tag_ == "MD" else None


def _said_after_modal(opinion: Span) -> list[Token]:
    """The words of the modal's verb after it: 'could pay [up to four times as much]'; none for other markers."""
    modal = _lone_modal(opinion)
    return [t for t in modal.head.subtree if t.i > modal.i] if modal is not None else []


def _ceiling(word: Token) -> bool:
    """'up to 300 million', 'up to five days'."""
    doc = word.doc
    if word.lower_ != "up" or word.i + 2 >= len(doc) or doc[word.i + 1].lower_ != "to":
        return False
    return doc[word.i + 2].like_num


def _is_marker(span: Span, group: str) -> bool:
    """Drop one-word matches used otherwise: a name ('May'), a caveat word as noun ('a dispute'), an opinion word
    that is a verb doing something to an object ('damaging grain silos', 'threatening staff')."""
    if len(span) > 1:
        return True
    word = span[0]
    if group == "opinion" and word.tag_ == "VBG" and child(word, "dobj") is not None:
        return False
    return word.pos_ != "PROPN" and not (group == "caveats" and word.pos_ == "NOUN")


@Language.factory(
    "claimtrace_markers",
    default_config={"lexicons": None},
)
def make_marker_finder(nlp: Language, name: str, lexicons: str | None) -> MarkerFinder:
    """`lexicons`: a folder of your own lexicon files (see `claimtrace.lexicon`)."""
    register_extensions()
    return MarkerFinder(nlp, lexicons)
