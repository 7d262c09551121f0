"""Real P100 objects for a contract run, made through P100's own API and the control API.

End users (the documented Create User Account request under fresh externalUserIds), verified
and with their balances generated, funded by SEPA deposits in their own name (which whitelist
the sending IBANs) and by crypto; the partner funded the same way; rate locks for exchanges and
orders, orders, and SEPA transfers. Against a real service only what the API alone can make is
made (users, order locks, orders, transfers); its users stay unverified.
"""

from __future__ import annotations

import uuid

from corridor.providers.p100.currencies import CRYPTO
from corridor.providers.seeding import SeedContext, Seeds

USERS = 6
LOCKS = 8
PARTNER_FUNDING = {"eur": "1000000.00", "eth": "1000"}  # the documented exchange sells 10 eth
USER_FUNDING = {"eur": "100000.00", "btc": "10"}  # the documented withdrawal sends 0.005 BTC

SEPA = ["createPartnerSepaTransfer", "createUserSepaTransfer"]
BY_PATH = ["addKycFile", "addPoaFile", "getUserBalances", "listUserCards"]
BY_BODY = ["createKycVerification", "addUserVerification", "createUserSepaTransfer"]


def seed(context: SeedContext) -> Seeds:
    seeds = Seeds()
    # unique per run against a real service, whose users outlive the run
    run = "seed" if context.simulated else f"seed-{uuid.uuid4().hex[:8]}"
    call, control = context.call, context.control
    users = [f"{run}-user-{number}" for number in range(USERS)]
    for user in users:
        body = context.documented("createUserAccount", externalUserId=user)
        call("POST", "/v1/user/balances/crypto-and-fiat", json=body)
        call("POST", "/v1/kyc", json={"externalUserId": user})
    seeds.bind("path.externalUserId", users, operations=BY_PATH)
    seeds.bind("path.param", users, operations=["getKycStatus"])
    seeds.bind("body.externalUserId", users, operations=[*BY_BODY[:2], "createVirtualCard"])
    seeds.bind("body.externalUserId", users[:1], operations=["createUserSepaTransfer"])
    # most generated partner payouts carry an optional field Level 1 forbids (the receiver's),
    # so they get more examples than the rest
    seeds.more_examples(SEPA, factor=3)
    seeds.bind("body.sourceExternalUserId", users, operations=["createCryptoWithdrawal"])
    # a payout names its user by externalUserId or sourceExternalUserId (the spec: not both)
    seeds.bind("body.sourceExternalUserId", users[:1], operations=["createUserSepaTransfer"])
    seeds.bind("body.currency", ["eur"], operations=SEPA)
    seeds.bind("body.currency", ["BTC", "btc"], operations=["createCryptoWithdrawal"])
    seeds.bind("body.amount", [0.005], operations=["createCryptoWithdrawal"])
    seeds.bind("body.network", ["btc", "BTC"], operations=["createCryptoWithdrawal"])
    seeds.bind("body.amount", ["10.00", 25], operations=SEPA)
    seeds.bind("body.currency", CRYPTO, operations=["createOrderRateLock"])
    seeds.bind("body.amount", ["346.59"], operations=["createOrderRateLock"])

    partner_ibans = [call("GET", "/v1/partner/balances")["fiatBalances"][0]["iban"]]
    if control is not None:
        for user in users:
            control.act("kyc-decisions", externalUserId=user, attemptStatus="SUCCESSFUL")
            call("POST", "/v1/user/verification", json={"externalUserId": user})
        funded = [
            control.credit(currency, amount, owner=user)
            for user in users
            for currency, amount in USER_FUNDING.items()
        ]
        user_ibans = [d["senderIban"] for d in funded if "senderIban" in d]
        seeds.bind("body.destinationIban", user_ibans, operations=SEPA[1:])
        deposits = [control.credit(c, amount) for c, amount in PARTNER_FUNDING.items()]
        partner_ibans += [d["senderIban"] for d in deposits if "senderIban" in d]
        # locks holding the documented amount, so a request may leave the optional fields out
        locks = [
            control.act("exchange-locks", currencyFrom="eth", currencyTo="eur", amount=10)["lockId"]
            for _ in range(2 * LOCKS)
        ]
        seeds.bind("body.lockId", locks, operations=["createPartnerExchange"])
        seeds.bind("body.currencyFrom", ["eth"], operations=["createPartnerExchange"])
        seeds.bind("body.currencyTo", ["eur"], operations=["createPartnerExchange"])
        seeds.bind("body.amount", [10], operations=["createPartnerExchange"])
        control.act("card-module", suspended=False)  # else no card call can succeed
    seeds.bind("body.destinationIban", partner_ibans, operations=SEPA[:1])

    order_locks = [
        call("POST", "/v1/order/lock-rate", json=context.documented("createOrderRateLock"))
        for _ in range(2 * LOCKS)
    ]
    seeds.bind(
        "body.lockId", [lock["lockId"] for lock in order_locks[LOCKS:]], operations=["createOrder"]
    )
    orders = [
        call("POST", "/v1/order", json={"lockId": lock["lockId"]})["orderId"]
        for lock in order_locks[:LOCKS]
    ]
    seeds.bind("path.orderId", orders, operations=["getOrderDetails"])

    transfer = {
        "amount": "10.00",
        "currency": "eur",
        "destinationIban": partner_ibans[-1],
        "transferTitle": "Partner SEPA Transfer",
    }
    transfers = [call("POST", "/v1/partner/sepa-transfer", json=transfer) for _ in range(3)]
    ids = [answer["transferId"] for answer in transfers]
    seeds.bind("path.transferId", ids, operations=["getSepaTransferDetails"])
    return seeds
