"""P100's credentials: the environment variable a remote verification reads the partner's API
key from, and the simulator's default key."""

from __future__ import annotations

API_KEY = "P100_API_KEY"

DEFAULT_API_KEY = "p100-sandbox-api-key"
