from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.big_segment_store_integration_integration_key import (
    BigSegmentStoreIntegrationIntegrationKey,
    check_big_segment_store_integration_integration_key,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access import Access
    from ..models.big_segment_store_integration_links import BigSegmentStoreIntegrationLinks
    from ..models.big_segment_store_status import BigSegmentStoreStatus
    from ..models.form_variable_config import FormVariableConfig


T = TypeVar("T", bound="BigSegmentStoreIntegration")


@_attrs_define
class BigSegmentStoreIntegration:
    """
    Attributes:
        field_links (BigSegmentStoreIntegrationLinks):
        field_id (str):
        integration_key (BigSegmentStoreIntegrationIntegrationKey | str):
        project_key (str):
        environment_key (str):
        config (FormVariableConfig):
        on (bool):
        tags (list[str]):
        name (str):
        version (int):
        field_status (BigSegmentStoreStatus):
        field_access (Access | Unset):
    """

    field_links: BigSegmentStoreIntegrationLinks
    field_id: str
    integration_key: BigSegmentStoreIntegrationIntegrationKey | str
    project_key: str
    environment_key: str
    config: FormVariableConfig
    on: bool
    tags: list[str]
    name: str
    version: int
    field_status: BigSegmentStoreStatus
    field_access: Access | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_links = jsonable(self.field_links)

        field_id = self.field_id

        integration_key: str = self.integration_key

        project_key = self.project_key

        environment_key = self.environment_key

        config = jsonable(self.config)

        on = self.on

        tags = self.tags

        name = self.name

        version = self.version

        field_status = jsonable(self.field_status)

        field_access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_access, Unset):
            field_access = jsonable(self.field_access)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_links": field_links,
                "_id": field_id,
                "integrationKey": integration_key,
                "projectKey": project_key,
                "environmentKey": environment_key,
                "config": config,
                "on": on,
                "tags": tags,
                "name": name,
                "version": version,
                "_status": field_status,
            }
        )
        if field_access is not UNSET:
            field_dict["_access"] = field_access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_links = decode.model(
            _models.BigSegmentStoreIntegrationLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        integration_key = check_big_segment_store_integration_integration_key(
            d.pop("integrationKey", decode.MISSING), "integrationKey"
        )

        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        config = decode.model(_models.FormVariableConfig.from_dict, d.pop("config", decode.MISSING), "config")

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

        field_status = decode.model(
            _models.BigSegmentStoreStatus.from_dict, d.pop("_status", decode.MISSING), "_status"
        )

        field_access = d.pop("_access", UNSET)
        if field_access is not UNSET:
            field_access = decode.model(_models.Access.from_dict, field_access, "_access")

        big_segment_store_integration = cls.__new__(cls)
        big_segment_store_integration.field_links = field_links
        big_segment_store_integration.field_id = field_id
        big_segment_store_integration.integration_key = integration_key
        big_segment_store_integration.project_key = project_key
        big_segment_store_integration.environment_key = environment_key
        big_segment_store_integration.config = config
        big_segment_store_integration.on = on
        big_segment_store_integration.tags = tags
        big_segment_store_integration.name = name
        big_segment_store_integration.version = version
        big_segment_store_integration.field_status = field_status
        big_segment_store_integration.field_access = field_access

        big_segment_store_integration.additional_properties = d if d else {}
        return big_segment_store_integration

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
