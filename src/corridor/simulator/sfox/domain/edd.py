"""Enhanced due diligence: the questionnaires sFOX asks end users to fill in, their answers,
and the documents uploaded for them.

sFOX opens an EDD request when it needs more about a user (in the simulator, through the
control API). The partner answers every required prompt of the user's questionnaire in one
call, or nothing is stored. File-Upload prompts are answered with a file name without its
extension, and the file itself is uploaded with Submit Documents: until every such file is
there the request is PARTIAL_SUBMISSION, then IN_REVIEW, and REVIEWED a day later.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from corridor.simulator.clock import Clock, Scheduler
from corridor.simulator.sfox import reference
from corridor.simulator.sfox.domain.errors import Unprocessable
from corridor.simulator.sfox.domain.users import EndUser
from corridor.simulator.store import Numbers, OwnedBy, Records
from corridor.simulator.wire import decode_json

REQUESTED = "REQUESTED"
PARTIAL_SUBMISSION = "PARTIAL_SUBMISSION"
IN_REVIEW = "IN_REVIEW"
REVIEWED = "REVIEWED"
OUTSTANDING = (REQUESTED, PARTIAL_SUBMISSION)
PARTNER = "partner"


@dataclass(frozen=True)
class Answer:
    response: str
    optional_free_form: str | None = None


@dataclass
class EddRequest:
    number: int
    user_id: str
    questionnaire: reference.Questionnaire
    added_at: datetime
    updated_at: datetime
    status: str = REQUESTED
    answers: dict[int, Answer] = field(default_factory=dict)
    awaited_files: set[str] = field(default_factory=set)  # File-Upload answers not uploaded yet

    @property
    def id(self) -> str:
        return str(self.number)


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a Submit Documents form, as the dialect read it."""

    name: str
    media_type: str | None
    size: int
    sha256: str


@dataclass(frozen=True)
class Document:
    id: str
    user_id: str
    name: str
    document_type: str  # ID or PoR
    size: int
    sha256: str
    uploaded_at: datetime
    ddq_id: int | None


class DueDiligence:
    def __init__(self, clock: Clock, scheduler: Scheduler) -> None:
        self.clock = clock
        self.scheduler = scheduler
        self.requests: Records[EddRequest] = Records(OwnedBy("user_id", always=[PARTNER]))
        self.documents: Records[Document] = Records(OwnedBy("user_id"))
        self._request_ids = Numbers(1)
        self._document_ids = Numbers(1)

    # ---- requests --------------------------------------------------------------------------

    def open(self, user: EndUser) -> EddRequest:
        """sFOX asks the user to fill in the questionnaire of its account type."""
        if self.outstanding(user) is not None:
            raise Unprocessable(f"User {user.id} already has an outstanding EDD request.")
        now = self.clock.now()
        questionnaire = reference.QUESTIONNAIRES[user.registration.account_type]
        request = EddRequest(next(self._request_ids), user.id, questionnaire, now, now)
        return self.requests.add(request)

    def outstanding(self, user: EndUser) -> EddRequest | None:
        for request in self.requests.of([user.id]):
            if request.status in OUTSTANDING:
                return request
        return None

    def listed(self, user_id: str | None) -> Iterator[EddRequest]:
        return self.requests.of([PARTNER if user_id is None else user_id])

    # ---- answers -----------------------------------------------------------------------------

    def answer(self, user: EndUser, prompts: dict[str, Answer]) -> EddRequest:
        """Store every answer, or none when one is wrong or a required prompt is missing."""
        request = self.outstanding(user)
        if request is None:
            raise Unprocessable(f"User {user.id} has no outstanding EDD request.", "user_id")
        questionnaire = request.questionnaire
        known = {prompt.prompt_id: prompt for prompt in questionnaire.prompts}
        answers: dict[int, Answer] = {}
        for key, answer in prompts.items():
            prompt = known.get(int(key)) if _small_number(key) else None
            if prompt is None:
                shown = key if len(key) <= 20 else key[:20] + "..."
                raise Unprocessable(
                    f"prompt {shown} is not part of {questionnaire.form}", "prompts"
                )
            if prompt.options and answer.response not in prompt.options:
                choices = ", ".join(prompt.options)
                raise Unprocessable(
                    f"prompt {key} must be answered with one of: {choices}", "prompts"
                )
            if answer.optional_free_form is not None and not prompt.optional_free_form:
                raise Unprocessable(f"prompt {key} takes no optional_free_form", "prompts")
            answers[prompt.prompt_id] = answer
        missing = [
            str(prompt.prompt_id)
            for prompt in questionnaire.prompts
            if prompt.required and not answers.get(prompt.prompt_id, Answer("")).response.strip()
        ]
        if missing:
            raise Unprocessable(
                "Every required prompt must be answered; missing: " + ", ".join(missing),
                "prompts",
            )
        uploads = {
            answers[prompt.prompt_id].response
            for prompt in questionnaire.prompts
            if prompt.response_type == "File-Upload" and prompt.prompt_id in answers
        }
        request.answers = answers
        request.awaited_files = uploads - self._uploaded_stems(user.id)
        self._advance(request)
        return request

    # ---- documents -----------------------------------------------------------------------------

    def upload(
        self,
        user: EndUser,
        files: list[UploadedFile],
        file_types: str,
        ddq_id: str | None,
    ) -> list[Document]:
        """Store the files, each typed by `file_types` (JSON: file name -> ID or PoR)."""
        types = _file_types(file_types)
        names = [uploaded.name for uploaded in files]
        if len(set(names)) != len(names):
            raise Unprocessable("each file must have its own name", "files")
        if set(names) != set(types):
            raise Unprocessable(
                "file_types must name every uploaded file, extension included, and nothing else",
                "file_types",
            )
        questionnaire_id = _questionnaire_id(ddq_id)
        for uploaded in files:
            _check_file(uploaded)
        now = self.clock.now()
        stored = [
            self.documents.add(
                Document(
                    id=str(next(self._document_ids)),
                    user_id=user.id,
                    name=uploaded.name,
                    document_type=types[uploaded.name],
                    size=uploaded.size,
                    sha256=uploaded.sha256,
                    uploaded_at=now,
                    ddq_id=questionnaire_id,
                )
            )
            for uploaded in files
        ]
        request = self.outstanding(user)
        if request is not None and request.status == PARTIAL_SUBMISSION:
            request.awaited_files -= self._uploaded_stems(user.id)
            self._advance(request)
        return stored

    def _uploaded_stems(self, user_id: str) -> set[str]:
        return {document.name.rsplit(".", 1)[0] for document in self.documents.of([user_id])}

    def _advance(self, request: EddRequest) -> None:
        request.updated_at = self.clock.now()
        if request.awaited_files:
            request.status = PARTIAL_SUBMISSION
            return
        request.status = IN_REVIEW
        self.scheduler.at(self.clock.now() + reference.EDD_REVIEW, self._reviewed, request)

    def _reviewed(self, request: EddRequest) -> None:
        if request.status == IN_REVIEW:
            request.status = REVIEWED
            request.updated_at = self.clock.now()


