from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.boolean_flag_defaults import BooleanFlagDefaults
    from ..models.default_client_side_availability import DefaultClientSideAvailability


T = TypeVar("T", bound="UpsertFlagDefaultsPayload")


@_attrs_define
class UpsertFlagDefaultsPayload:
    """
    Attributes:
        tags (list[str]):
        temporary (bool):
        boolean_defaults (BooleanFlagDefaults):
        default_client_side_availability (DefaultClientSideAvailability):
    """

    tags: list[str]
    temporary: bool
    boolean_defaults: BooleanFlagDefaults
    default_client_side_availability: DefaultClientSideAvailability
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        temporary = self.temporary

        boolean_defaults = jsonable(self.boolean_defaults)

        default_client_side_availability = jsonable(self.default_client_side_availability)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
                "temporary": temporary,
                "booleanDefaults": boolean_defaults,
                "defaultClientSideAvailability": default_client_side_availability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        temporary = d.pop("temporary", decode.MISSING)
        if type(temporary) is not bool:
            temporary = decode.expect(temporary, bool, "temporary")

        boolean_defaults = decode.model(
            _models.BooleanFlagDefaults.from_dict, d.pop("booleanDefaults", decode.MISSING), "booleanDefaults"
        )

        default_client_side_availability = decode.model(
            _models.DefaultClientSideAvailability.from_dict,
            d.pop("defaultClientSideAvailability", decode.MISSING),
            "defaultClientSideAvailability",
        )

        upsert_flag_defaults_payload = cls.__new__(cls)
        upsert_flag_defaults_payload.tags = tags
        upsert_flag_defaults_payload.temporary = temporary
        upsert_flag_defaults_payload.boolean_defaults = boolean_defaults
        upsert_flag_defaults_payload.default_client_side_availability = default_client_side_availability

        upsert_flag_defaults_payload.additional_properties = d if d else {}
        return upsert_flag_defaults_payload

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
