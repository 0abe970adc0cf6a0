from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotebookDeploymentCreateRequest")


@_attrs_define(slots=False)
class NotebookDeploymentCreateRequest(ResponseMetadata):
    """
    Attributes:
        deployment_id (int | Unset):
        published (bool | Unset):
    """

    deployment_id: int | Unset = UNSET
    published: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        published = self.published

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id
        if published is not UNSET:
            field_dict["published"] = published

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_id = d.pop("deploymentId", UNSET)
        if type(deployment_id) is not int and deployment_id is not UNSET:
            deployment_id = decode.expect(deployment_id, int, "deploymentId")

        published = d.pop("published", UNSET)
        if type(published) is not bool and published is not UNSET:
            published = decode.expect(published, bool, "published")

        notebook_deployment_create_request = cls.__new__(cls)
        notebook_deployment_create_request.deployment_id = deployment_id
        notebook_deployment_create_request.published = published

        notebook_deployment_create_request.additional_properties = d if d else {}
        return notebook_deployment_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return field_item(self, key, self.additional_properties)

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return has_field_item(self, key, self.additional_properties)
