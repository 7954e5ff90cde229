"""The local web app for editors and the HTTP API for newsroom tools (`claimtrace serve`)."""

DEFAULT_MAX_BYTES = 2_000_000
"""The largest request body the app accepts unless told otherwise."""
