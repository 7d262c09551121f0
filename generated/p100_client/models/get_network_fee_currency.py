from enum import StrEnum


class GetNetworkFeeCurrency(StrEnum):
    BTC = "btc"
    DOGE = "doge"
    ETH = "eth"
    EURT = "eurt"
    LTC = "ltc"
    POL = "pol"
    USDC = "usdc"
    USDT = "usdt"

    def __str__(self) -> str:
        return str(self.value)
