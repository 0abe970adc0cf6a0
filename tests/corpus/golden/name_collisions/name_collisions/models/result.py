from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """
    Attributes:
        fooBar (str | Unset):
        foo_bar (int | Unset):
        FooBar (bool | Unset):
    """

    fooBar: str | Unset = UNSET
    foo_bar: int | Unset = UNSET
    FooBar: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        fooBar = self.fooBar

        foo_bar = self.foo_bar

        FooBar = self.FooBar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if fooBar is not UNSET:
            field_dict["fooBar"] = fooBar
        if foo_bar is not UNSET:
            field_dict["foo_bar"] = foo_bar
        if FooBar is not UNSET:
            field_dict["FooBar"] = FooBar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fooBar = d.pop("fooBar", UNSET)
        if type(fooBar) is not str and fooBar is not UNSET:
            fooBar = decode.expect(fooBar, str, "fooBar")

        foo_bar = d.pop("foo_bar", UNSET)
        if type(foo_bar) is not int and foo_bar is not UNSET:
            foo_bar = decode.expect(foo_bar, int, "foo_bar")

        FooBar = d.pop("FooBar", UNSET)
        if type(FooBar) is not bool and FooBar is not UNSET:
            FooBar = decode.expect(FooBar, bool, "FooBar")

        result = cls.__new__(cls)
        result.fooBar = fooBar
        result.foo_bar = foo_bar
        result.FooBar = FooBar

        result.additional_properties = d if d else {}
        return result

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
