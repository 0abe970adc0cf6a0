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
    from ..models.create_field_definition_params_data_unknown import CreateFieldDefinitionParamsDataUnknown
    from ..models.date_definition_params import DateDefinitionParams
    from ..models.long_text_definition_params import LongTextDefinitionParams
    from ..models.number_definition_params import NumberDefinitionParams
    from ..models.rating_definition_params import RatingDefinitionParams
    from ..models.select_definition_params import SelectDefinitionParams
    from ..models.select_multi_definition_params import SelectMultiDefinitionParams
    from ..models.text_definition_params import TextDefinitionParams
    from ..models.toggle_definition_params import ToggleDefinitionParams
    from ..models.user_multi_definition_params import UserMultiDefinitionParams
    from ..models.user_single_definition_params import UserSingleDefinitionParams


T = TypeVar("T", bound="CreateFieldDefinitionParams")


@_attrs_define
class CreateFieldDefinitionParams:
    """
    Attributes:
        data (CreateFieldDefinitionParamsDataUnknown | DateDefinitionParams | LongTextDefinitionParams |
            NumberDefinitionParams | RatingDefinitionParams | SelectDefinitionParams | SelectMultiDefinitionParams |
            TextDefinitionParams | ToggleDefinitionParams | Unset | UserMultiDefinitionParams | UserSingleDefinitionParams):
            New field; `field_type` picks the variant.
    """

    data: (
        CreateFieldDefinitionParamsDataUnknown
        | DateDefinitionParams
        | LongTextDefinitionParams
        | NumberDefinitionParams
        | RatingDefinitionParams
        | SelectDefinitionParams
        | SelectMultiDefinitionParams
        | TextDefinitionParams
        | ToggleDefinitionParams
        | Unset
        | UserMultiDefinitionParams
        | UserSingleDefinitionParams
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = jsonable(self.data)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            CreateFieldDefinitionParamsDataUnknown
            | DateDefinitionParams
            | LongTextDefinitionParams
            | NumberDefinitionParams
            | RatingDefinitionParams
            | SelectDefinitionParams
            | SelectMultiDefinitionParams
            | TextDefinitionParams
            | ToggleDefinitionParams
            | Unset
            | UserMultiDefinitionParams
            | UserSingleDefinitionParams
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                tag = data.get("field_type")
                if tag == "text":
                    try:
                        return decode.variant(_models.TextDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "long_text":
                    try:
                        return decode.variant(_models.LongTextDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select":
                    try:
                        return decode.variant(_models.SelectDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select_multi":
                    try:
                        return decode.variant(_models.SelectMultiDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "rating":
                    try:
                        return decode.variant(_models.RatingDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.NumberDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "toggle":
                    try:
                        return decode.variant(_models.ToggleDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.DateDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_single":
                    try:
                        return decode.variant(_models.UserSingleDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_multi":
                    try:
                        return decode.variant(_models.UserMultiDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.TextDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.LongTextDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectMultiDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.RatingDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.NumberDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.ToggleDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.DateDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UserSingleDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UserMultiDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.CreateFieldDefinitionParamsDataUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "CreateFieldDefinitionParamsDataUnknown | DateDefinitionParams | LongTextDefinitionParams | NumberDefinitionParams | RatingDefinitionParams | SelectDefinitionParams | SelectMultiDefinitionParams | TextDefinitionParams | ToggleDefinitionParams | Unset | UserMultiDefinitionParams | UserSingleDefinitionParams",
                decode.mismatch(
                    "one of CreateFieldDefinitionParamsDataUnknown | DateDefinitionParams | LongTextDefinitionParams | NumberDefinitionParams | RatingDefinitionParams | SelectDefinitionParams | SelectMultiDefinitionParams | TextDefinitionParams | ToggleDefinitionParams | UserMultiDefinitionParams | UserSingleDefinitionParams",
                    data,
                    "data",
                ),
            )

        data = d.pop("data", UNSET)
        if data is not UNSET:
            data = _parse_data(data)

        create_field_definition_params = cls.__new__(cls)
        create_field_definition_params.data = data

        create_field_definition_params.additional_properties = d if d else {}
        return create_field_definition_params

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
