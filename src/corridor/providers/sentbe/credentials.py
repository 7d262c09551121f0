"""Sentbe's credentials: the environment variables a remote verification reads them from, and
the simulator's defaults."""

from __future__ import annotations

PARTNER_ID = "SENTBE_PARTNER_ID"
ACCESS_ID = "SENTBE_ACCESS_ID"
SECRET_KEY = "SENTBE_SECRET_KEY"

# The docs' own sample values (_authentication.md, _authentication2.md), so that their
# encryption samples work against the simulator as written.
DEFAULT_PARTNER_ID = "1"
DEFAULT_ACCESS_ID = "test_id"
DEFAULT_SECRET_KEY = "test_pw"
