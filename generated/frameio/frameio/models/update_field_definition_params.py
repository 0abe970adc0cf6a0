from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.update_date_definition_params import UpdateDateDefinitionParams  # noqa: PLC0415
        from ..models.update_field_definition_params_data_unknown import UpdateFieldDefinitionParamsDataUnknown  # noqa: PLC0415
        from ..models.update_long_text_definition_params import UpdateLongTextDefinitionParams  # noqa: PLC0415
        from ..models.update_number_definition_params import UpdateNumberDefinitionParams  # noqa: PLC0415
        from ..models.update_rating_definition_params import UpdateRatingDefinitionParams  # noqa: PLC0415
        from ..models.update_select_definition_params import UpdateSelectDefinitionParams  # noqa: PLC0415
        from ..models.update_select_multi_definition_params import UpdateSelectMultiDefinitionParams  # noqa: PLC0415
        from ..models.update_text_definition_params import UpdateTextDefinitionParams  # noqa: PLC0415
        from ..models.update_toggle_definition_params import UpdateToggleDefinitionParams  # noqa: PLC0415
        from ..models.update_user_multi_definition_params import UpdateUserMultiDefinitionParams  # noqa: PLC0415
        from ..models.update_user_single_definition_params import UpdateUserSingleDefinitionParams  # noqa: PLC0415

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
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_0 = decode.model(
                                UpdateTextDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_0
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "long_text":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_1 = decode.model(
                                UpdateLongTextDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_1
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "select":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_2 = decode.model(
                                UpdateSelectDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_2
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "select_multi":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_3 = decode.model(
                                UpdateSelectMultiDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_3
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "rating":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_4 = decode.model(
                                UpdateRatingDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_4
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "number":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_5 = decode.model(
                                UpdateNumberDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_5
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "toggle":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_6 = decode.model(
                                UpdateToggleDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_6
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "date":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_7 = decode.model(
                                UpdateDateDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_7
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "user_single":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_8 = decode.model(
                                UpdateUserSingleDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_8
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
                elif tag == "user_multi":
                    try:
                        with decode.strictly():
                            componentsschemas_update_field_definition_params_data_type_9 = decode.model(
                                UpdateUserMultiDefinitionParams.from_dict, data
                            )

                        return componentsschemas_update_field_definition_params_data_type_9
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_0 = decode.model(
                        UpdateTextDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_0
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_1 = decode.model(
                        UpdateLongTextDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_1
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_2 = decode.model(
                        UpdateSelectDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_2
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_3 = decode.model(
                        UpdateSelectMultiDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_3
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_4 = decode.model(
                        UpdateRatingDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_4
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_5 = decode.model(
                        UpdateNumberDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_5
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_6 = decode.model(
                        UpdateToggleDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_6
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_7 = decode.model(
                        UpdateDateDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_7
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_8 = decode.model(
                        UpdateUserSingleDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_8
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_9 = decode.model(
                        UpdateUserMultiDefinitionParams.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_9
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                with decode.strictly():
                    componentsschemas_update_field_definition_params_data_type_10 = decode.model(
                        UpdateFieldDefinitionParamsDataUnknown.from_dict, data
                    )

                return componentsschemas_update_field_definition_params_data_type_10
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
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
                | UpdateUserSingleDefinitionParams,
                decode.mismatch(
                    "one of Unset | UpdateDateDefinitionParams | UpdateFieldDefinitionParamsDataUnknown | UpdateLongTextDefinitionParams | UpdateNumberDefinitionParams | UpdateRatingDefinitionParams | UpdateSelectDefinitionParams | UpdateSelectMultiDefinitionParams | UpdateTextDefinitionParams | UpdateToggleDefinitionParams | UpdateUserMultiDefinitionParams | UpdateUserSingleDefinitionParams",
                    data,
                    "data",
                ),
            )

        data = _parse_data(d.pop("data", UNSET))

        update_field_definition_params = cls(
            data=data,
        )

        update_field_definition_params.additional_properties = d
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
