"""scripts/unseen_batches.py: a dev batch scored by the code of the commit that added it, which never saw it."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import CORPUS

ROOT = CORPUS.parent


def test_the_newest_batch_is_scored_by_the_code_that_never_saw_it():
    """Today's wording features run inside an old commit's tree: this fails when they need something it lacks."""
    if not (ROOT / ".git").exists():
        pytest.skip("needs the project's git history")
    command = [sys.executable, "scripts/unseen_batches.py", "--first", "197"]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    assert re.search(r"^batch 197: 4 articles, rules 0\.\d{3}, with the model 0\.\d{3}$", run.stdout, re.M)
    assert re.search(r"^\d+ sentences: rules of the day 0\.\d{3}, with the model 0\.\d{3}$", run.stdout, re.M)
