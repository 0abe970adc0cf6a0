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
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notebook_deployment import NotebookDeployment
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
        notebook_preview_url (str | Unset):
        requirements_file_id (str | Unset):
        most_recent_deployment (NotebookDeployment | Unset):
        partition_label (str | Unset):
        git_repo_id (int | Unset):
        git_repo_url (str | Unset):
        git_ref (str | Unset):
        git_path (str | Unset):
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
    notebook_preview_url: str | Unset = UNSET
    requirements_file_id: str | Unset = UNSET
    most_recent_deployment: NotebookDeployment | Unset = UNSET
    partition_label: str | Unset = UNSET
    git_repo_id: int | Unset = UNSET
    git_repo_url: str | Unset = UNSET
    git_ref: str | Unset = UNSET
    git_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

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

        user = jsonable(self.user)

        docker_image_name = self.docker_image_name

        docker_image_tag = self.docker_image_tag

        instance_type = self.instance_type

        memory = self.memory

        cpu = self.cpu

        created_at = rfc3339(self.created_at)

        updated_at = rfc3339(self.updated_at)

        credentials = self.credentials

        environment_variables = jsonable(self.environment_variables)

        idle_timeout = self.idle_timeout

        my_permission_level = self.my_permission_level

        archived = self.archived

        hidden = self.hidden

        notebook_preview_url = self.notebook_preview_url

        requirements_file_id = self.requirements_file_id

        most_recent_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.most_recent_deployment, Unset):
            most_recent_deployment = jsonable(self.most_recent_deployment)

        partition_label = self.partition_label

        git_repo_id = self.git_repo_id

        git_repo_url = self.git_repo_url

        git_ref = self.git_ref

        git_path = self.git_path

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
        if notebook_preview_url is not UNSET:
            field_dict["notebookPreviewUrl"] = notebook_preview_url
        if requirements_file_id is not UNSET:
            field_dict["requirementsFileId"] = requirements_file_id
        if most_recent_deployment is not UNSET:
            field_dict["mostRecentDeployment"] = most_recent_deployment
        if partition_label is not UNSET:
            field_dict["partitionLabel"] = partition_label
        if git_repo_id is not UNSET:
            field_dict["gitRepoId"] = git_repo_id
        if git_repo_url is not UNSET:
            field_dict["gitRepoUrl"] = git_repo_url
        if git_ref is not UNSET:
            field_dict["gitRef"] = git_ref
        if git_path is not UNSET:
            field_dict["gitPath"] = git_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        language = d.pop("language", decode.MISSING)
        if type(language) is not str:
            language = decode.expect(language, str, "language")

        description = d.pop("description", decode.MISSING)
        if description is not None and type(description) is not str:
            description = decode.expect(description, str, "description", "one of None | str")

        notebook_url = d.pop("notebookUrl", decode.MISSING)
        if type(notebook_url) is not str:
            notebook_url = decode.expect(notebook_url, str, "notebookUrl")

        requirements_url = d.pop("requirementsUrl", decode.MISSING)
        if requirements_url is not None and type(requirements_url) is not str:
            requirements_url = decode.expect(requirements_url, str, "requirementsUrl", "one of None | str")

        file_id = d.pop("fileId", decode.MISSING)
        if type(file_id) is not str:
            file_id = decode.expect(file_id, str, "fileId")

        user = decode.model(_models.UserSimple.from_dict, d.pop("user", decode.MISSING), "user")

        docker_image_name = d.pop("dockerImageName", decode.MISSING)
        if type(docker_image_name) is not str:
            docker_image_name = decode.expect(docker_image_name, str, "dockerImageName")

        docker_image_tag = d.pop("dockerImageTag", decode.MISSING)
        if type(docker_image_tag) is not str:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        instance_type = d.pop("instanceType", decode.MISSING)
        if type(instance_type) is not str:
            instance_type = decode.expect(instance_type, str, "instanceType")

        memory = d.pop("memory", decode.MISSING)
        if type(memory) is not int:
            memory = decode.expect(memory, int, "memory")

        cpu = d.pop("cpu", decode.MISSING)
        if type(cpu) is not int:
            cpu = decode.expect(cpu, int, "cpu")

        created_at = decode.date_time(d.pop("createdAt", decode.MISSING), "createdAt")

        updated_at = decode.date_time(d.pop("updatedAt", decode.MISSING), "updatedAt")

        credentials = decode.scalar_array(d.pop("credentials", decode.MISSING), int, "credentials")

        environment_variables = decode.model(
            _models.NotebookEnvironmentVariables.from_dict,
            d.pop("environmentVariables", decode.MISSING),
            "environmentVariables",
        )

        idle_timeout = d.pop("idleTimeout", decode.MISSING)
        if type(idle_timeout) is not int:
            idle_timeout = decode.expect(idle_timeout, int, "idleTimeout")

        my_permission_level = d.pop("myPermissionLevel", decode.MISSING)
        if type(my_permission_level) is not str:
            my_permission_level = decode.expect(my_permission_level, str, "myPermissionLevel")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not str:
            archived = decode.expect(archived, str, "archived")

        hidden = d.pop("hidden", decode.MISSING)
        if type(hidden) is not bool:
            hidden = decode.expect(hidden, bool, "hidden")

        notebook_preview_url = d.pop("notebookPreviewUrl", UNSET)
        if type(notebook_preview_url) is not str and notebook_preview_url is not UNSET:
            notebook_preview_url = decode.expect(notebook_preview_url, str, "notebookPreviewUrl")

        requirements_file_id = d.pop("requirementsFileId", UNSET)
        if type(requirements_file_id) is not str and requirements_file_id is not UNSET:
            requirements_file_id = decode.expect(requirements_file_id, str, "requirementsFileId")

        most_recent_deployment = d.pop("mostRecentDeployment", UNSET)
        if most_recent_deployment is not UNSET:
            most_recent_deployment = decode.model(
                _models.NotebookDeployment.from_dict, most_recent_deployment, "mostRecentDeployment"
            )

        partition_label = d.pop("partitionLabel", UNSET)
        if type(partition_label) is not str and partition_label is not UNSET:
            partition_label = decode.expect(partition_label, str, "partitionLabel")

        git_repo_id = d.pop("gitRepoId", UNSET)
        if type(git_repo_id) is not int and git_repo_id is not UNSET:
            git_repo_id = decode.expect(git_repo_id, int, "gitRepoId")

        git_repo_url = d.pop("gitRepoUrl", UNSET)
        if type(git_repo_url) is not str and git_repo_url is not UNSET:
            git_repo_url = decode.expect(git_repo_url, str, "gitRepoUrl")

        git_ref = d.pop("gitRef", UNSET)
        if type(git_ref) is not str and git_ref is not UNSET:
            git_ref = decode.expect(git_ref, str, "gitRef")

        git_path = d.pop("gitPath", UNSET)
        if type(git_path) is not str and git_path is not UNSET:
            git_path = decode.expect(git_path, str, "gitPath")

        notebook = cls.__new__(cls)
        notebook.id = id
        notebook.name = name
        notebook.language = language
        notebook.description = description
        notebook.notebook_url = notebook_url
        notebook.requirements_url = requirements_url
        notebook.file_id = file_id
        notebook.user = user
        notebook.docker_image_name = docker_image_name
        notebook.docker_image_tag = docker_image_tag
        notebook.instance_type = instance_type
        notebook.memory = memory
        notebook.cpu = cpu
        notebook.created_at = created_at
        notebook.updated_at = updated_at
        notebook.credentials = credentials
        notebook.environment_variables = environment_variables
        notebook.idle_timeout = idle_timeout
        notebook.my_permission_level = my_permission_level
        notebook.archived = archived
        notebook.hidden = hidden
        notebook.notebook_preview_url = notebook_preview_url
        notebook.requirements_file_id = requirements_file_id
        notebook.most_recent_deployment = most_recent_deployment
        notebook.partition_label = partition_label
        notebook.git_repo_id = git_repo_id
        notebook.git_repo_url = git_repo_url
        notebook.git_ref = git_ref
        notebook.git_path = git_path

        notebook.additional_properties = d if d else {}
        return notebook

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
