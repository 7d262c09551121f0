from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SubmitDocumentsRequest")


@_attrs_define
class SubmitDocumentsRequest:
    """Multipart form with the files and their document types.

    Attributes:
        user_id (str): The end user the documents belong to.
        files (list[File]): The documents - JPEG, PNG or PDF (jpg, jpeg, png, pdf).
        file_types (str): JSON object text mapping each file name, extension included and exactly as uploaded, to its
            document type - ID (government-issued identity document) or PoR (proof of residence), e.g.
            {"id_front.png":"ID"}.
        ddq_id (str | Unset): The EDD request form the upload belongs to.
    """

    user_id: str
    files: list[File]
    file_types: str
    ddq_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        file_types = self.file_types

        ddq_id = self.ddq_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "files": files,
                "file_types": file_types,
            }
        )
        if ddq_id is not UNSET:
            field_dict["ddq_id"] = ddq_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("user_id", (None, str(self.user_id).encode(), "text/plain")))

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        files.append(
            ("file_types", (None, str(self.file_types).encode(), "text/plain"))
        )

        if not isinstance(self.ddq_id, Unset):
            files.append(("ddq_id", (None, str(self.ddq_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        user_id = d.pop("user_id")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = File(payload=BytesIO(files_item_data))

            files.append(files_item)

        file_types = d.pop("file_types")

        ddq_id = d.pop("ddq_id", UNSET)

        submit_documents_request = cls(
            user_id=user_id,
            files=files,
            file_types=file_types,
            ddq_id=ddq_id,
        )

        submit_documents_request.additional_properties = d
        return submit_documents_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
