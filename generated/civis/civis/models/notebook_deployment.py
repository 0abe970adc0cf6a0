from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item

T = TypeVar("T", bound="NotebookDeployment")


@_attrs_define(slots=False)
class NotebookDeployment(ResponseMetadata):
    """
    Attributes:
        deployment_id (int):
        user_id (int):
        host (str):
        name (str):
        docker_image_name (str):
        docker_image_tag (str):
        display_url (str):
        instance_type (str):
        memory (int):
        cpu (int):
        state (str):
        state_message (str):
        max_memory_usage (float):
        max_cpu_usage (float):
        created_at (str):
        updated_at (str):
        notebook_id (int):
    """

    deployment_id: int
    user_id: int
    host: str
    name: str
    docker_image_name: str
    docker_image_tag: str
    display_url: str
    instance_type: str
    memory: int
    cpu: int
    state: str
    state_message: str
    max_memory_usage: float
    max_cpu_usage: float
    created_at: str
    updated_at: str
    notebook_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        user_id = self.user_id

        host = self.host

        name = self.name

        docker_image_name = self.docker_image_name

        docker_image_tag = self.docker_image_tag

        display_url = self.display_url

        instance_type = self.instance_type

        memory = self.memory

        cpu = self.cpu

        state = self.state

        state_message = self.state_message

        max_memory_usage = self.max_memory_usage

        max_cpu_usage = self.max_cpu_usage

        created_at = self.created_at

        updated_at = self.updated_at

        notebook_id = self.notebook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentId": deployment_id,
                "userId": user_id,
                "host": host,
                "name": name,
                "dockerImageName": docker_image_name,
                "dockerImageTag": docker_image_tag,
                "displayUrl": display_url,
                "instanceType": instance_type,
                "memory": memory,
                "cpu": cpu,
                "state": state,
                "stateMessage": state_message,
                "maxMemoryUsage": max_memory_usage,
                "maxCpuUsage": max_cpu_usage,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "notebookId": notebook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deployment_id = d.pop("deploymentId", decode.MISSING)
        if type(deployment_id) is not int:
            deployment_id = decode.expect(deployment_id, int, "deploymentId")

        user_id = d.pop("userId", decode.MISSING)
        if type(user_id) is not int:
            user_id = decode.expect(user_id, int, "userId")

        host = d.pop("host", decode.MISSING)
        if type(host) is not str:
            host = decode.expect(host, str, "host")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        docker_image_name = d.pop("dockerImageName", decode.MISSING)
        if type(docker_image_name) is not str:
            docker_image_name = decode.expect(docker_image_name, str, "dockerImageName")

        docker_image_tag = d.pop("dockerImageTag", decode.MISSING)
        if type(docker_image_tag) is not str:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        display_url = d.pop("displayUrl", decode.MISSING)
        if type(display_url) is not str:
            display_url = decode.expect(display_url, str, "displayUrl")

        instance_type = d.pop("instanceType", decode.MISSING)
        if type(instance_type) is not str:
            instance_type = decode.expect(instance_type, str, "instanceType")

        memory = d.pop("memory", decode.MISSING)
        if type(memory) is not int:
            memory = decode.expect(memory, int, "memory")

        cpu = d.pop("cpu", decode.MISSING)
        if type(cpu) is not int:
            cpu = decode.expect(cpu, int, "cpu")

        state = d.pop("state", decode.MISSING)
        if type(state) is not str:
            state = decode.expect(state, str, "state")

        state_message = d.pop("stateMessage", decode.MISSING)
        if type(state_message) is not str:
            state_message = decode.expect(state_message, str, "stateMessage")

        max_memory_usage = d.pop("maxMemoryUsage", decode.MISSING)
        if type(max_memory_usage) is not float:
            max_memory_usage = decode.expect(max_memory_usage, float, "maxMemoryUsage")

        max_cpu_usage = d.pop("maxCpuUsage", decode.MISSING)
        if type(max_cpu_usage) is not float:
            max_cpu_usage = decode.expect(max_cpu_usage, float, "maxCpuUsage")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        notebook_id = d.pop("notebookId", decode.MISSING)
        if type(notebook_id) is not int:
            notebook_id = decode.expect(notebook_id, int, "notebookId")

        notebook_deployment = cls.__new__(cls)
        notebook_deployment.deployment_id = deployment_id
        notebook_deployment.user_id = user_id
        notebook_deployment.host = host
        notebook_deployment.name = name
        notebook_deployment.docker_image_name = docker_image_name
        notebook_deployment.docker_image_tag = docker_image_tag
        notebook_deployment.display_url = display_url
        notebook_deployment.instance_type = instance_type
        notebook_deployment.memory = memory
        notebook_deployment.cpu = cpu
        notebook_deployment.state = state
        notebook_deployment.state_message = state_message
        notebook_deployment.max_memory_usage = max_memory_usage
        notebook_deployment.max_cpu_usage = max_cpu_usage
        notebook_deployment.created_at = created_at
        notebook_deployment.updated_at = updated_at
        notebook_deployment.notebook_id = notebook_id

        notebook_deployment.additional_properties = d if d else {}
        return notebook_deployment

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
