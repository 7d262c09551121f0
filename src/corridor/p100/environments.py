"""P100's base URLs (the Authentication page's environment table).

Staging and production use separate API keys; production also requires the calling IP address
to be whitelisted (a call from elsewhere is refused with "Access Denied. xo3").
"""

PRODUCTION_URL = "https://partner-api.p100.io"
SANDBOX_URL = "https://partner-api-stage.p100.io"  # the docs call it "staging"
