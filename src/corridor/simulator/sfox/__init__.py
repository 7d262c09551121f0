"""The sFOX Connect simulator: dialect, domain and handlers, assembled for the engine.

    from corridor.simulator import simulate
    simulator = simulate("sfox", strict=True)
    simulator.provider.backend.users      # the partner's end users

Options (`simulate("sfox", ...)`): `api_key` (the enterprise key it accepts),
`transfer_permissions` (the transfer types sFOX enabled, default PAYMENT and PAYOUT),
`monetization_permissions` ((feature name, method name) pairs) and `may_delete_settings`; the
engine's own (`rate_limit=True` for sFOX's 250 requests per 10 s, `faults`, `clock`, `seed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from corridor.providers.sfox.credentials import DEFAULT_ENTERPRISE_API_KEY
from corridor.simulator.definition import ControlAction, Handler, Services, SimulatorDefinition
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.actions import actions
from corridor.simulator.sfox.dialect import SFoxDialect
from corridor.simulator.sfox.domain.backend import Backend
from corridor.simulator.sfox.domain.transfers import PAYMENT, PAYOUT
from corridor.simulator.sfox.handlers import handlers
from corridor.simulator.sfox.invariants import broken_invariants
from corridor.spec import load_spec


@dataclass
class SFoxSimulator:
    backend: Backend
    dialect: SFoxDialect
    handlers: Mapping[str, Handler]

    def credit(
        self, currency: str, amount: Decimal, owner: str | None, sender: str | None
    ) -> dict[str, Any]:
        """Money arrives on the master account (no owner) or an end user's (owner = user_id),
        by wire, or by ACH with sender "ach"."""
        deposit = self.backend.deposit(owner, currency, amount, sender or "wire")
        return {
            "owner": owner,
            "currency": deposit.currency,
            "amount": str(deposit.amount),
            "atx_id": deposit.atx_id,
            "via": deposit.via,
        }

    def broken_invariants(self) -> list[str]:
        return broken_invariants(self.backend)

    def inbox(self, recipient: str | None) -> list[dict[str, Any]]:
        return [message.to_json() for message in self.backend.inbox.of(recipient)]

    def control_actions(self) -> Mapping[str, ControlAction]:
        return actions(self.backend)


def build(
    services: Services,
    *,
    api_key: str = DEFAULT_ENTERPRISE_API_KEY,
    transfer_permissions: Iterable[str] = (PAYMENT, PAYOUT),
    monetization_permissions: Iterable[tuple[str, str]] = (
        reference.DEFAULT_MONETIZATION_PERMISSIONS
    ),
    may_delete_settings: bool = True,
    **_: Any,
) -> SFoxSimulator:
    backend = Backend(
        services.clock,
        services.scheduler,
        services.ids.uuid,
        services.ids.random,
        api_key=api_key,
        transfer_permissions=transfer_permissions,
        monetization_permissions=monetization_permissions,
        may_delete_settings=may_delete_settings,
    )
    dialect = SFoxDialect(backend, load_spec("sfox"))
    return SFoxSimulator(backend, dialect, handlers.bind(backend))


SIMULATOR = SimulatorDefinition(spec="sfox", build=build)

__all__ = ["DEFAULT_ENTERPRISE_API_KEY", "SIMULATOR", "Backend", "SFoxSimulator"]
