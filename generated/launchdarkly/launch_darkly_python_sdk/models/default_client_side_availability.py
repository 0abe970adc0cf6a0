from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr

T = TypeVar("T", bound="DefaultClientSideAvailability")


@_attrs_define
class DefaultClientSideAvailability:
    """
    Attributes:
        using_mobile_key (bool):
        using_environment_id (bool):
    """

    using_mobile_key: bool
    using_environment_id: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        using_mobile_key = self.using_mobile_key

        using_environment_id = self.using_environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usingMobileKey": using_mobile_key,
                "usingEnvironmentId": using_environment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        using_mobile_key = d.pop("usingMobileKey", decode.MISSING)
        if type(using_mobile_key) is not bool:
            using_mobile_key = decode.expect(using_mobile_key, bool, "usingMobileKey")

        using_environment_id = d.pop("usingEnvironmentId", decode.MISSING)
        if type(using_environment_id) is not bool:
            using_environment_id = decode.expect(using_environment_id, bool, "usingEnvironmentId")

        default_client_side_availability = cls.__new__(cls)
        default_client_side_availability.using_mobile_key = using_mobile_key
        default_client_side_availability.using_environment_id = using_environment_id

        default_client_side_availability.additional_properties = d if d else {}
        return default_client_side_availability

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
