from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_property import BooleanProperty
    from ..models.date_property import DateProperty
    from ..models.enum_list_property import EnumListProperty
    from ..models.enum_property import EnumProperty
    from ..models.number_property import NumberProperty
    from ..models.property_unknown import PropertyUnknown
    from ..models.reference_property import ReferenceProperty
    from ..models.string_list_property import StringListProperty
    from ..models.string_property import StringProperty


T = TypeVar("T", bound="DestinationField")


@_attrs_define
class DestinationField:
    """A sheet field nothing maps to.

    Attributes:
        destination_field (BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty |
            PropertyUnknown | ReferenceProperty | StringListProperty | StringProperty): A field of a sheet; the `type`
            member decides which variant applies.
        preview (list[str] | Unset):
    """

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.boolean_property import BooleanProperty  # noqa: PLC0415
        from ..models.date_property import DateProperty  # noqa: PLC0415
        from ..models.enum_list_property import EnumListProperty  # noqa: PLC0415
        from ..models.enum_property import EnumProperty  # noqa: PLC0415
        from ..models.number_property import NumberProperty  # noqa: PLC0415
        from ..models.reference_property import ReferenceProperty  # noqa: PLC0415
        from ..models.string_list_property import StringListProperty  # noqa: PLC0415
        from ..models.string_property import StringProperty  # noqa: PLC0415

        destination_field: dict[str, Any]
        if isinstance(self.destination_field, StringProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, NumberProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, BooleanProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, DateProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, EnumProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, ReferenceProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, StringListProperty):
            destination_field = self.destination_field.to_dict()
        elif isinstance(self.destination_field, EnumListProperty):
            destination_field = self.destination_field.to_dict()
        else:
            destination_field = self.destination_field.to_dict()

        preview: list[str] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationField": destination_field,
            }
        )
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.boolean_property import BooleanProperty  # noqa: PLC0415
        from ..models.date_property import DateProperty  # noqa: PLC0415
        from ..models.enum_list_property import EnumListProperty  # noqa: PLC0415
        from ..models.enum_property import EnumProperty  # noqa: PLC0415
        from ..models.number_property import NumberProperty  # noqa: PLC0415
        from ..models.property_unknown import PropertyUnknown  # noqa: PLC0415
        from ..models.reference_property import ReferenceProperty  # noqa: PLC0415
        from ..models.string_list_property import StringListProperty  # noqa: PLC0415
        from ..models.string_property import StringProperty  # noqa: PLC0415

        d = dict(src_dict)

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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_0 = StringProperty.from_dict(data)

                return componentsschemas_property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_1 = NumberProperty.from_dict(data)

                return componentsschemas_property_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_2 = BooleanProperty.from_dict(data)

                return componentsschemas_property_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_3 = DateProperty.from_dict(data)

                return componentsschemas_property_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_4 = EnumProperty.from_dict(data)

                return componentsschemas_property_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_5 = ReferenceProperty.from_dict(data)

                return componentsschemas_property_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_6 = StringListProperty.from_dict(data)

                return componentsschemas_property_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_property_type_7 = EnumListProperty.from_dict(data)

                return componentsschemas_property_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_property_type_8 = PropertyUnknown.from_dict(data)

            return componentsschemas_property_type_8

        destination_field = _parse_destination_field(d.pop("destinationField"))

        preview = cast(list[str], d.pop("preview", UNSET))

        destination_field_model = cls(
            destination_field=destination_field,
            preview=preview,
        )

        destination_field_model.additional_properties = d
        return destination_field_model

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
