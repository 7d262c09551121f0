"""sFOX Connect's credentials: the environment variable a remote verification reads the
enterprise key from, the simulator's default key, and the spec's two security schemes (the
enterprise key, and the token of one end user)."""

from __future__ import annotations

ENTERPRISE_API_KEY = "SFOX_ENTERPRISE_API_KEY"

DEFAULT_ENTERPRISE_API_KEY = "sfox-simulator-enterprise-key"

ENTERPRISE = "enterpriseToken"
USER = "userToken"
