from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.view_config import ViewConfig


T = TypeVar("T", bound="ViewsCreateBody")


@_attrs_define
class ViewsCreateBody:
    """
    Attributes:
        sheet_id (str): Sheet the view belongs to. Example: us_sh_YOUR_ID.
        name (str):  Example: My View.
        config (ViewConfig): Saved filter and sort settings.
    """

    sheet_id: str
    name: str
    config: ViewConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        sheet_id = self.sheet_id

        name = self.name

        config = jsonable(self.config)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sheetId": sheet_id,
                "name": name,
                "config": config,
            }
        )

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

        views_create_body = cls.__new__(cls)
        views_create_body.sheet_id = sheet_id
        views_create_body.name = name
        views_create_body.config = config

        views_create_body.additional_properties = d if d else {}
        return views_create_body

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
