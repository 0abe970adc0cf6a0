from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.sheet_access import SheetAccess, check_sheet_access
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.boolean_property import BooleanProperty
    from ..models.date_property import DateProperty
    from ..models.enum_list_property import EnumListProperty
    from ..models.enum_property import EnumProperty
    from ..models.number_property import NumberProperty
    from ..models.property_unknown import PropertyUnknown
    from ..models.reference_property import ReferenceProperty
    from ..models.string_list_property import StringListProperty
    from ..models.string_property import StringProperty


T = TypeVar("T", bound="SheetConfigOrUpdate")


@_attrs_define
class SheetConfigOrUpdate:
    """Either a new sheet definition or changes to an existing sheet.

    Attributes:
        id (str | Unset): Existing sheet to change; omit to add a new sheet. Example: us_sh_YOUR_ID.
        name (str | Unset):
        description (str | Unset):
        slug (str | Unset):
        readonly (bool | Unset):
        allow_additional_fields (bool | Unset):
        mapping_confidence_threshold (float | Unset):
        access (list[SheetAccess | str] | Unset):
        fields (list[BooleanProperty | DateProperty | EnumListProperty | EnumProperty | NumberProperty | PropertyUnknown
            | ReferenceProperty | StringListProperty | StringProperty] | Unset):
        actions (list[Action] | Unset):
        metadata (Any | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    slug: str | Unset = UNSET
    readonly: bool | Unset = UNSET
    allow_additional_fields: bool | Unset = UNSET
    mapping_confidence_threshold: float | Unset = UNSET
    access: list[SheetAccess | str] | Unset = UNSET
    fields: (
        list[
            BooleanProperty
            | DateProperty
            | EnumListProperty
            | EnumProperty
            | NumberProperty
            | PropertyUnknown
            | ReferenceProperty
            | StringListProperty
            | StringProperty
        ]
        | Unset
    ) = UNSET
    actions: list[Action] | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        slug = self.slug

        readonly = self.readonly

        allow_additional_fields = self.allow_additional_fields

        mapping_confidence_threshold = self.mapping_confidence_threshold

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = []
            for access_item_data in self.access:
                access_item: str = access_item_data
                access.append(access_item)

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item: dict[str, Any] = jsonable(fields_item_data)
                fields.append(fields_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = jsonable(actions_item_data)
                actions.append(actions_item)

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if slug is not UNSET:
            field_dict["slug"] = slug
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if allow_additional_fields is not UNSET:
            field_dict["allowAdditionalFields"] = allow_additional_fields
        if mapping_confidence_threshold is not UNSET:
            field_dict["mappingConfidenceThreshold"] = mapping_confidence_threshold
        if access is not UNSET:
            field_dict["access"] = access
        if fields is not UNSET:
            field_dict["fields"] = fields
        if actions is not UNSET:
            field_dict["actions"] = actions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        slug = d.pop("slug", UNSET)
        if type(slug) is not str and slug is not UNSET:
            slug = decode.expect(slug, str, "slug")

        readonly = d.pop("readonly", UNSET)
        if type(readonly) is not bool and readonly is not UNSET:
            readonly = decode.expect(readonly, bool, "readonly")

        allow_additional_fields = d.pop("allowAdditionalFields", UNSET)
        if type(allow_additional_fields) is not bool and allow_additional_fields is not UNSET:
            allow_additional_fields = decode.expect(allow_additional_fields, bool, "allowAdditionalFields")

        mapping_confidence_threshold = d.pop("mappingConfidenceThreshold", UNSET)
        if type(mapping_confidence_threshold) is not float and mapping_confidence_threshold is not UNSET:
            mapping_confidence_threshold = decode.expect(
                mapping_confidence_threshold, float, "mappingConfidenceThreshold"
            )

        _access_array = d.pop("access", UNSET)
        access: list[SheetAccess | str] | Unset
        if isinstance(_access_array, list):
            access = []
            with decode.in_array("access", access):
                for access_item_data in _access_array:
                    access_item = check_sheet_access(access_item_data)

                    access.append(access_item)
        else:
            access = decode.mismatch("an array", _access_array, "access")

        fields = d.pop("fields", UNSET)
        if fields is not UNSET:

            def _parse_fields_item(
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
                    ),
                )

            fields = decode.items(_parse_fields_item, fields, "fields")

        actions = d.pop("actions", UNSET)
        if actions is not UNSET:
            actions = decode.model_array(_models.Action.from_dict, actions, "actions")

        metadata = d.pop("metadata", UNSET)

        sheet_config_or_update = cls.__new__(cls)
        sheet_config_or_update.id = id
        sheet_config_or_update.name = name
        sheet_config_or_update.description = description
        sheet_config_or_update.slug = slug
        sheet_config_or_update.readonly = readonly
        sheet_config_or_update.allow_additional_fields = allow_additional_fields
        sheet_config_or_update.mapping_confidence_threshold = mapping_confidence_threshold
        sheet_config_or_update.access = access
        sheet_config_or_update.fields = fields
        sheet_config_or_update.actions = actions
        sheet_config_or_update.metadata = metadata

        sheet_config_or_update.additional_properties = d if d else {}
        return sheet_config_or_update

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
