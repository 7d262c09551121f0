"""sFOX Connect in the registry: its entry, beside its harness (`harness.py`: the enterprise key
and a user token, the facade's enterprise and user clients, the documented refusals) and its
seeder (`seeds.py`)."""

from __future__ import annotations

from corridor.providers.entry import Provider
from corridor.providers.sfox.credentials import ENTERPRISE_API_KEY

PROVIDER = Provider(
    "sfox",
    "sFOX Connect",
    harness_path="corridor.providers.sfox.harness:HARNESS",
    simulator_path="corridor.simulator.sfox:SIMULATOR",
    credentials=(ENTERPRISE_API_KEY,),
    # docs/sfox/general/errors.md: REST calls are limited per IP to 250 requests per 10 s
    rate_limit="250/10s",
)
