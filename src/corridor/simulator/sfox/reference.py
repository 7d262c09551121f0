"""Reference data of the simulated sFOX Connect: what the docs give, and what the simulator
chooses where they are silent (each choice is listed in docs/simulators/sfox.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

# ---- currencies ---------------------------------------------------------------------------

# The docs name usd, eth and btc in their examples and give no list; the simulator supports
# these, with the number of decimal places an amount may carry. Any other currency is
# "restricted for partner or end user".
CURRENCY_PLACES: dict[str, int] = {
    "usd": 2,
    "usdc": 6,
    "usdt": 6,
    "btc": 8,
    "eth": 8,
    "ltc": 8,
    "bch": 8,
    "sol": 8,
}

# ---- timings and limits the docs leave open -----------------------------------------------

USER_TOKEN_LIFETIME = timedelta(hours=24)  # documented
CODE_LIFETIME = timedelta(minutes=15)  # verification, transfer and withdrawal codes
MAX_BANK_VERIFICATION_ATTEMPTS = 3  # the docs say there is a maximum, not what it is
WITHDRAWAL_PROCESSING = timedelta(minutes=30)  # from confirmation to funds leaving
TRANSFER_SETTLEMENT = timedelta(seconds=60)  # from completion to settled account transactions
EDD_REVIEW = timedelta(hours=24)  # from a complete submission to REVIEWED
TRANSFER_HISTORY_DEFAULT_MONTHS = 3  # documented: without a period, the last three months
TRANSFER_HISTORY_LIMIT = 25_000  # documented
MONETIZATION_HISTORY_LIMIT = 50_000  # documented
# The newest docs give a $500,000 weekly ACH cap, an older copy $5,000.00.
WEEKLY_ACH_DEPOSIT_LIMIT = Decimal("500000")

# Account-transaction status codes. The docs show 1127 on a just-created transfer, 1200 on
# completed ones in the history, 1100 on a withdrawal waiting for its code and 1160 on a
# confirmed one; they do not define the codes. The simulator uses them so.
ATX_PENDING = 1127
ATX_DONE = 1200
WITHDRAWAL_AWAITING_CODE = 1100
WITHDRAWAL_CONFIRMED = 1160
WITHDRAWAL_DONE = 1200
WITHDRAWAL_CANCELED = 1300

# ---- the partner's wire deposit instructions (Get Wire Instructions' example) ------------

WIRE_INSTRUCTIONS: dict[str, str] = {
    "bank_name": "MVB Bank",
    "bank_address": "301 Virginia Avenue Fairmont, West Virginia 26554",
    "beneficiary_name": "sFOX",
    "beneficiary_address": "400 Continental Blvd, 6th Floor, El Segundo, CA 90245",
    "bank_routing_number": "51504597",
    "bank_routing_swift": "PNCCUS33",
    "bank_account_number": "136379",
}

# ---- monetization ---------------------------------------------------------------------------

FEATURE_NAMES: dict[str, str] = {
    "RFQ": "Request for Quote",
    "SPOT_TRADE": "Spot Trading",
    "WITHDRAW": "Withdraw",
}
METHOD_NAMES: dict[str, str] = {
    "FEE_RATE": "Fee Rate",
    "FEE_FLAT": "Flat Fee",
    "SPREAD_ADJUSTMENT": "Spread Adjustment",
}
# Get Permissions' example: the pairs a partner may monetize, by name.
DEFAULT_MONETIZATION_PERMISSIONS: tuple[tuple[str, str], ...] = (
    ("Custody", "Flat Fee"),
    ("Margin", "Fee Rate"),
    ("Post-Trade Settlement", "Fee Rate"),
    ("Request for Quote", "Fee Rate"),
    ("Request for Quote", "Spread Adjustment"),
    ("Spot Trading", "Fee Rate"),
    ("Staking", "Fee Rate"),
    ("Withdraw", "Flat Fee"),
)

# ---- enhanced due diligence -----------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    prompt_id: int
    text: str
    response_type: str  # Free-Form, Single-Select or File-Upload
    required: bool = True
    options: tuple[str, ...] = ()
    optional_free_form: bool = False


@dataclass(frozen=True)
class Questionnaire:
    ddq_id: int
    form: str  # required_form: "EDDQ - Individual" or "EDDQ - Business"
    account_type: str
    prompts: tuple[Prompt, ...]


YES_NO = ("Yes", "No")

# The prompt ids are those the Create EDD Responses examples answer (individual 1-5, 52, 53;
# business 6-44, where the example skips 11 and 18, taken here as optional). The docs give no
# prompt texts; these are the simulator's own.
INDIVIDUAL_EDDQ = Questionnaire(
    1,
    "EDDQ - Individual",
    "individual",
    (
        Prompt(1, "What is your occupation?", "Free-Form"),
        Prompt(2, "Who is your employer?", "Free-Form"),
        Prompt(3, "What is the source of the funds you will deposit?", "Free-Form"),
        Prompt(4, "How do you expect to use your account?", "Free-Form", optional_free_form=True),
        Prompt(5, "How much do you expect to deposit each month?", "Free-Form"),
        Prompt(52, "Upload a government-issued identity document.", "File-Upload"),
        Prompt(53, "Upload a proof of residence.", "File-Upload"),
    ),
)

_BUSINESS_FREE_FORM = {
    6: "Describe the business and its main activity.",
    7: "In which countries does the business operate?",
    9: "Who are the business's main customers?",
    10: "Who are the business's main suppliers?",
    11: "Anything else sFOX should know about the business?",
    12: "What is the expected monthly volume through the account?",
    13: "What is the source of the business's funds?",
    14: "Which bank accounts will fund the account?",
    15: "Who is authorised to instruct the account?",
    16: "What is the business's website?",
    17: "How many employees does the business have?",
    18: "Any further comments?",
    25: "Describe the business's compliance programme.",
    26: "Describe the business's customer due diligence.",
}
_BUSINESS_YES_NO = (19, 20, 21, 22, 23, 24, *range(27, 45))

BUSINESS_EDDQ = Questionnaire(
    2,
    "EDDQ - Business",
    "corporation",
    tuple(
        sorted(
            [
                *(
                    Prompt(number, text, "Free-Form", required=number not in (11, 18))
                    for number, text in _BUSINESS_FREE_FORM.items()
                ),
                Prompt(
                    8,
                    "What is the business's main activity in virtual currency?",
                    "Single-Select",
                    options=(
                        "Custody of Virtual Currency",
                        "Trading of Virtual Currency",
                        "Payments in Virtual Currency",
                        "Others",
                    ),
                    optional_free_form=True,
                ),
                *(
                    Prompt(
                        number,
                        f"Compliance question {number}: does the business meet it?",
                        "Single-Select",
                        options=YES_NO,
                        optional_free_form=number == 21,
                    )
                    for number in _BUSINESS_YES_NO
                ),
            ],
            key=lambda prompt: prompt.prompt_id,
        )
    ),
)

QUESTIONNAIRES: dict[str, Questionnaire] = {
    "individual": INDIVIDUAL_EDDQ,
    "corporation": BUSINESS_EDDQ,
}
QUESTIONNAIRES_BY_ID: dict[int, Questionnaire] = {q.ddq_id: q for q in QUESTIONNAIRES.values()}

# ---- documents --------------------------------------------------------------------------------

DOCUMENT_TYPES = ("ID", "PoR")
DOCUMENT_EXTENSIONS = ("jpg", "jpeg", "png", "pdf")
DOCUMENT_MEDIA_TYPES = ("image/jpeg", "image/png", "application/pdf")
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024  # some docs versions give 10MB per file
