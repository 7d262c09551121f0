"""The crypto currencies P100's docs list (Get Network Fee's list), lower case as its requests
take them: the seeder binds them, the simulator accepts them."""

from __future__ import annotations

from typing import Final

CRYPTO: Final = ("btc", "doge", "eth", "eurt", "ltc", "pol", "usdc", "usdt")
