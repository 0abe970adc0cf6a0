from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.destination_kind import DestinationKind, check_destination_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_links import DestinationLinks


T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """A Data Export destination.

    Attributes:
        field_id (str | Unset):  Example: 64d9b2c3d4e5f6a7b8c9d0e1.
        field_links (DestinationLinks | Unset):
        name (str | Unset):  Example: analytics-stream.
        kind (DestinationKind | str | Unset):  Example: kinesis.
        version (float | Unset):  Example: 1.
        config (Any | Unset):
        on (bool | Unset):  Example: True.
    """

    field_id: str | Unset = UNSET
    field_links: DestinationLinks | Unset = UNSET
    name: str | Unset = UNSET
    kind: DestinationKind | str | Unset = UNSET
    version: float | Unset = UNSET
    config: Any | Unset = UNSET
    on: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        version = self.version

        config = self.config

        on = self.on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if version is not UNSET:
            field_dict["version"] = version
        if config is not UNSET:
            field_dict["config"] = config
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)
        if type(field_id) is not str and field_id is not UNSET:
            field_id = decode.expect(field_id, str, "_id")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.DestinationLinks.from_dict, field_links, "_links")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        kind = check_destination_kind(d.pop("kind", UNSET), "kind")

        version = d.pop("version", UNSET)
        if type(version) is not float and version is not UNSET:
            version = decode.expect(version, float, "version")

        config = d.pop("config", UNSET)

        on = d.pop("on", UNSET)
        if type(on) is not bool and on is not UNSET:
            on = decode.expect(on, bool, "on")

        destination = cls.__new__(cls)
        destination.field_id = field_id
        destination.field_links = field_links
        destination.name = name
        destination.kind = kind
        destination.version = version
        destination.config = config
        destination.on = on

        destination.additional_properties = d if d else {}
        return destination

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
