from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._types import plain_names
from ..types import UNSET, Unset

T = TypeVar("T", bound="TypeBody")


@plain_names({"str": "str_"})
@_attrs_define
class TypeBody:
    """
    Attributes:
        def_ (str | Unset):
        return_ (int | Unset):
        str_ (str | Unset):
    """

    def_: str | Unset = UNSET
    return_: int | Unset = UNSET
    str_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        def_ = self.def_

        return_ = self.return_

        str_ = self.str_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if def_ is not UNSET:
            field_dict["def"] = def_
        if return_ is not UNSET:
            field_dict["return"] = return_
        if str_ is not UNSET:
            field_dict["str"] = str_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def_ = d.pop("def", UNSET)
        if type(def_) is not str and def_ is not UNSET:
            def_ = decode.expect(def_, str, "def")

        return_ = d.pop("return", UNSET)
        if type(return_) is not int and return_ is not UNSET:
            return_ = decode.expect(return_, int, "return")

        str_ = d.pop("str", UNSET)
        if type(str_) is not str and str_ is not UNSET:
            str_ = decode.expect(str_, str, "str")

        type_body = cls.__new__(cls)
        type_body.def_ = def_
        type_body.return_ = return_
        type_body.str_ = str_

        type_body.additional_properties = d if d else {}
        return type_body

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
