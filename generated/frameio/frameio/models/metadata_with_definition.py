from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.boolean_value import BooleanValue
    from ..models.date_value import DateValue
    from ..models.integer_value import IntegerValue
    from ..models.metadata_field_unknown import MetadataFieldUnknown
    from ..models.multi_select_value import MultiSelectValue
    from ..models.multi_user_value import MultiUserValue
    from ..models.number_value import NumberValue
    from ..models.select_value import SelectValue
    from ..models.single_user_value import SingleUserValue
    from ..models.text_value import TextValue


T = TypeVar("T", bound="MetadataWithDefinition")


@_attrs_define
class MetadataWithDefinition:
    """
    Attributes:
        file_id (UUID):
        metadata (list[BooleanValue | DateValue | IntegerValue | MetadataFieldUnknown | MultiSelectValue |
            MultiUserValue | NumberValue | SelectValue | SingleUserValue | TextValue]):
    """

    file_id: UUID
    metadata: list[
        BooleanValue
        | DateValue
        | IntegerValue
        | MetadataFieldUnknown
        | MultiSelectValue
        | MultiUserValue
        | NumberValue
        | SelectValue
        | SingleUserValue
        | TextValue
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        file_id = str(self.file_id)

        metadata = []
        for metadata_item_data in self.metadata:
            metadata_item: dict[str, Any] = jsonable(metadata_item_data)
            metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = decode.uuid(d.pop("file_id", decode.MISSING), "file_id")

        def _parse_metadata_item(
            data: object,
        ) -> (
            BooleanValue
            | DateValue
            | IntegerValue
            | MetadataFieldUnknown
            | MultiSelectValue
            | MultiUserValue
            | NumberValue
            | SelectValue
            | SingleUserValue
            | TextValue
        ):
            if isinstance(data, dict):
                tag = data.get("field_type")
                if tag in ("long_text", "text"):
                    try:
                        return decode.variant(_models.TextValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "rating":
                    try:
                        return decode.variant(_models.IntegerValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.NumberValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "toggle":
                    try:
                        return decode.variant(_models.BooleanValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.DateValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select":
                    try:
                        return decode.variant(_models.SelectValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "select_multi":
                    try:
                        return decode.variant(_models.MultiSelectValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "user_single":
                    try:
                        return decode.variant(_models.SingleUserValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag in ("user_multi", "users"):
                    try:
                        return decode.variant(_models.MultiUserValue.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.TextValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.IntegerValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.NumberValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.BooleanValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.DateValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SelectValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.MultiSelectValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.SingleUserValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.MultiUserValue.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.MetadataFieldUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "BooleanValue | DateValue | IntegerValue | MetadataFieldUnknown | MultiSelectValue | MultiUserValue | NumberValue | SelectValue | SingleUserValue | TextValue",
                decode.mismatch(
                    "one of BooleanValue | DateValue | IntegerValue | MetadataFieldUnknown | MultiSelectValue | MultiUserValue | NumberValue | SelectValue | SingleUserValue | TextValue",
                    data,
                ),
            )

        metadata = decode.items(_parse_metadata_item, d.pop("metadata", decode.MISSING), "metadata")

        metadata_with_definition = cls.__new__(cls)
        metadata_with_definition.file_id = file_id
        metadata_with_definition.metadata = metadata

        metadata_with_definition.additional_properties = d if d else {}
        return metadata_with_definition

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
