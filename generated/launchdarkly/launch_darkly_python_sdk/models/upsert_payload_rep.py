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
    from ..models.boolean_flag_defaults import BooleanFlagDefaults
    from ..models.default_client_side_availability import DefaultClientSideAvailability
    from ..models.upsert_payload_rep_links import UpsertPayloadRepLinks


T = TypeVar("T", bound="UpsertPayloadRep")


@_attrs_define
class UpsertPayloadRep:
    """
    Attributes:
        tags (list[str]):
        temporary (bool):
        boolean_defaults (BooleanFlagDefaults):
        default_client_side_availability (DefaultClientSideAvailability):
        field_links (UpsertPayloadRepLinks | Unset):
    """

    tags: list[str]
    temporary: bool
    boolean_defaults: BooleanFlagDefaults
    default_client_side_availability: DefaultClientSideAvailability
    field_links: UpsertPayloadRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        temporary = self.temporary

        boolean_defaults = jsonable(self.boolean_defaults)

        default_client_side_availability = jsonable(self.default_client_side_availability)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

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
        if field_links is not UNSET:
            field_dict["_links"] = field_links

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

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.UpsertPayloadRepLinks.from_dict, field_links, "_links")

        upsert_payload_rep = cls.__new__(cls)
        upsert_payload_rep.tags = tags
        upsert_payload_rep.temporary = temporary
        upsert_payload_rep.boolean_defaults = boolean_defaults
        upsert_payload_rep.default_client_side_availability = default_client_side_availability
        upsert_payload_rep.field_links = field_links

        upsert_payload_rep.additional_properties = d if d else {}
        return upsert_payload_rep

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
