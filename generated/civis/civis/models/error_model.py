from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="Error")


@_attrs_define(slots=False)
class Error(ResponseMetadata):
    """Body sent with every 4xx/5xx response.

    Attributes:
        error (str): Machine-readable error kind. Example: not_found.
        error_description (str): Human-readable explanation. Example: The requested resource could not be found..
        code (int): HTTP status repeated in the body. Example: 404.
    """

    error: str
    error_description: str
    code: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "errorDescription": error_description,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", decode.MISSING)
        if type(error) is not str:
            error = decode.expect(error, str, "error")

        error_description = d.pop("errorDescription", decode.MISSING)
        if type(error_description) is not str:
            error_description = decode.expect(error_description, str, "errorDescription")

        code = d.pop("code", decode.MISSING)
        if type(code) is not int:
            code = decode.expect(code, int, "code")

        error_model = cls.__new__(cls)
        error_model.error = error
        error_model.error_description = error_description
        error_model.code = code

        error_model.additional_properties = d if d else {}
        return error_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
