from enum import StrEnum


class CreateEndUserRequestAccountPurpose(StrEnum):
    ARBITRAGE_TRADING = "Arbitrage Trading"
    BUSINESS = "Business"
    BUYING_ONLY = "Buying only"
    CROSS_BORDER_PAYMENTS = "Cross Border Payments"
    INVESTING = "Investing"
    INVESTMENT_FUND = "Investment Fund"
    LIQUIDATING_CRYPTO_ASSETS = "Liquidating Crypto Assets"
    ONLINE_PAYMENTS = "Online payments"
    ONLINE_PURCHASES = "Online purchases"
    OPERATING = "Operating"
    OTHER = "Other"
    SELLING_ONLY = "Selling only"
    TRADING = "Trading"
    TREASURY_MANAGEMENT = "Treasury Management"

    def __str__(self) -> str:
        return str(self.value)
