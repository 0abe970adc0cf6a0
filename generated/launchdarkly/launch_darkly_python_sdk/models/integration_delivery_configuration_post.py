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
    from ..models.form_variable_config import FormVariableConfig


T = TypeVar("T", bound="IntegrationDeliveryConfigurationPost")


@_attrs_define
class IntegrationDeliveryConfigurationPost:
    """
    Attributes:
        config (FormVariableConfig):
        on (bool | Unset):
        tags (list[str] | Unset):
        name (str | Unset):
    """

    config: FormVariableConfig
    on: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        config = jsonable(self.config)

        on = self.on

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if on is not UNSET:
            field_dict["on"] = on
        if tags is not UNSET:
            field_dict["tags"] = tags
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = decode.model(_models.FormVariableConfig.from_dict, d.pop("config", decode.MISSING), "config")

        on = d.pop("on", UNSET)
        if type(on) is not bool and on is not UNSET:
            on = decode.expect(on, bool, "on")

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        integration_delivery_configuration_post = cls.__new__(cls)
        integration_delivery_configuration_post.config = config
        integration_delivery_configuration_post.on = on
        integration_delivery_configuration_post.tags = tags
        integration_delivery_configuration_post.name = name

        integration_delivery_configuration_post.additional_properties = d if d else {}
        return integration_delivery_configuration_post

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
