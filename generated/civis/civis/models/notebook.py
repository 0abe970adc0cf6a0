from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core.response_metadata import ResponseMetadata

if TYPE_CHECKING:
    from ..models.notebook_environment_variables import NotebookEnvironmentVariables
    from ..models.user_simple import UserSimple


T = TypeVar("T", bound="Notebook")


@_attrs_define(slots=False)
class Notebook(ResponseMetadata):
    """A Jupyter notebook.

    Attributes:
        id (int):
        name (str):
        language (str):
        description (None | str):
        notebook_url (str):
        requirements_url (None | str):
        file_id (str):
        user (UserSimple): Short reference to a user.
        docker_image_name (str):
        docker_image_tag (str):
        instance_type (str):
        memory (int):
        cpu (int):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        credentials (list[int]):
        environment_variables (NotebookEnvironmentVariables):
        idle_timeout (int):
        my_permission_level (str):
        archived (str):
        hidden (bool):
    """

    id: int
    name: str
    language: str
    description: None | str
    notebook_url: str
    requirements_url: None | str
    file_id: str
    user: UserSimple
    docker_image_name: str
    docker_image_tag: str
    instance_type: str
    memory: int
    cpu: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    credentials: list[int]
    environment_variables: NotebookEnvironmentVariables
    idle_timeout: int
    my_permission_level: str
    archived: str
    hidden: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        language = self.language

        description: None | str
        description = self.description

        notebook_url = self.notebook_url

        requirements_url: None | str
        requirements_url = self.requirements_url

        file_id = self.file_id

        user = self.user.to_dict()

        docker_image_name = self.docker_image_name

        docker_image_tag = self.docker_image_tag

        instance_type = self.instance_type

        memory = self.memory

        cpu = self.cpu

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        credentials = self.credentials

        environment_variables = self.environment_variables.to_dict()

        idle_timeout = self.idle_timeout

        my_permission_level = self.my_permission_level

        archived = self.archived

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "language": language,
                "description": description,
                "notebookUrl": notebook_url,
                "requirementsUrl": requirements_url,
                "fileId": file_id,
                "user": user,
                "dockerImageName": docker_image_name,
                "dockerImageTag": docker_image_tag,
                "instanceType": instance_type,
                "memory": memory,
                "cpu": cpu,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "credentials": credentials,
                "environmentVariables": environment_variables,
                "idleTimeout": idle_timeout,
                "myPermissionLevel": my_permission_level,
                "archived": archived,
                "hidden": hidden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notebook_environment_variables import NotebookEnvironmentVariables  # noqa: PLC0415
        from ..models.user_simple import UserSimple  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        language = d.pop("language")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        notebook_url = d.pop("notebookUrl")

        def _parse_requirements_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requirements_url = _parse_requirements_url(d.pop("requirementsUrl"))

        file_id = d.pop("fileId")

        user = UserSimple.from_dict(d.pop("user"))

        docker_image_name = d.pop("dockerImageName")

        docker_image_tag = d.pop("dockerImageTag")

        instance_type = d.pop("instanceType")

        memory = d.pop("memory")

        cpu = d.pop("cpu")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        credentials = cast(list[int], d.pop("credentials"))

        environment_variables = NotebookEnvironmentVariables.from_dict(d.pop("environmentVariables"))

        idle_timeout = d.pop("idleTimeout")

        my_permission_level = d.pop("myPermissionLevel")

        archived = d.pop("archived")

        hidden = d.pop("hidden")

        notebook = cls(
            id=id,
            name=name,
            language=language,
            description=description,
            notebook_url=notebook_url,
            requirements_url=requirements_url,
            file_id=file_id,
            user=user,
            docker_image_name=docker_image_name,
            docker_image_tag=docker_image_tag,
            instance_type=instance_type,
            memory=memory,
            cpu=cpu,
            created_at=created_at,
            updated_at=updated_at,
            credentials=credentials,
            environment_variables=environment_variables,
            idle_timeout=idle_timeout,
            my_permission_level=my_permission_level,
            archived=archived,
            hidden=hidden,
        )

        notebook.additional_properties = d
        return notebook

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
