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
    from ..models.integration_delivery_configuration_config import IntegrationDeliveryConfigurationConfig
    from ..models.integration_delivery_configuration_links import IntegrationDeliveryConfigurationLinks


T = TypeVar("T", bound="IntegrationDeliveryConfiguration")


@_attrs_define
class IntegrationDeliveryConfiguration:
    """Where an integration receives flag data.

    Attributes:
        field_id (str):
        integration_key (str):  Example: vercel.
        project_key (str):  Example: default.
        environment_key (str):  Example: production.
        config (IntegrationDeliveryConfigurationConfig):
        on (bool):  Example: True.
        tags (list[str]):
        name (str):  Example: Production edge store.
        version (int):  Example: 1.
        field_links (IntegrationDeliveryConfigurationLinks | Unset):
    """

    field_id: str
    integration_key: str
    project_key: str
    environment_key: str
    config: IntegrationDeliveryConfigurationConfig
    on: bool
    tags: list[str]
    name: str
    version: int
    field_links: IntegrationDeliveryConfigurationLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        integration_key = self.integration_key

        project_key = self.project_key

        environment_key = self.environment_key

        config = jsonable(self.config)

        on = self.on

        tags = self.tags

        name = self.name

        version = self.version

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "integrationKey": integration_key,
                "projectKey": project_key,
                "environmentKey": environment_key,
                "config": config,
                "on": on,
                "tags": tags,
                "name": name,
                "version": version,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        integration_key = d.pop("integrationKey", decode.MISSING)
        if type(integration_key) is not str:
            integration_key = decode.expect(integration_key, str, "integrationKey")

        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        config = decode.model(
            _models.IntegrationDeliveryConfigurationConfig.from_dict, d.pop("config", decode.MISSING), "config"
        )

        on = d.pop("on", decode.MISSING)
        if type(on) is not bool:
            on = decode.expect(on, bool, "on")

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.IntegrationDeliveryConfigurationLinks.from_dict, field_links, "_links")

        integration_delivery_configuration = cls.__new__(cls)
        integration_delivery_configuration.field_id = field_id
        integration_delivery_configuration.integration_key = integration_key
        integration_delivery_configuration.project_key = project_key
        integration_delivery_configuration.environment_key = environment_key
        integration_delivery_configuration.config = config
        integration_delivery_configuration.on = on
        integration_delivery_configuration.tags = tags
        integration_delivery_configuration.name = name
        integration_delivery_configuration.version = version
        integration_delivery_configuration.field_links = field_links

        integration_delivery_configuration.additional_properties = d if d else {}
        return integration_delivery_configuration

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
