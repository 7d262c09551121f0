"""SettleGo's credentials: the environment variables a remote verification reads them from, and
the simulator's defaults (the login the docs' sandbox examples use)."""

from __future__ import annotations

LOGIN_ID = "SETTLEGO_LOGIN_ID"
API_KEY = "SETTLEGO_API_KEY"

DEFAULT_LOGIN_ID = "sandbox-login"
DEFAULT_API_KEY = "sandbox-api-key"
