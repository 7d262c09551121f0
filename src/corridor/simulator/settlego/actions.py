"""SettleGo's control actions: none. What its tests make happen outside the API, money arriving
in a currency account, is the control API's deposit (`POST /_simulator/deposits`); its payments
and conversions move on the clock alone."""

from __future__ import annotations

from corridor.simulator.definition import ControlAction
from corridor.simulator.settlego.domain.backend import Backend


def actions(backend: Backend) -> dict[str, ControlAction]:
    """Each action by name, with what it does and the fields it takes: SettleGo has none."""
    return {}
