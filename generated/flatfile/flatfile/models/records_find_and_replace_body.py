from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordsFindAndReplaceBody")


@_attrs_define
class RecordsFindAndReplaceBody:
    """
    Attributes:
        field_key (str): Field to search in. Example: email.
        find (bool | float | int | str | Unset): A scalar cell value (text, number or boolean).
        replace (bool | float | int | str | Unset): A scalar cell value (text, number or boolean).
    """

    field_key: str
    find: bool | float | int | str | Unset = UNSET
    replace: bool | float | int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_key = self.field_key

        find: bool | float | int | str | Unset
        if isinstance(self.find, Unset):
            find = UNSET
        else:
            find = self.find

        replace: bool | float | int | str | Unset
        if isinstance(self.replace, Unset):
            replace = UNSET
        else:
            replace = self.replace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldKey": field_key,
            }
        )
        if find is not UNSET:
            field_dict["find"] = find
        if replace is not UNSET:
            field_dict["replace"] = replace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_key = d.pop("fieldKey", decode.MISSING)
        if type(field_key) is not str:
            field_key = decode.expect(field_key, str, "fieldKey")

        def _parse_find(data: object) -> bool | float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_0 = data
                    if type(componentsschemas_cell_value_union_type_0) is not str:
                        componentsschemas_cell_value_union_type_0 = decode.expect(
                            componentsschemas_cell_value_union_type_0, str
                        )

                return componentsschemas_cell_value_union_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_1 = data
                    if type(componentsschemas_cell_value_union_type_1) is not int:
                        componentsschemas_cell_value_union_type_1 = decode.expect(
                            componentsschemas_cell_value_union_type_1, int
                        )

                return componentsschemas_cell_value_union_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is float:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_2 = data
                    if type(componentsschemas_cell_value_union_type_2) is not float:
                        componentsschemas_cell_value_union_type_2 = decode.expect(
                            componentsschemas_cell_value_union_type_2, float
                        )

                return componentsschemas_cell_value_union_type_2
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is bool:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_3 = data
                    if type(componentsschemas_cell_value_union_type_3) is not bool:
                        componentsschemas_cell_value_union_type_3 = decode.expect(
                            componentsschemas_cell_value_union_type_3, bool
                        )

                return componentsschemas_cell_value_union_type_3
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "bool | float | int | str | Unset", decode.mismatch("one of bool | float | int | str", data, "find")
            )

        find = d.pop("find", UNSET)
        if find is not UNSET:
            find = _parse_find(find)

        def _parse_replace(data: object) -> bool | float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            if type(data) is str:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_0 = data
                    if type(componentsschemas_cell_value_union_type_0) is not str:
                        componentsschemas_cell_value_union_type_0 = decode.expect(
                            componentsschemas_cell_value_union_type_0, str
                        )

                return componentsschemas_cell_value_union_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is int:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_1 = data
                    if type(componentsschemas_cell_value_union_type_1) is not int:
                        componentsschemas_cell_value_union_type_1 = decode.expect(
                            componentsschemas_cell_value_union_type_1, int
                        )

                return componentsschemas_cell_value_union_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is float:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_2 = data
                    if type(componentsschemas_cell_value_union_type_2) is not float:
                        componentsschemas_cell_value_union_type_2 = decode.expect(
                            componentsschemas_cell_value_union_type_2, float
                        )

                return componentsschemas_cell_value_union_type_2
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            if type(data) is bool:
                return data
            try:
                with decode.strictly():
                    componentsschemas_cell_value_union_type_3 = data
                    if type(componentsschemas_cell_value_union_type_3) is not bool:
                        componentsschemas_cell_value_union_type_3 = decode.expect(
                            componentsschemas_cell_value_union_type_3, bool
                        )

                return componentsschemas_cell_value_union_type_3
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "bool | float | int | str | Unset", decode.mismatch("one of bool | float | int | str", data, "replace")
            )

        replace = d.pop("replace", UNSET)
        if replace is not UNSET:
            replace = _parse_replace(replace)

        records_find_and_replace_body = cls.__new__(cls)
        records_find_and_replace_body.field_key = field_key
        records_find_and_replace_body.find = find
        records_find_and_replace_body.replace = replace

        records_find_and_replace_body.additional_properties = d if d else {}
        return records_find_and_replace_body

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
