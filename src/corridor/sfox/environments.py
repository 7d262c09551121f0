"""sFOX Connect base URLs.

No docs page describes environments. Production is the host of every sample; the staging host
appears only in the samples of an older Get EDD Requests page, so it is unconfirmed. Like every
corridor facade, `connect` uses the sandbox unless production is asked for.
"""

PRODUCTION_URL = "https://api.sfox.com"
SANDBOX_URL = "https://api.staging.sfox.com"  # unconfirmed: see the module docstring
