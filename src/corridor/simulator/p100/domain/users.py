"""End users: registration under the partner's externalUserId, and their identity verification.

A user is created with every balance waiting (no IBAN, no wallets). Identity is verified by
method A (the partner uploads documents) or method B (a P100-hosted session); either way the
attempt goes PENDING -> VERIFICATION -> SUCCESSFUL on the clock, unless the control API decides
it first. Once verified, Add User Verification generates the balances: the EUR balance becomes
ACTIVE with its virtual IBAN, and every crypto balance gets its wallet (older 'KYC by P100'
page: balances are generated at that step).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.p100 import reference
from corridor.simulator.p100.domain.errors import (
    InvalidInput,
    InvalidUser,
    KycNotFound,
    UserExists,
    UserNotVerified,
)
from corridor.simulator.p100.domain.identifiers import Identifiers
from corridor.simulator.p100.domain.ledger import Ledger, user_owner

HOSTED = "B"  # P100-hosted verification session
UPLOAD = "A"  # documents uploaded by the partner
REJECTED = "REJECTED_BY_PROVIDER"
DECISIONS = frozenset({"SUCCESSFUL", REJECTED})


@dataclass
class Kyc:
    method: str
    attempt: int  # numbers attempts, so a superseded attempt's scheduled steps do nothing
    verification_status: str = "NOT_VERIFIED"
    attempt_status: str = "PENDING"
    rejection_reason: str | None = None
    documents: int = 0


@dataclass(frozen=True)
class Profile:
    """What the partner registered about a user (Create User Account) that P100 shows or uses
    again: the user of a SEPA transfer, the KYC name a deposit's sender must match."""

    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    address: str | None = None
    street: str | None = None
    number: str | None = None
    city: str | None = None
    country: str | None = None
    document_type: str | None = None
    document_number: str | None = None
    pesel: str | None = None
    birth_country: str | None = None
    birth_date: str | None = None


@dataclass
class User:
    external_id: str
    user_id: str
    profile: Profile
    created_at: datetime
    reference: str  # the SEPA title deposits for this user must carry
    kyc: Kyc | None = None
    active: bool = False  # balances generated
    poa_documents: int = 0

    @property
    def owner(self) -> str:
        return user_owner(self.external_id)

    @property
    def name(self) -> str | None:
        """The KYC name a deposit's sender must match."""
        first, last = self.profile.first_name, self.profile.last_name
        if not (first and first.strip() and last and last.strip()):
            return None
        return f"{first.strip()} {last.strip()}"

    @property
    def verified(self) -> bool:
        return self.kyc is not None and self.kyc.verification_status == "VERIFIED"

    @property
    def country(self) -> str:
        return (self.profile.country or "").upper()


