from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.view_config import ViewConfig


T = TypeVar("T", bound="ViewsUpdateBody")


@_attrs_define
class ViewsUpdateBody:
    """
    Attributes:
        config (ViewConfig): Saved filter and sort settings.
        name (str | Unset):  Example: My View.
    """

    config: ViewConfig
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        config = jsonable(self.config)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = decode.model(_models.ViewConfig.from_dict, d.pop("config", decode.MISSING), "config")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        views_update_body = cls.__new__(cls)
        views_update_body.config = config
        views_update_body.name = name

        views_update_body.additional_properties = d if d else {}
        return views_update_body

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