def _file_types(text: str) -> dict[str, str]:
    try:
        types = decode_json(text.encode("utf-8", errors="surrogatepass"))
    except ValueError:  # not JSON, nested beyond reason, or not Unicode text
        types = None
    if not isinstance(types, dict) or not all(
        isinstance(kind, str) and kind in reference.DOCUMENT_TYPES for kind in types.values()
    ):
        raise Unprocessable(
            'file_types must be a JSON object mapping each file name to "ID" or "PoR"',
            "file_types",
        )
    return {str(name): str(kind) for name, kind in types.items()}


def _questionnaire_id(ddq_id: str | None) -> int | None:
    if ddq_id is None:
        return None
    if not _small_number(ddq_id) or int(ddq_id) not in reference.QUESTIONNAIRES_BY_ID:
        known = ", ".join(str(number) for number in reference.QUESTIONNAIRES_BY_ID)
        raise Unprocessable(f"ddq_id must name an EDD questionnaire ({known})", "ddq_id")
    return int(ddq_id)


def _check_file(uploaded: UploadedFile) -> None:
    """A JPEG, PNG or PDF: by its media type, or by its extension when it came without a
    telling one."""
    media_type = (uploaded.media_type or "").split(";", 1)[0].strip().lower()
    if media_type in ("", "application/octet-stream"):
        extension = uploaded.name.rsplit(".", 1)[-1].lower() if "." in uploaded.name else ""
        if extension not in reference.DOCUMENT_EXTENSIONS:
            allowed = ", ".join(reference.DOCUMENT_EXTENSIONS)
            raise Unprocessable(f"{uploaded.name}: the file must be one of {allowed}", "files")
    elif media_type not in reference.DOCUMENT_MEDIA_TYPES:
        allowed = ", ".join(reference.DOCUMENT_MEDIA_TYPES)
        raise Unprocessable(f"{uploaded.name}: the file must be sent as {allowed}", "files")
    if uploaded.size > reference.MAX_DOCUMENT_BYTES:
        raise Unprocessable(f"{uploaded.name}: files are limited to 10MB each", "files")


def _small_number(text: str) -> bool:
    """ASCII digits short enough to be an id (int() refuses thousands of digits)."""
    return text.isascii() and text.isdigit() and len(text) <= 9
