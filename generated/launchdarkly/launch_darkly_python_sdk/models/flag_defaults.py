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
    from ..models.flag_defaults_boolean_defaults import FlagDefaultsBooleanDefaults
    from ..models.flag_defaults_default_client_side_availability import FlagDefaultsDefaultClientSideAvailability
    from ..models.flag_defaults_links import FlagDefaultsLinks


T = TypeVar("T", bound="FlagDefaults")


@_attrs_define
class FlagDefaults:
    """Defaults applied to new flags in a project.

    Attributes:
        field_links (FlagDefaultsLinks | Unset):
        key (str | Unset):  Example: default.
        tags (list[str] | Unset):
        temporary (bool | Unset):  Example: True.
        default_client_side_availability (FlagDefaultsDefaultClientSideAvailability | Unset):
        boolean_defaults (FlagDefaultsBooleanDefaults | Unset):
    """

    field_links: FlagDefaultsLinks | Unset = UNSET
    key: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    temporary: bool | Unset = UNSET
    default_client_side_availability: FlagDefaultsDefaultClientSideAvailability | Unset = UNSET
    boolean_defaults: FlagDefaultsBooleanDefaults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        key = self.key

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        temporary = self.temporary

        default_client_side_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_client_side_availability, Unset):
            default_client_side_availability = jsonable(self.default_client_side_availability)

        boolean_defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boolean_defaults, Unset):
            boolean_defaults = jsonable(self.boolean_defaults)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if key is not UNSET:
            field_dict["key"] = key
        if tags is not UNSET:
            field_dict["tags"] = tags
        if temporary is not UNSET:
            field_dict["temporary"] = temporary
        if default_client_side_availability is not UNSET:
            field_dict["defaultClientSideAvailability"] = default_client_side_availability
        if boolean_defaults is not UNSET:
            field_dict["booleanDefaults"] = boolean_defaults

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.FlagDefaultsLinks.from_dict, field_links, "_links")

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        temporary = d.pop("temporary", UNSET)
        if type(temporary) is not bool and temporary is not UNSET:
            temporary = decode.expect(temporary, bool, "temporary")

        default_client_side_availability = d.pop("defaultClientSideAvailability", UNSET)
        if default_client_side_availability is not UNSET:
            default_client_side_availability = decode.model(
                _models.FlagDefaultsDefaultClientSideAvailability.from_dict,
                default_client_side_availability,
                "defaultClientSideAvailability",
            )

        boolean_defaults = d.pop("booleanDefaults", UNSET)
        if boolean_defaults is not UNSET:
            boolean_defaults = decode.model(
                _models.FlagDefaultsBooleanDefaults.from_dict, boolean_defaults, "booleanDefaults"
            )

        flag_defaults = cls.__new__(cls)
        flag_defaults.field_links = field_links
        flag_defaults.key = key
        flag_defaults.tags = tags
        flag_defaults.temporary = temporary
        flag_defaults.default_client_side_availability = default_client_side_availability
        flag_defaults.boolean_defaults = boolean_defaults

        flag_defaults.additional_properties = d if d else {}
        return flag_defaults

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
