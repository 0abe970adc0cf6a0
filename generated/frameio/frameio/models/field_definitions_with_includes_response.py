from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_definition_with_includes import DateDefinitionWithIncludes
    from ..models.field_definition_with_includes_unknown import FieldDefinitionWithIncludesUnknown
    from ..models.links import Links
    from ..models.long_text_definition_with_includes import LongTextDefinitionWithIncludes
    from ..models.number_definition_with_includes import NumberDefinitionWithIncludes
    from ..models.rating_definition_with_includes import RatingDefinitionWithIncludes
    from ..models.select_definition_with_includes import SelectDefinitionWithIncludes
    from ..models.select_multi_definition_with_includes import SelectMultiDefinitionWithIncludes
    from ..models.text_definition_with_includes import TextDefinitionWithIncludes
    from ..models.toggle_definition_with_includes import ToggleDefinitionWithIncludes
    from ..models.user_multi_definition_with_includes import UserMultiDefinitionWithIncludes
    from ..models.user_single_definition_with_includes import UserSingleDefinitionWithIncludes


T = TypeVar("T", bound="FieldDefinitionsWithIncludesResponse")


@_attrs_define
class FieldDefinitionsWithIncludesResponse:
    """One page of `FieldDefinitionWithIncludes` items.

    Attributes:
        data (list[DateDefinitionWithIncludes | FieldDefinitionWithIncludesUnknown | LongTextDefinitionWithIncludes |
            NumberDefinitionWithIncludes | RatingDefinitionWithIncludes | SelectDefinitionWithIncludes |
            SelectMultiDefinitionWithIncludes | TextDefinitionWithIncludes | ToggleDefinitionWithIncludes |
            UserMultiDefinitionWithIncludes | UserSingleDefinitionWithIncludes]):
        links (Links): Paging links.
        total_count (int | None | Unset): Filled only when `include_total_count=true`.
    """

    data: list[
        DateDefinitionWithIncludes
        | FieldDefinitionWithIncludesUnknown
        | LongTextDefinitionWithIncludes
        | NumberDefinitionWithIncludes
        | RatingDefinitionWithIncludes
        | SelectDefinitionWithIncludes
        | SelectMultiDefinitionWithIncludes
        | TextDefinitionWithIncludes
        | ToggleDefinitionWithIncludes
        | UserMultiDefinitionWithIncludes
        | UserSingleDefinitionWithIncludes
    ]
    links: Links
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any] = jsonable(data_item_data)
            data.append(data_item)

        links = jsonable(self.links)

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data_item(
            data: object,
        ) -> (
            DateDefinitionWithIncludes
            | FieldDefinitionWithIncludesUnknown
            | LongTextDefinitionWithIncludes
            | NumberDefinitionWithIncludes
            | RatingDefinitionWithIncludes
            | SelectDefinitionWithIncludes
            | SelectMultiDefinitionWithIncludes
            | TextDefinitionWithIncludes
            | ToggleDefinitionWithIncludes
            | UserMultiDefinitionWithIncludes
            | UserSingleDefinitionWithIncludes
        ):
            if isinstance(data, dict):
                tag = data.get("field_type")
                if tag == "text":
                    try:
                        return decode.variant(_models.TextDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "long_text":
                    try:
                        return decode.variant(_models.LongTextDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select":
                    try:
                        return decode.variant(_models.SelectDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select_multi":
                    try:
                        return decode.variant(_models.SelectMultiDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "rating":
                    try:
                        return decode.variant(_models.RatingDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.NumberDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "toggle":
                    try:
                        return decode.variant(_models.ToggleDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.DateDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_single":
                    try:
                        return decode.variant(_models.UserSingleDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_multi":
                    try:
                        return decode.variant(_models.UserMultiDefinitionWithIncludes.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.TextDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.LongTextDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectMultiDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.RatingDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.NumberDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.ToggleDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.DateDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UserSingleDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UserMultiDefinitionWithIncludes.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.FieldDefinitionWithIncludesUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "DateDefinitionWithIncludes | FieldDefinitionWithIncludesUnknown | LongTextDefinitionWithIncludes | NumberDefinitionWithIncludes | RatingDefinitionWithIncludes | SelectDefinitionWithIncludes | SelectMultiDefinitionWithIncludes | TextDefinitionWithIncludes | ToggleDefinitionWithIncludes | UserMultiDefinitionWithIncludes | UserSingleDefinitionWithIncludes",
                decode.mismatch(
                    "one of DateDefinitionWithIncludes | FieldDefinitionWithIncludesUnknown | LongTextDefinitionWithIncludes | NumberDefinitionWithIncludes | RatingDefinitionWithIncludes | SelectDefinitionWithIncludes | SelectMultiDefinitionWithIncludes | TextDefinitionWithIncludes | ToggleDefinitionWithIncludes | UserMultiDefinitionWithIncludes | UserSingleDefinitionWithIncludes",
                    data,
                ),
            )

        data = decode.items(_parse_data_item, d.pop("data", decode.MISSING), "data")

        links = decode.model(_models.Links.from_dict, d.pop("links", decode.MISSING), "links")

        total_count = d.pop("total_count", UNSET)
        if total_count is not None and type(total_count) is not int and total_count is not UNSET:
            total_count = decode.expect(total_count, int, "total_count", "one of int | None")

        field_definitions_with_includes_response = cls.__new__(cls)
        field_definitions_with_includes_response.data = data
        field_definitions_with_includes_response.links = links
        field_definitions_with_includes_response.total_count = total_count

        field_definitions_with_includes_response.additional_properties = d if d else {}
        return field_definitions_with_includes_response

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
