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
    from ..models.update_date_definition_params import UpdateDateDefinitionParams
    from ..models.update_field_definition_params_data_unknown import UpdateFieldDefinitionParamsDataUnknown
    from ..models.update_long_text_definition_params import UpdateLongTextDefinitionParams
    from ..models.update_number_definition_params import UpdateNumberDefinitionParams
    from ..models.update_rating_definition_params import UpdateRatingDefinitionParams
    from ..models.update_select_definition_params import UpdateSelectDefinitionParams
    from ..models.update_select_multi_definition_params import UpdateSelectMultiDefinitionParams
    from ..models.update_text_definition_params import UpdateTextDefinitionParams
    from ..models.update_toggle_definition_params import UpdateToggleDefinitionParams
    from ..models.update_user_multi_definition_params import UpdateUserMultiDefinitionParams
    from ..models.update_user_single_definition_params import UpdateUserSingleDefinitionParams


T = TypeVar("T", bound="UpdateFieldDefinitionParams")


@_attrs_define
class UpdateFieldDefinitionParams:
    """
    Attributes:
        data (Unset | UpdateDateDefinitionParams | UpdateFieldDefinitionParamsDataUnknown |
            UpdateLongTextDefinitionParams | UpdateNumberDefinitionParams | UpdateRatingDefinitionParams |
            UpdateSelectDefinitionParams | UpdateSelectMultiDefinitionParams | UpdateTextDefinitionParams |
            UpdateToggleDefinitionParams | UpdateUserMultiDefinitionParams | UpdateUserSingleDefinitionParams): Field
            changes; `field_type` picks the variant.
    """

    data: (
        Unset
        | UpdateDateDefinitionParams
        | UpdateFieldDefinitionParamsDataUnknown
        | UpdateLongTextDefinitionParams
        | UpdateNumberDefinitionParams
        | UpdateRatingDefinitionParams
        | UpdateSelectDefinitionParams
        | UpdateSelectMultiDefinitionParams
        | UpdateTextDefinitionParams
        | UpdateToggleDefinitionParams
        | UpdateUserMultiDefinitionParams
        | UpdateUserSingleDefinitionParams
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
            Unset
            | UpdateDateDefinitionParams
            | UpdateFieldDefinitionParamsDataUnknown
            | UpdateLongTextDefinitionParams
            | UpdateNumberDefinitionParams
            | UpdateRatingDefinitionParams
            | UpdateSelectDefinitionParams
            | UpdateSelectMultiDefinitionParams
            | UpdateTextDefinitionParams
            | UpdateToggleDefinitionParams
            | UpdateUserMultiDefinitionParams
            | UpdateUserSingleDefinitionParams
        ):
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                tag = data.get("field_type")
                if tag == "text":
                    try:
                        return decode.variant(_models.UpdateTextDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "long_text":
                    try:
                        return decode.variant(_models.UpdateLongTextDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select":
                    try:
                        return decode.variant(_models.UpdateSelectDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select_multi":
                    try:
                        return decode.variant(_models.UpdateSelectMultiDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "rating":
                    try:
                        return decode.variant(_models.UpdateRatingDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.UpdateNumberDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "toggle":
                    try:
                        return decode.variant(_models.UpdateToggleDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.UpdateDateDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_single":
                    try:
                        return decode.variant(_models.UpdateUserSingleDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_multi":
                    try:
                        return decode.variant(_models.UpdateUserMultiDefinitionParams.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.UpdateTextDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateLongTextDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateSelectDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateSelectMultiDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateRatingDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateNumberDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateToggleDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateDateDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateUserSingleDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateUserMultiDefinitionParams.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.UpdateFieldDefinitionParamsDataUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "Unset | UpdateDateDefinitionParams | UpdateFieldDefinitionParamsDataUnknown | UpdateLongTextDefinitionParams | UpdateNumberDefinitionParams | UpdateRatingDefinitionParams | UpdateSelectDefinitionParams | UpdateSelectMultiDefinitionParams | UpdateTextDefinitionParams | UpdateToggleDefinitionParams | UpdateUserMultiDefinitionParams | UpdateUserSingleDefinitionParams",
                decode.mismatch(
                    "one of Unset | UpdateDateDefinitionParams | UpdateFieldDefinitionParamsDataUnknown | UpdateLongTextDefinitionParams | UpdateNumberDefinitionParams | UpdateRatingDefinitionParams | UpdateSelectDefinitionParams | UpdateSelectMultiDefinitionParams | UpdateTextDefinitionParams | UpdateToggleDefinitionParams | UpdateUserMultiDefinitionParams | UpdateUserSingleDefinitionParams",
                    data,
                    "data",
                ),
            )

        data = d.pop("data", UNSET)
        if data is not UNSET:
            data = _parse_data(data)

        update_field_definition_params = cls.__new__(cls)
        update_field_definition_params.data = data

        update_field_definition_params.additional_properties = d if d else {}
        return update_field_definition_params

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
