from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable, rfc3339
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.view_config import ViewConfig


T = TypeVar("T", bound="View")


@_attrs_define
class View:
    """A saved way of looking at a sheet.

    Attributes:
        sheet_id (str):  Example: us_sh_YOUR_ID.
        name (str):  Example: My View.
        config (ViewConfig): Saved filter and sort settings.
        id (str | Unset): Identifier assigned by Flatfile. Example: us_vi_YOUR_ID.
        created_by (str | Unset):
        created_at (datetime.datetime | Unset): When the resource was created. Example: 2024-01-15T09:30:00Z.
        updated_at (datetime.datetime | Unset): When the resource was last changed. Example: 2024-01-15T09:30:00Z.
    """

    sheet_id: str
    name: str
    config: ViewConfig
    id: str | Unset = UNSET
    created_by: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        name = self.name

        config = jsonable(self.config)

        id = self.id

        created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = rfc3339(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = rfc3339(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sheetId": sheet_id,
                "name": name,
                "config": config,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sheet_id = d.pop("sheetId", decode.MISSING)
        if type(sheet_id) is not str:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        config = decode.model(_models.ViewConfig.from_dict, d.pop("config", decode.MISSING), "config")

        id = d.pop("id", UNSET)
        if type(id) is not str and id is not UNSET:
            id = decode.expect(id, str, "id")

        created_by = d.pop("createdBy", UNSET)
        if type(created_by) is not str and created_by is not UNSET:
            created_by = decode.expect(created_by, str, "createdBy")

        created_at = decode.date_time(d.pop("createdAt", UNSET), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", UNSET), "updatedAt")

        view = cls.__new__(cls)
        view.sheet_id = sheet_id
        view.name = name
        view.config = config
        view.id = id
        view.created_by = created_by
        view.created_at = created_at
        view.updated_at = updated_at

        view.additional_properties = d if d else {}
        return view

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
