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
    from ..models.boolean_property import BooleanProperty
    from ..models.date_property import DateProperty
    from ..models.edge_metadata import EdgeMetadata
    from ..models.enum_list_property import EnumListProperty
    from ..models.enum_property import EnumProperty
    from ..models.number_property import NumberProperty
    from ..models.property_unknown import PropertyUnknown
    from ..models.reference_property import ReferenceProperty
    from ..models.string_list_property import StringListProperty
    from ..models.string_property import StringProperty


T = TypeVar("T", bound="Edge")


@_attrs_define
class Edge:
    """A mapping from an uploaded column to a sheet field.

    Attributes:
        source_field (BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty |
            PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty): A field of a sheet; the `type`
            member decides which variant applies.
        destination_field (BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty |
            PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty): A field of a sheet; the `type`
            member decides which variant applies.
        preview (list[str] | Unset):
        metadata (EdgeMetadata | Unset):
    """

    source_field: (
        BooleanProperty
        | DateProperty
        | EnumListProperty
        | EnumProperty
        | NumberProperty
        | PropertyUnknown
        | ReferenceProperty
        | StringListProperty
        | StringProperty
    )
    destination_field: (
        BooleanProperty
        | DateProperty
        | EnumListProperty
        | EnumProperty
        | NumberProperty
        | PropertyUnknown
        | ReferenceProperty
        | StringListProperty
        | StringProperty
    )
    preview: list[str] | Unset = UNSET
    metadata: EdgeMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        source_field: dict[str, Any] = jsonable(self.source_field)

        destination_field: dict[str, Any] = jsonable(self.destination_field)

        preview: list[str] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceField": source_field,
                "destinationField": destination_field,
            }
        )
        if preview is not UNSET:
            field_dict["preview"] = preview
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source_field(
            data: object,
        ) -> (
            BooleanProperty
            | DateProperty
            | EnumListProperty
            | EnumProperty
            | NumberProperty
            | PropertyUnknown
            | ReferenceProperty
            | StringListProperty
            | StringProperty
        ):
            if isinstance(data, dict):
                tag = data.get("type")
                if tag == "string":
                    try:
                        return decode.variant(_models.StringProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.NumberProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "boolean":
                    try:
                        return decode.variant(_models.BooleanProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.DateProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "enum":
                    try:
                        return decode.variant(_models.EnumProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "reference":
                    try:
                        return decode.variant(_models.ReferenceProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "string-list":
                    try:
                        return decode.variant(_models.StringListProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "enum-list":
                    try:
                        return decode.variant(_models.EnumListProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.StringProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.NumberProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.BooleanProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.DateProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.EnumProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.ReferenceProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.StringListProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.EnumListProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.PropertyUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty | PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty",
                decode.mismatch(
                    "one of BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty | PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty",
                    data,
                    "sourceField",
                ),
            )

        source_field = _parse_source_field(d.pop("sourceField", decode.MISSING))

        def _parse_destination_field(
            data: object,
        ) -> (
            BooleanProperty
            | DateProperty
            | EnumListProperty
            | EnumProperty
            | NumberProperty
            | PropertyUnknown
            | ReferenceProperty
            | StringListProperty
            | StringProperty
        ):
            if isinstance(data, dict):
                tag = data.get("type")
                if tag == "string":
                    try:
                        return decode.variant(_models.StringProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "number":
                    try:
                        return decode.variant(_models.NumberProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "boolean":
                    try:
                        return decode.variant(_models.BooleanProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "date":
                    try:
                        return decode.variant(_models.DateProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "enum":
                    try:
                        return decode.variant(_models.EnumProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "reference":
                    try:
                        return decode.variant(_models.ReferenceProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "string-list":
                    try:
                        return decode.variant(_models.StringListProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

                elif tag == "enum-list":
                    try:
                        return decode.variant(_models.EnumListProperty.from_dict, data)
                    except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                return decode.variant(_models.StringProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.NumberProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.BooleanProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.DateProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.EnumProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.ReferenceProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.StringListProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.EnumListProperty.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            try:
                return decode.variant(_models.PropertyUnknown.from_dict, data)
            except (decode.Mismatch, TypeError, ValueError, AttributeError, KeyError):
                pass

            return cast(
                "BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty | PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty",
                decode.mismatch(
                    "one of BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty | PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty",
                    data,
                    "destinationField",
                ),
            )

        destination_field = _parse_destination_field(d.pop("destinationField", decode.MISSING))

        preview = d.pop("preview", UNSET)
        if preview is not UNSET:
            preview = decode.scalar_array(preview, str, "preview")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.EdgeMetadata.from_dict, metadata, "metadata")

        edge = cls.__new__(cls)
        edge.source_field = source_field
        edge.destination_field = destination_field
        edge.preview = preview
        edge.metadata = metadata

        edge.additional_properties = d if d else {}
        return edge

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
