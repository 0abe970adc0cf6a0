from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThingsUpdateBody")


@_attrs_define
class ThingsUpdateBody:
    """
    Attributes:
        label (None | str | Unset):
        count (int | None | Unset):
        kind (Literal['gadget'] | Unset):
    """

    label: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    kind: Literal["gadget"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if label is not UNSET:
            field_dict["label"] = label
        if count is not UNSET:
            field_dict["count"] = count
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)
        if label is not None and type(label) is not str and label is not UNSET:
            label = decode.expect(label, str, "label", "one of None | str")

        count = d.pop("count", UNSET)
        if count is not None and type(count) is not int and count is not UNSET:
            count = decode.expect(count, int, "count", "one of int | None")

        kind = cast("Literal['gadget'] | Unset", decode.const(d.pop("kind", UNSET), "gadget", "kind"))

        things_update_body = cls.__new__(cls)
        things_update_body.label = label
        things_update_body.count = count
        things_update_body.kind = kind

        things_update_body.additional_properties = d if d else {}
        return things_update_body

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
