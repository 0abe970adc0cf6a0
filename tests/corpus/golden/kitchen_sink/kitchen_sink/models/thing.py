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
    from ..models.thing_meta import ThingMeta


T = TypeVar("T", bound="Thing")


@_attrs_define
class Thing:
    """
    Attributes:
        kind (Literal['thing']):  Default: 'thing'.
        name (str | Unset):
        meta (ThingMeta | Unset):
    """

    kind: Literal["thing"] = "thing"
    name: str | Unset = UNSET
    meta: ThingMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        name = self.name

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = jsonable(self.meta)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast("Literal['thing']", decode.const(d.pop("kind", decode.MISSING), "thing", "kind"))

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        meta = d.pop("meta", UNSET)
        if meta is not UNSET:
            meta = decode.model(_models.ThingMeta.from_dict, meta, "meta")

        thing = cls.__new__(cls)
        thing.kind = kind
        thing.name = name
        thing.meta = meta

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
