"""Real P100 objects for a contract run (filled in below)."""

from __future__ import annotations

from corridor.verification.seeds import SeedContext, Seeds


def seed(context: SeedContext) -> Seeds:
    return Seeds()
