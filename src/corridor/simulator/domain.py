"""What every provider's domain code shares with the engine: the named-error base.

Domain modules hold business state and rules; they import neither Starlette nor the engine.
They refuse a request by raising a subclass of `DomainError`; the provider's dialect decides
which status, error code and body that refusal gets on the wire.
"""

from __future__ import annotations


class DomainError(Exception):
    """A business rule refused the request. `field` names the input it is about, if any."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
