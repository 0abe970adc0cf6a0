from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.destination_post_kind import DestinationPostKind, check_destination_post_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination_post_config import DestinationPostConfig


T = TypeVar("T", bound="DestinationPost")


@_attrs_define
class DestinationPost:
    """Fields for a new destination.

    Attributes:
        name (str | Unset):  Example: analytics-stream.
        kind (DestinationPostKind | str | Unset):  Example: kinesis.
        config (DestinationPostConfig | Unset): Settings specific to the destination kind.
        on (bool | Unset): Whether export is switched on. Example: True.
    """

    name: str | Unset = UNSET
    kind: DestinationPostKind | str | Unset = UNSET
    config: DestinationPostConfig | Unset = UNSET
    on: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = jsonable(self.config)

        on = self.on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if config is not UNSET:
            field_dict["config"] = config
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        kind = check_destination_post_kind(d.pop("kind", UNSET), "kind")

        config = d.pop("config", UNSET)
        if config is not UNSET:
            config = decode.model(_models.DestinationPostConfig.from_dict, config, "config")

        on = d.pop("on", UNSET)
        if type(on) is not bool and on is not UNSET:
            on = decode.expect(on, bool, "on")

        destination_post = cls.__new__(cls)
        destination_post.name = name
        destination_post.kind = kind
        destination_post.config = config
        destination_post.on = on

        destination_post.additional_properties = d if d else {}
        return destination_post

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
