from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.date_definition import DateDefinition
    from ..models.field_definition_unknown import FieldDefinitionUnknown
    from ..models.long_text_definition import LongTextDefinition
    from ..models.number_definition import NumberDefinition
    from ..models.rating_definition import RatingDefinition
    from ..models.select_definition import SelectDefinition
    from ..models.select_multi_definition import SelectMultiDefinition
    from ..models.text_definition import TextDefinition
    from ..models.toggle_definition import ToggleDefinition
    from ..models.user_multi_definition import UserMultiDefinition
    from ..models.user_single_definition import UserSingleDefinition


T = TypeVar("T", bound="FieldDefinitionResponse")


@_attrs_define
class FieldDefinitionResponse:
    """
    Attributes:
        data (DateDefinition | FieldDefinitionUnknown | LongTextDefinition | NumberDefinition | RatingDefinition |
            SelectDefinition | SelectMultiDefinition | TextDefinition | ToggleDefinition | UserMultiDefinition |
            UserSingleDefinition): A custom field definition; `field_type` picks the variant.
    """

    data: (
        DateDefinition
        | FieldDefinitionUnknown
        | LongTextDefinition
        | NumberDefinition
        | RatingDefinition
        | SelectDefinition
        | SelectMultiDefinition
        | TextDefinition
        | ToggleDefinition
        | UserMultiDefinition
        | UserSingleDefinition
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = jsonable(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            DateDefinition
            | FieldDefinitionUnknown
            | LongTextDefinition
            | NumberDefinition
            | RatingDefinition
            | SelectDefinition
            | SelectMultiDefinition
            | TextDefinition
            | ToggleDefinition
            | UserMultiDefinition
            | UserSingleDefinition
        ):
            if isinstance(data, dict):
                tag = data.get("field_type")
                if tag == "text":
                    try:
                        return decode.variant(_models.TextDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "long_text":
                    try:
                        return decode.variant(_models.LongTextDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select":
                    try:
                        return decode.variant(_models.SelectDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select_multi":
                    try:
                        return decode.variant(_models.SelectMultiDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "rating":
                    try:
                        return decode.variant(_models.RatingDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.NumberDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "toggle":
                    try:
                        return decode.variant(_models.ToggleDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.DateDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_single":
                    try:
                        return decode.variant(_models.UserSingleDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_multi":
                    try:
                        return decode.variant(_models.UserMultiDefinition.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.TextDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.LongTextDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectMultiDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.RatingDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.NumberDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.ToggleDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.DateDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UserSingleDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UserMultiDefinition.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.FieldDefinitionUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "DateDefinition | FieldDefinitionUnknown | LongTextDefinition | NumberDefinition | RatingDefinition | SelectDefinition | SelectMultiDefinition | TextDefinition | ToggleDefinition | UserMultiDefinition | UserSingleDefinition",
                decode.mismatch(
                    "one of DateDefinition | FieldDefinitionUnknown | LongTextDefinition | NumberDefinition | RatingDefinition | SelectDefinition | SelectMultiDefinition | TextDefinition | ToggleDefinition | UserMultiDefinition | UserSingleDefinition",
                    data,
                    "data",
                ),
            )

        data = _parse_data(d.pop("data", decode.MISSING))

        field_definition_response = cls.__new__(cls)
        field_definition_response.data = data

        field_definition_response.additional_properties = d if d else {}
        return field_definition_response

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
