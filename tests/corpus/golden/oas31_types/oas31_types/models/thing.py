from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.owner import Owner
    from ..models.thing_flags import ThingFlags


T = TypeVar("T", bound="Thing")


@_attrs_define
class Thing:
    """
    Attributes:
        id (str):
        kind (Literal['widget']):  Default: 'widget'.
        version (Literal[2]):  Default: 2.
        label (None | str | Unset):
        weight (float | None | Unset):
        tags (list[str] | None | Unset):
        owner (None | Owner | Unset):
        flags (ThingFlags | Unset):
        mixed (int | str | Unset):
    """

    id: str
    kind: Literal["widget"] = "widget"
    version: Literal[2] = 2
    label: None | str | Unset = UNSET
    weight: float | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    owner: None | Owner | Unset = UNSET
    flags: ThingFlags | Unset = UNSET
    mixed: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        from ..models.owner import Owner  # noqa: PLC0415

        id = self.id

        kind = self.kind

        version = self.version

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, Owner):
            owner = jsonable(self.owner)
        else:
            owner = self.owner

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = jsonable(self.flags)

        mixed: int | str | Unset
        if isinstance(self.mixed, Unset):
            mixed = UNSET
        else:
            mixed = self.mixed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "version": version,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if weight is not UNSET:
            field_dict["weight"] = weight
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner is not UNSET:
            field_dict["owner"] = owner
        if flags is not UNSET:
            field_dict["flags"] = flags
        if mixed is not UNSET:
            field_dict["mixed"] = mixed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not str:
            id = decode.expect(id, str, "id")

        kind = cast("Literal['widget']", decode.const(d.pop("kind", decode.MISSING), "widget", "kind"))

        version = cast("Literal[2]", decode.const(d.pop("version", decode.MISSING), 2, "version"))

        label = d.pop("label", UNSET)
        if label is not None and type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label", "one of None | str")

        weight = d.pop("weight", UNSET)
        if weight is not None and type(weight) is not float and weight is not UNSET:
            weight = decode.expect(weight, float, "weight", "one of float | None")

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                with decode.strictly():
                    tags_type_0 = decode.scalar_array(data, str)

                return tags_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("list[str] | None | Unset", decode.mismatch("one of list[str] | None", data, "tags"))

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = _parse_tags(tags)

        owner = d.pop("owner", UNSET)
        if owner is not None and owner is not UNSET:
            owner = decode.only_variant(_models.Owner.from_dict, owner, "one of None | Owner", "owner")

        flags = d.pop("flags", UNSET)
        if flags is not UNSET:
            flags = decode.model(_models.ThingFlags.from_dict, flags, "flags")

        def _parse_mixed(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    mixed_type_0 = data
                    if type(mixed_type_0) is not str:
                        mixed_type_0 = decode.expect(mixed_type_0, str)

                return mixed_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    mixed_type_1 = data
                    if type(mixed_type_1) is not int:
                        mixed_type_1 = decode.expect(mixed_type_1, int)

                return mixed_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("int | str | Unset", decode.mismatch("one of int | str", data, "mixed"))

        mixed = d.pop("mixed", UNSET)
        if mixed is not UNSET:
            mixed = _parse_mixed(mixed)

        thing = cls.__new__(cls)
        thing.id = id
        thing.kind = kind
        thing.version = version
        thing.label = label
        thing.weight = weight
        thing.tags = tags
        thing.owner = owner
        thing.flags = flags
        thing.mixed = mixed

        thing.additional_properties = d if d else {}
        return thing

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
