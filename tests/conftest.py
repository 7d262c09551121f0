from __future__ import annotations

from typing import Any

import pytest

from corridor.providers import PROVIDERS
from corridor.spec import load_spec

PROVIDER_NAMES = [provider.name for provider in PROVIDERS]


@pytest.fixture(params=PROVIDER_NAMES)
def provider(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def spec(provider: str) -> dict[str, Any]:
    return load_spec(provider)
