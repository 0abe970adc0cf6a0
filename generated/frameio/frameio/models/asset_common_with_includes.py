from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from .._core._types import plain_names
from ..models.asset_common_with_includes_type import AssetCommonWithIncludesType, check_asset_common_with_includes_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.boolean_value import BooleanValue
    from ..models.date_value import DateValue
    from ..models.integer_value import IntegerValue
    from ..models.metadata_field_unknown import MetadataFieldUnknown
    from ..models.multi_select_value import MultiSelectValue
    from ..models.multi_user_value import MultiUserValue
    from ..models.number_value import NumberValue
    from ..models.project_with_includes import ProjectWithIncludes
    from ..models.select_value import SelectValue
    from ..models.single_user_value import SingleUserValue
    from ..models.text_value import TextValue
    from ..models.user import User


T = TypeVar("T", bound="AssetCommonWithIncludes")


@plain_names({"type": "type_"})
@_attrs_define
class AssetCommonWithIncludes:
    """Asset fields plus the optional embedded objects.

    Attributes:
        id (UUID):
        name (str):
        type_ (AssetCommonWithIncludesType | str):
        project_id (UUID):
        parent_id (None | UUID): Containing folder or stack; null at the project root.
        view_url (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        adobe_id (None | str | Unset):
        creator (User | Unset): A person as seen from another resource.
        project (ProjectWithIncludes | Unset):
        metadata (list[BooleanValue | DateValue | IntegerValue | MetadataFieldUnknown | MultiSelectValue |
            MultiUserValue | NumberValue | SelectValue | SingleUserValue | TextValue] | Unset): Present when
            `include=metadata`.
    """

    id: UUID
    name: str
    type_: AssetCommonWithIncludesType | str
    project_id: UUID
    parent_id: None | UUID
    view_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    adobe_id: None | str | Unset = UNSET
    creator: User | Unset = UNSET
    project: ProjectWithIncludes | Unset = UNSET
    metadata: (
        list[
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
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_: str = self.type_

        project_id = str(self.project_id)

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        view_url = self.view_url

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        adobe_id: None | str | Unset
        if isinstance(self.adobe_id, Unset):
            adobe_id = UNSET
        else:
            adobe_id = self.adobe_id

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = jsonable(self.creator)

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = jsonable(self.project)

        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item: dict[str, Any] = jsonable(metadata_item_data)
                metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "project_id": project_id,
                "parent_id": parent_id,
                "view_url": view_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if adobe_id is not UNSET:
            field_dict["adobe_id"] = adobe_id
        if creator is not UNSET:
            field_dict["creator"] = creator
        if project is not UNSET:
            field_dict["project"] = project
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = check_asset_common_with_includes_type(d.pop("type", decode.MISSING), "type")

        project_id = decode.uuid(d.pop("project_id", decode.MISSING), "project_id")

        parent_id = d.pop("parent_id", decode.MISSING)
        if parent_id is not None:
            parent_id = decode.uuid(parent_id, "parent_id", expected="one of None | UUID")

        view_url = d.pop("view_url", decode.MISSING)
        if type(view_url) is not str:
            view_url = decode.expect(view_url, str, "view_url")

        created_at = decode.date_time(d.pop("created_at", decode.MISSING), "created_at")

        updated_at = decode.date_time(d.pop("updated_at", decode.MISSING), "updated_at")

        adobe_id = d.pop("adobe_id", UNSET)
        if adobe_id is not None and type(adobe_id) is not str and adobe_id is not UNSET:
            adobe_id = decode.expect(adobe_id, str, "adobe_id", "one of None | str")

        creator = d.pop("creator", UNSET)
        if creator is not UNSET:
            creator = decode.model(_models.User.from_dict, creator, "creator")

        project = d.pop("project", UNSET)
        if project is not UNSET:
            project = decode.model(_models.ProjectWithIncludes.from_dict, project, "project")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:

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

            metadata = decode.items(_parse_metadata_item, metadata, "metadata")

        asset_common_with_includes = cls.__new__(cls)
        asset_common_with_includes.id = id
        asset_common_with_includes.name = name
        asset_common_with_includes.type_ = type_
        asset_common_with_includes.project_id = project_id
        asset_common_with_includes.parent_id = parent_id
        asset_common_with_includes.view_url = view_url
        asset_common_with_includes.created_at = created_at
        asset_common_with_includes.updated_at = updated_at
        asset_common_with_includes.adobe_id = adobe_id
        asset_common_with_includes.creator = creator
        asset_common_with_includes.project = project
        asset_common_with_includes.metadata = metadata

        asset_common_with_includes.additional_properties = d if d else {}
        return asset_common_with_includes

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
