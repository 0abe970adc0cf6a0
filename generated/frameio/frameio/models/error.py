from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_source import ErrorSource


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """One problem found while handling the request.

    Attributes:
        detail (str): What went wrong. Example: must be a valid UUID.
        source (ErrorSource | Unset):
        title (str | Unset): Short error category. Example: Invalid value.
    """

    detail: str
    source: ErrorSource | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = jsonable(self.source)

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detail = d.pop("detail", decode.MISSING)
        if type(detail) is not str:
            detail = decode.expect(detail, str, "detail")

        source = d.pop("source", UNSET)
        if source is not UNSET:
            source = decode.model(_models.ErrorSource.from_dict, source, "source")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title")

        error = cls.__new__(cls)
        error.detail = detail
        error.source = source
        error.title = title

        error.additional_properties = d if d else {}
        return error

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
