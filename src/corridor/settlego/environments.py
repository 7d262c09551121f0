"""SettleGo's base URLs (the docs' "Environments" section)."""

PRODUCTION_URL = "https://api.settlego.com/api/v1"
SANDBOX_URL = "https://sandbox-api.settlego.com/api/v1"
