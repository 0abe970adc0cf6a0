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

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    label_type_0 = data
                    if type(label_type_0) is not str:
                        label_type_0 = decode.expect(label_type_0, str)

                return label_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("None | str | Unset", decode.mismatch("one of None | str", data, "label"))

        label = d.pop("label", UNSET)
        if label is not UNSET:
            label = _parse_label(label)

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    count_type_0 = data
                    if type(count_type_0) is not int:
                        count_type_0 = decode.expect(count_type_0, int)

                return count_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast("int | None | Unset", decode.mismatch("one of int | None", data, "count"))

        count = d.pop("count", UNSET)
        if count is not UNSET:
            count = _parse_count(count)

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
