"""The errors claimtrace reports to a person: one line each, with a documented exit code."""

from __future__ import annotations


class ClaimtraceError(Exception):
    """An error whose message is fit to show as it is; `exit_code` is what the CLI returns."""

    exit_code = 1


class ModelNotFoundError(ClaimtraceError):
    exit_code = 3


class InputError(ClaimtraceError):
    exit_code = 2


class OutputError(ClaimtraceError):
    exit_code = 4


def location(parts: tuple[str | int, ...]) -> str:
    """'sentences.3.attributions.0' for pydantic's error location ('sentences', 3, 'attributions', 0)."""
    return ".".join(str(part) for part in parts) or "the top level"
