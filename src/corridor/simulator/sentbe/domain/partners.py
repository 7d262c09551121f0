"""Partners: who may call, found by PARTNER-ID and proven by KEY (their access_id).

Each partner's secret_key decrypts its SIGNATUREs; the status callbacks carry its access_id as
their token.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass

from corridor.simulator.sentbe.domain.errors import MissingHeader, NotAuthenticated


@dataclass(frozen=True)
class Partner:
    partner_id: str
    access_id: str
    secret_key: str

    @property
    def id(self) -> str:
        return self.partner_id

    def __repr__(self) -> str:  # access_id and secret_key are secrets
        return f"Partner(partner_id={self.partner_id!r})"


class Partners:
    def __init__(self) -> None:
        self._by_id: dict[str, Partner] = {}

    def add(self, partner_id: str, access_id: str, secret_key: str) -> Partner:
        for name, value in (
            ("partner_id", partner_id),
            ("access_id", access_id),
            ("secret_key", secret_key),
        ):
            if not value:
                raise ValueError(f"a partner needs a non-empty {name}")
        if partner_id in self._by_id:
            raise ValueError(f"partner {partner_id!r} exists already")
        partner = Partner(partner_id, access_id, secret_key)
        self._by_id[partner_id] = partner
        return partner

    def get(self, partner_id: str) -> Partner | None:
        return self._by_id.get(partner_id)

    def __iter__(self) -> Iterator[Partner]:
        return iter(self._by_id.values())

    def authenticate(self, partner_id: str | None, access_id: str | None) -> Partner:
        """The partner whose access_id `access_id` is; the same refusal for an unknown partner
        and a wrong key, so neither tells which partner ids exist."""
        if not partner_id or not access_id:
            missing = " and ".join(
                name
                for name, value in (("PARTNER-ID", partner_id), ("KEY", access_id))
                if not value
            )
            headers = "headers are" if " and " in missing else "header is"
            raise MissingHeader(f"the {missing} {headers} required", missing)
        partner = self._by_id.get(partner_id)
        expected = partner.access_id if partner is not None else ""
        # bytes: compare_digest refuses str holding non-ASCII, which a header may carry
        matches = hmac.compare_digest(expected.encode(), access_id.encode())
        if partner is None or not matches:
            raise NotAuthenticated("PARTNER-ID and KEY do not name a partner and its access_id")
        return partner
