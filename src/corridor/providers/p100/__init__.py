"""P100 in the registry: its entry, beside its harness (`harness.py`: the API key, the facade's
client, the documented refusals) and its seeder (`seeds.py`)."""

from __future__ import annotations

from corridor.providers.entry import Provider
from corridor.providers.p100.credentials import API_KEY

PROVIDER = Provider(
    "p100",
    "P100 Partner API",
    harness_path="corridor.providers.p100.harness:HARNESS",
    simulator_path="corridor.simulator.p100:SIMULATOR",
    credentials=(API_KEY,),
)
