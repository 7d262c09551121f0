"""What every facade shares: retries, idempotent creates, pagination, per-call options, money.

Nothing here names a provider: each facade describes its provider (error family, operation
rules, lookups) and the kit does the rest the same way for all four.
"""
