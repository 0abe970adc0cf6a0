from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.post_deployment_event_input_application_kind import (
    PostDeploymentEventInputApplicationKind,
    check_post_deployment_event_input_application_kind,
)
from ..models.post_deployment_event_input_event_type import (
    PostDeploymentEventInputEventType,
    check_post_deployment_event_input_event_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_deployment_event_input_deployment_metadata import PostDeploymentEventInputDeploymentMetadata
    from ..models.post_deployment_event_input_event_metadata import PostDeploymentEventInputEventMetadata


T = TypeVar("T", bound="PostDeploymentEventInput")


@_attrs_define
class PostDeploymentEventInput:
    """A deployment event reported by a pipeline.

    Attributes:
        project_key (str):  Example: default.
        environment_key (str):  Example: production.
        application_key (str):  Example: billing-service.
        version (str):  Example: a90a8a2.
        event_type (PostDeploymentEventInputEventType | str):  Example: started.
        application_name (str | Unset):
        application_kind (PostDeploymentEventInputApplicationKind | str | Unset):  Example: server.
        version_name (str | Unset):  Example: v1.4.0.
        event_time (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        event_metadata (PostDeploymentEventInputEventMetadata | Unset):
        deployment_metadata (PostDeploymentEventInputDeploymentMetadata | Unset):
    """

    project_key: str
    environment_key: str
    application_key: str
    version: str
    event_type: PostDeploymentEventInputEventType | str
    application_name: str | Unset = UNSET
    application_kind: PostDeploymentEventInputApplicationKind | str | Unset = UNSET
    version_name: str | Unset = UNSET
    event_time: int | Unset = UNSET
    event_metadata: PostDeploymentEventInputEventMetadata | Unset = UNSET
    deployment_metadata: PostDeploymentEventInputDeploymentMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        environment_key = self.environment_key

        application_key = self.application_key

        version = self.version

        event_type: str = self.event_type

        application_name = self.application_name

        application_kind: str | Unset = UNSET
        if not isinstance(self.application_kind, Unset):
            application_kind = self.application_kind

        version_name = self.version_name

        event_time = self.event_time

        event_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_metadata, Unset):
            event_metadata = jsonable(self.event_metadata)

        deployment_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment_metadata, Unset):
            deployment_metadata = jsonable(self.deployment_metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "environmentKey": environment_key,
                "applicationKey": application_key,
                "version": version,
                "eventType": event_type,
            }
        )
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if application_kind is not UNSET:
            field_dict["applicationKind"] = application_kind
        if version_name is not UNSET:
            field_dict["versionName"] = version_name
        if event_time is not UNSET:
            field_dict["eventTime"] = event_time
        if event_metadata is not UNSET:
            field_dict["eventMetadata"] = event_metadata
        if deployment_metadata is not UNSET:
            field_dict["deploymentMetadata"] = deployment_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_key = d.pop("projectKey", decode.MISSING)
        if type(project_key) is not str:
            project_key = decode.expect(project_key, str, "projectKey")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        application_key = d.pop("applicationKey", decode.MISSING)
        if type(application_key) is not str:
            application_key = decode.expect(application_key, str, "applicationKey")

        version = d.pop("version", decode.MISSING)
        if type(version) is not str:
            version = decode.expect(version, str, "version")

        event_type = check_post_deployment_event_input_event_type(d.pop("eventType", decode.MISSING), "eventType")

        application_name = d.pop("applicationName", UNSET)
        if type(application_name) is not str and application_name is not UNSET:
            application_name = decode.expect(application_name, str, "applicationName")

        application_kind = check_post_deployment_event_input_application_kind(
            d.pop("applicationKind", UNSET), "applicationKind"
        )

        version_name = d.pop("versionName", UNSET)
        if type(version_name) is not str and version_name is not UNSET:
            version_name = decode.expect(version_name, str, "versionName")

        event_time = d.pop("eventTime", UNSET)
        if type(event_time) is not int and event_time is not UNSET:
            event_time = decode.expect(event_time, int, "eventTime")

        event_metadata = d.pop("eventMetadata", UNSET)
        if event_metadata is not UNSET:
            event_metadata = decode.model(
                _models.PostDeploymentEventInputEventMetadata.from_dict, event_metadata, "eventMetadata"
            )

        deployment_metadata = d.pop("deploymentMetadata", UNSET)
        if deployment_metadata is not UNSET:
            deployment_metadata = decode.model(
                _models.PostDeploymentEventInputDeploymentMetadata.from_dict, deployment_metadata, "deploymentMetadata"
            )

        post_deployment_event_input = cls.__new__(cls)
        post_deployment_event_input.project_key = project_key
        post_deployment_event_input.environment_key = environment_key
        post_deployment_event_input.application_key = application_key
        post_deployment_event_input.version = version
        post_deployment_event_input.event_type = event_type
        post_deployment_event_input.application_name = application_name
        post_deployment_event_input.application_kind = application_kind
        post_deployment_event_input.version_name = version_name
        post_deployment_event_input.event_time = event_time
        post_deployment_event_input.event_metadata = event_metadata
        post_deployment_event_input.deployment_metadata = deployment_metadata

        post_deployment_event_input.additional_properties = d if d else {}
        return post_deployment_event_input

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
