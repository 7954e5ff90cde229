"""scripts/read_alone.py: dev sentences read alone against in their article."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import CORPUS


def test_a_sentence_read_alone_mostly_keeps_its_label():
    """On every 40th dev article (147 sentences, 2 differing today, 1 by the model); every sixth gives 20 of 905."""
    command = [sys.executable, "scripts/read_alone.py", "--every", "40"]
    run = subprocess.run(command, cwd=CORPUS.parent, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.fullmatch(
        r"(\d+) sentences: (\d+) take another label alone \(.*\), (\d+) by the wording model\n", run.stdout
    )
    assert found, run.stdout
    read, differ, by_model = map(int, found.groups())
    assert read > 50 and by_model <= differ < 0.1 * read
