"""SettleGo in the registry: its entry, beside its harness (`harness.py`: login, the facade's
client, the Schemathesis CLI's login) and its seeder (`seeds.py`)."""

from __future__ import annotations

from corridor.providers.entry import Provider
from corridor.providers.settlego.credentials import API_KEY, LOGIN_ID

PROVIDER = Provider(
    "settlego",
    "SettleGo",
    harness_path="corridor.providers.settlego.harness:HARNESS",
    simulator_path="corridor.simulator.settlego:SIMULATOR",
    credentials=(LOGIN_ID, API_KEY),
)
