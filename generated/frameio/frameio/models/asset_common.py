from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import rfc3339
from .._core._types import plain_names
from ..models.asset_common_type import AssetCommonType, check_asset_common_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetCommon")


@plain_names({"type": "type_"})
@_attrs_define
class AssetCommon:
    """Fields shared by files, folders and version stacks.

    Attributes:
        id (UUID):
        name (str):
        type_ (AssetCommonType | str):
        project_id (UUID):
        parent_id (None | UUID): Containing folder or stack; null at the project root.
        view_url (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        adobe_id (None | str | Unset):
    """

    id: UUID
    name: str
    type_: AssetCommonType | str
    project_id: UUID
    parent_id: None | UUID
    view_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    adobe_id: None | str | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        type_ = check_asset_common_type(d.pop("type", decode.MISSING), "type")

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

        asset_common = cls.__new__(cls)
        asset_common.id = id
        asset_common.name = name
        asset_common.type_ = type_
        asset_common.project_id = project_id
        asset_common.parent_id = parent_id
        asset_common.view_url = view_url
        asset_common.created_at = created_at
        asset_common.updated_at = updated_at
        asset_common.adobe_id = adobe_id

        asset_common.additional_properties = d if d else {}
        return asset_common

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
