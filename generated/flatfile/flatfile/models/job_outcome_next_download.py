from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobOutcomeNextDownload")


@plain_names({"type": "type_"})
@_attrs_define
class JobOutcomeNextDownload:
    """Download a file.

    Attributes:
        type_ (Literal['download']):  Default: 'download'.
        url (str):  Example: https://example.com/export.csv.
        label (str | Unset):
        file_name (str | Unset):
    """

    url: str
    type_: Literal["download"] = "download"
    label: str | Unset = UNSET
    file_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        url = self.url

        label = self.label

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['download']", decode.const(d.pop("type", decode.MISSING), "download", "type"))

        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        label = d.pop("label", UNSET)
        if type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label")

        file_name = d.pop("fileName", UNSET)
        if type(file_name) is not str and file_name is not UNSET:
            file_name = decode.expect(file_name, str, "fileName")

        job_outcome_next_download = cls.__new__(cls)
        job_outcome_next_download.type_ = type_
        job_outcome_next_download.url = url
        job_outcome_next_download.label = label
        job_outcome_next_download.file_name = file_name

        job_outcome_next_download.additional_properties = d if d else {}
        return job_outcome_next_download

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