def same_name(one: str | None, other: str | None) -> bool:
    """Names as a bank matches them: case, spacing and Unicode forms aside."""
    if not one or not other:
        return False

    def folded(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return folded(one) == folded(other)


class KycNotifier(Protocol):
    def kyc_file_added(self, user: User, status: str) -> None: ...

    def kyc_status_changed(self, user: User) -> None: ...


class Users:
    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        new_id: Callable[[], str],
        identifiers: Identifiers,
        ledger: Ledger,
        notify: KycNotifier,
    ) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self._new_id = new_id
        self.identifiers = identifiers
        self.ledger = ledger
        self.notify = notify
        self._users: dict[str, User] = {}
        self._by_reference: dict[str, str] = {}

    def __iter__(self) -> Iterator[User]:
        return iter(self._users.values())

    def __len__(self) -> int:
        return len(self._users)

    def create(self, external_id: str, profile: Profile) -> tuple[User, bool]:
        """A new user, and whether proof of address would be needed for extended use."""
        if external_id in self._users:
            raise UserExists(f"a user with externalUserId {external_id!r} exists", "externalUserId")
        user = User(external_id, self._new_id(), profile, self.clock.now(), self._new_id())
        self._users[external_id] = user
        self._by_reference[user.reference] = external_id
        self.ledger.open(user.owner)
        return user, user.country in reference.POA_COUNTRIES

    def get(self, external_id: str) -> User:
        user = self._users.get(external_id)
        if user is None:
            raise InvalidUser(f"no user with externalUserId {external_id!r}", "externalUserId")
        return user

    def by_reference(self, title: str) -> User | None:
        external_id = self._by_reference.get(title.strip())
        return None if external_id is None else self._users[external_id]

    # ---- identity verification ----------------------------------------------------------

    def add_kyc_file(self, user: User) -> Kyc:
        """Method A: a document arrives; once handled, KYC File Added reports ADDED and the
        documents are reviewed."""
        kyc = user.kyc
        if kyc is None or kyc.attempt_status == REJECTED:
            kyc = self._new_attempt(user, UPLOAD)
        kyc.documents += 1
        attempt = kyc.attempt
        due = self._after(reference.KYC_FILE_HANDLING_SECONDS)
        self.scheduler.at(due, self._file_handled, user, attempt, due)
        return kyc

    def _file_handled(self, user: User, attempt: int, due: datetime) -> None:
        self.notify.kyc_file_added(user, "ADDED")
        current = user.kyc
        if current is not None and current.attempt == attempt and current.method == UPLOAD:
            self._review(user, attempt, due)  # from when it was handled, however late

    def start_hosted_verification(self, user: User) -> Kyc:
        """Method B: a verification session. A user verified already, or with an attempt in
        progress, keeps the current one; after a rejection a new attempt starts."""
        kyc = user.kyc
        if kyc is not None and kyc.attempt_status != REJECTED:
            return kyc
        kyc = self._new_attempt(user, HOSTED)
        self.notify.kyc_status_changed(user)
        self._review(user, kyc.attempt, self.clock.now())
        return kyc

    def kyc_status(self, user: User) -> Kyc:
        if user.kyc is None:
            raise KycNotFound(f"no KYC verification for {user.external_id!r}", "param")
        return user.kyc

    def decide(self, user: User, outcome: str, rejection_reason: str | None = None) -> Kyc:
        """The control API settles the current attempt now."""
        kyc = self.kyc_status(user)
        if kyc.attempt_status in DECISIONS:
            raise InvalidInput(f"the attempt is {kyc.attempt_status} already", "attemptStatus")
        if outcome not in DECISIONS:
            choices = ", ".join(sorted(DECISIONS))
            raise InvalidInput(f"attemptStatus must be one of {choices}", "attemptStatus")
        if outcome == REJECTED and not rejection_reason:
            rejection_reason = "NO_FACE_FOUND"  # the reason the docs' example gives
        self._settle(user, kyc, outcome, rejection_reason)
        return kyc

    def add_verification(self, user: User) -> None:
        """Add User Verification: the verified user's balances are generated (once)."""
        if not user.verified:
            raise UserNotVerified(
                f"{user.external_id!r} has not passed KYC verification", "externalUserId"
            )
        if user.active:
            return
        evm = self.identifiers.evm_address()
        for balance in self.ledger.balances(user.owner):
            if balance.fiat:
                balance.iban = self.identifiers.virtual_iban()
                balance.status = "ACTIVE"
                continue
            # one address serves every EVM token, as the partner balances example shows
            chain = reference.networks(balance.currency)[0].key
            evm_chain = chain in reference.EVM_NETWORKS
            balance.wallet = evm if evm_chain else self.identifiers.wallet(chain)
        user.active = True

    def add_poa_file(self, user: User) -> None:
        """Proof of address is suspended (Create User Account page): kept, never reviewed."""
        user.poa_documents += 1

    def _new_attempt(self, user: User, method: str) -> Kyc:
        previous = user.kyc
        kyc = Kyc(method, attempt=1 if previous is None else previous.attempt + 1)
        user.kyc = kyc
        return kyc

    def _review(self, user: User, attempt: int, start: datetime) -> None:
        review_start = timedelta(seconds=reference.KYC_REVIEW_START_SECONDS)
        self.scheduler.at(start + review_start, self._review_step, user, attempt, "VERIFICATION")
        review = timedelta(seconds=reference.KYC_REVIEW_SECONDS)
        self.scheduler.at(start + review, self._review_step, user, attempt, "SUCCESSFUL")

    def _review_step(self, user: User, attempt: int, status: str) -> None:
        """The review of `attempt` moves on, unless a decision or a newer attempt came first."""
        kyc = user.kyc
        if kyc is None or kyc.attempt != attempt or kyc.attempt_status in DECISIONS:
            return
        if status == "SUCCESSFUL":
            self._settle(user, kyc, status, None)
        else:
            kyc.attempt_status = status
            self._changed(user, kyc)

    def _settle(self, user: User, kyc: Kyc, outcome: str, rejection_reason: str | None) -> None:
        kyc.attempt_status = outcome
        kyc.rejection_reason = rejection_reason if outcome == REJECTED else None
        if outcome == "SUCCESSFUL":
            kyc.verification_status = "VERIFIED"
        self._changed(user, kyc)

    def _changed(self, user: User, kyc: Kyc) -> None:
        if kyc.method == HOSTED:  # the KYC Verification Status webhook pairs with method B
            self.notify.kyc_status_changed(user)

    def _after(self, seconds: int) -> datetime:
        return self.clock.now() + timedelta(seconds=seconds)
