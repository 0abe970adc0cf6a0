from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="AccountsUpdateCurrentBody")


@_attrs_define
class AccountsUpdateCurrentBody:
    """
    Attributes:
        default_app_id (str): App to open by default. Example: us_app_YOUR_ID.
    """

    default_app_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        default_app_id = self.default_app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultAppId": default_app_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_app_id = d.pop("defaultAppId", decode.MISSING)
        if type(default_app_id) is not str:
            default_app_id = decode.expect(default_app_id, str, "defaultAppId")

        accounts_update_current_body = cls.__new__(cls)
        accounts_update_current_body.default_app_id = default_app_id

        accounts_update_current_body.additional_properties = d if d else {}
        return accounts_update_current_body

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
