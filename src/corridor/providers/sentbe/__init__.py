"""Sentbe in the registry: its entry, beside its harness (`harness.py`: the partner's headers, one
signed call to check the credentials, the facade's client), its request signer (`signing.py`)
and its seeder (`seeds.py`)."""

from __future__ import annotations

from corridor.providers.entry import Provider
from corridor.providers.sentbe.credentials import ACCESS_ID, PARTNER_ID, SECRET_KEY

PROVIDER = Provider(
    "sentbe",
    "Sentbe",
    harness_path="corridor.providers.sentbe.harness:HARNESS",
    simulator_path="corridor.simulator.sentbe:SIMULATOR",
    credentials=(PARTNER_ID, ACCESS_ID, SECRET_KEY),
    public_credentials=(PARTNER_ID,),  # access_id and secret_key are the secrets
)
