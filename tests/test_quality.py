"""Annotation quality on the corpus, per split (see corpus/README.md for the figures).

The rules were written while looking at `dev` errors; `test` is held out
(see corpus/README.md: the first 12 test articles' errors were read once, the six
in corpus/fresh were written before the rules they are scored against and
never read).
A bar not met is a strict xfail: it documents the shortfall and turns red the
day it passes, so that the bar is then asserted for real (issue 5's held-out
macro F1 bar was one until the eighteenth session).
"""

from __future__ import annotations

import pytest

import claimtrace
from claimtrace.evaluate import evaluate_corpus
from conftest import CORPUS


@pytest.fixture(scope="module")
def scores():
    return evaluate_corpus(CORPUS, claimtrace.annotate)


def test_corpus_size(scores):
    assert scores["all"].articles >= 25 and scores["all"].sentences >= 400
    assert scores["test"].sentences >= 200
    assert (scores["dev"].articles, scores["test"].articles) == (954, 24)


def test_dev_split_does_not_regress(scores):
    """Floors under today's dev figures (954 articles): a rule change that loses ground fails here.

    The macro F1 floor was 0.91 over 53 articles; the three long articles of dev batch 9 scored 0.67
    before tuning and took dev to 0.898, and the rules tuned on them to 0.901, so the floor is set anew
    on the larger dev set rather than kept on figures it no longer measures. Dev batch 20 (raw wire copy,
    scored 0.64 before any rule saw it) took dev from 0.898 over 99 articles to 0.891 over 104, and
    channel from 0.975 to 0.968; rules from it took dev to 0.895, dev batch 21 (0.63 unseen) to 0.887 over
    108, rules from both to 0.895, and dev batch 22 (0.75 unseen, written last) to 0.892 over 112; the
    session's last rules left it at 0.893. Dev batch 23 (0.90 unseen) kept it at 0.893 over 117, dev
    batch 24 (0.67 unseen) took it to 0.888 over 122, rules from it back to 0.893, dev batch 25 (0.76 unseen)
    to 0.891 over 127, rules from it to 0.895, dev batch 26 (0.82 unseen) to 0.892 over 132, rules from it
    to 0.895, dev batch 27 (0.78 unseen) to 0.891 over 137, rules from it to 0.893, dev batch 28 (0.89
    unseen, not tuned on) kept it at 0.893 over 142, dev batch 29 (0.85 unseen, not tuned on) took it to
    0.892 over 145, dev batch 30 (0.75 unseen) to 0.888 over 150, rules from it to 0.890, dev batch 31 (0.83
    unseen) kept it at 0.890 over 155, rules from it took it to 0.901, dev batch 32 (0.75 unseen) to 0.900
    over 160 (channel 0.968), rules from it to 0.902 (channel 0.974), dev batch 33 (0.85 unseen) to 0.901
    over 164, the quotation typography fix in two interviews back to 0.902, dev batch 34 (0.78 unseen, not
    tuned on) to 0.901 over 169, dev batch 35 (0.68 unseen, not tuned on) to 0.897 over 174, dev batch 36 (0.76
    unseen) to 0.894 over 179, and rules from it to 0.896. Dev batches 37 to 45 (45 articles, 0.61 to 0.84
    unseen, each tuned on after it was scored) left it at 0.894 over 224, and dev batch 46 (0.79 unseen, not
    tuned on) took it to 0.892 over 229. The wording model (claimtrace_wording), learnt from dev itself, took it
    to 0.938: a figure of its training data, not of new text (corpus/README.md has the held-out estimate).
    Dev batches 47 to 58 (60 articles, each scored by the rules and model of its day before any tuning: 0.68
    to 0.91 rules alone) and the rules from them left it at 0.933 over 289, channel at 0.956 (three new
    articles name a journal, an outlet or a statement inside a longer phrase; no older article lost its
    channel) and coreference at 0.973. Dev batches 59 to 73 (75 articles, 0.61 to 0.93 rules alone when
    added) took it to 0.929 over 364 and coreference to 0.968; on the 289 articles the floors were set on,
    the same code gives 0.935 and 0.973 (channel 0.961, named 0.964), so the floors for macro F1 and
    coreference are set anew on the larger set, under today's figures, as for batches 9 and 20. Dev batches
    74 to 89 (80 articles, 0.51 to 0.87 rules alone per batch when added) and the rules from them took it
    to 0.924 over 444 (channel 0.960, coreference 0.969); on the 364 articles of the last floors the same
    code gives 0.932 (was 0.929), channel 0.969 (0.961), coreference 0.969 (0.968), named 0.954 (0.953),
    so only the macro F1 floor is set anew, under today's figure. Dev batches 90 to 109 (100 articles, 0.55
    to 0.93 rules alone per batch when added) and the rules from them took it to 0.918 over 544 (named 0.949,
    coreference 0.965, channel 0.956); on the 444 articles of the last floors the same code gives 0.925 (was
    0.924), named 0.951 (0.951), coreference 0.969 (0.969), channel 0.964 (0.960), so nothing old was lost
    and the floors for macro F1, named and coreference are set anew, under today's figures. Dev batches 110 to
    125 (55 articles, 0.41 to 0.91 rules alone per batch when added) and the rules from them took it to 0.915
    over 599 (named 0.945, coreference 0.959, channel 0.960); on the 544 articles of the last floors the same
    code gives 0.917 (was 0.918; rules alone 0.867, was 0.864: the 0.001 is the wording model's, learnt from
    more articles), named 0.949 (0.949), coreference 0.965 (0.965), channel 0.956 (0.956), so only the
    coreference floor is set anew, under today's figure. Dev batches 126 to 133 (40 articles, 0.65 to 0.90
    rules alone per batch when added) and the rules from them took it to 0.920 over 639 (rules alone 0.868).
    The wording model's thresholds then moved from 0.25 and 0.7 to 0.2 and 0.8, chosen on the unseen batches
    whose rules are nearest today's (corpus/README.md); the model overrules less of its own training data, so
    dev fell to 0.909 while the rules alone stayed at 0.868. On the 599 articles of the last floors the same
    code gives 0.908 (rules alone 0.8675, 0.8653 with the session's starting code), named 0.945 (0.945),
    coreference 0.959 (0.959), channel 0.960 (0.960): the rules lost nothing, and the macro F1 floor is set
    under today's figure, as it measures the rules and the model's in-sample share together. Dev batches 134 to
    150 (85 articles, 0.55 to 0.93 rules alone per batch when added) and the rules from them, with the model
    retrained, left it at 0.909 over 724 (rules alone 0.868), named at 0.945; on the 639 articles of the last
    floors the same code gives 0.910 (0.909 with the session's starting code; rules alone 0.871 against
    0.868), named 0.946 (0.946), coreference 0.959 (0.959), channel 0.957 (0.957): nothing old was lost, and
    the named floor is set anew, under today's figure, for the new articles' named misses. Dev batches 151 to
    171 (103 articles, 0.53 to 0.98 rules and model of the day per batch when added) and the rules from them,
    with the model retrained, left it at 0.907 over 827 (rules alone 0.864), named at 0.944; on the 724
    articles of the last floors the same code gives 0.910 (0.909 with the session's starting code; rules alone
    0.868 against 0.868), named 0.946 (0.945), coreference 0.958 (0.956), channel 0.959 (0.959): nothing old
    was lost, and no floor moves. Dev batches 172 to 184 (64 articles, 0.64 to 0.96 rules of the day per
    batch when added) and the rules from them, with the model retrained, took it to 0.910 over 891 (rules alone
    0.867), named 0.946; on the 827 articles of the last floors the same code gives 0.909 (0.907 with the
    session's starting code; rules alone 0.867 against 0.864), named 0.945 (0.944), channel 0.958 (0.958),
    coreference 0.9576 (0.9577, one pair in some ten thousand): no floor moves. Dev batches 185 to 197 (63
    articles, 0.73 to 0.90 rules and model of the day per batch when added) and the rules from them, with the
    model retrained, left it at 0.910 over 954 (rules alone 0.866), named 0.950; on the 891 articles of the
    last floors the same code gives 0.9107 (0.9098 with the session's starting code; rules alone 0.8681 against
    0.8672), named 0.948 (0.946), channel 0.960 (0.960), coreference 0.9576 (0.9573): no floor moves.
    """
    dev = scores["dev"]
    assert dev.macro_f1 >= 0.905
    assert dev.source_accuracy >= 0.975 and dev.channel_accuracy >= 0.95
    assert dev.coreference_accuracy >= 0.955 and dev.named_accuracy >= 0.94


def test_held_out_sources_channels_and_coreference(scores):
    """Issue 5's bars for sources (0.85), channels (0.80) and coreference (0.80), on the held-out split."""
    assert scores["test"].source_accuracy >= 0.85
    assert scores["test"].channel_accuracy >= 0.80
    assert scores["test"].coreference_accuracy >= 0.80


def test_held_out_macro_f1_bar(scores):
    """Issue 5's macro F1 bar (0.85) on the held-out split: 0.857 since the eighteenth session (0.845 before)."""
    assert scores["test"].macro_f1 >= 0.85


def test_whole_corpus_bar(scores):
    """Issue 4's bar, over every article of the corpus."""
    assert scores["all"].macro_f1 >= 0.80
    assert scores["all"].source_accuracy >= 0.80
