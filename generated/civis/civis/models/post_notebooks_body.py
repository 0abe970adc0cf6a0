from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from .._core.response_metadata import ResponseMetadata, field_item, has_field_item
from ..models.post_notebooks_body_language import PostNotebooksBodyLanguage, check_post_notebooks_body_language
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_notebooks_body_environment_variables import PostNotebooksBodyEnvironmentVariables


T = TypeVar("T", bound="PostNotebooksBody")


@_attrs_define(slots=False)
class PostNotebooksBody(ResponseMetadata):
    """
    Attributes:
        name (str | Unset):
        language (PostNotebooksBodyLanguage | str | Unset): python3 or r.
        description (str | Unset):
        docker_image_name (str | Unset):
        docker_image_tag (str | Unset):
        instance_type (str | Unset):
        memory (int | Unset): MiB.
        cpu (int | Unset): Thousandths of a CPU core.
        credentials (list[int] | Unset):
        environment_variables (PostNotebooksBodyEnvironmentVariables | Unset):
        idle_timeout (int | Unset): Minutes of inactivity before shutdown.
        hidden (bool | Unset):
        file_id (str | Unset):
        requirements_file_id (str | Unset):
        requirements (str | Unset):
        git_url (str | Unset):
        git_branch (str | Unset):
        git_file (str | Unset):
    """

    name: str | Unset = UNSET
    language: PostNotebooksBodyLanguage | str | Unset = UNSET
    description: str | Unset = UNSET
    docker_image_name: str | Unset = UNSET
    docker_image_tag: str | Unset = UNSET
    instance_type: str | Unset = UNSET
    memory: int | Unset = UNSET
    cpu: int | Unset = UNSET
    credentials: list[int] | Unset = UNSET
    environment_variables: PostNotebooksBodyEnvironmentVariables | Unset = UNSET
    idle_timeout: int | Unset = UNSET
    hidden: bool | Unset = UNSET
    file_id: str | Unset = UNSET
    requirements_file_id: str | Unset = UNSET
    requirements: str | Unset = UNSET
    git_url: str | Unset = UNSET
    git_branch: str | Unset = UNSET
    git_file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language

        description = self.description

        docker_image_name = self.docker_image_name

        docker_image_tag = self.docker_image_tag

        instance_type = self.instance_type

        memory = self.memory

        cpu = self.cpu

        credentials: list[int] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = self.credentials

        environment_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = jsonable(self.environment_variables)

        idle_timeout = self.idle_timeout

        hidden = self.hidden

        file_id = self.file_id

        requirements_file_id = self.requirements_file_id

        requirements = self.requirements

        git_url = self.git_url

        git_branch = self.git_branch

        git_file = self.git_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if description is not UNSET:
            field_dict["description"] = description
        if docker_image_name is not UNSET:
            field_dict["dockerImageName"] = docker_image_name
        if docker_image_tag is not UNSET:
            field_dict["dockerImageTag"] = docker_image_tag
        if instance_type is not UNSET:
            field_dict["instanceType"] = instance_type
        if memory is not UNSET:
            field_dict["memory"] = memory
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if environment_variables is not UNSET:
            field_dict["environmentVariables"] = environment_variables
        if idle_timeout is not UNSET:
            field_dict["idleTimeout"] = idle_timeout
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if requirements_file_id is not UNSET:
            field_dict["requirementsFileId"] = requirements_file_id
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if git_url is not UNSET:
            field_dict["gitUrl"] = git_url
        if git_branch is not UNSET:
            field_dict["gitBranch"] = git_branch
        if git_file is not UNSET:
            field_dict["gitFile"] = git_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        language = check_post_notebooks_body_language(d.pop("language", UNSET), "language")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        docker_image_name = d.pop("dockerImageName", UNSET)
        if type(docker_image_name) is not str and docker_image_name is not UNSET:
            docker_image_name = decode.expect(docker_image_name, str, "dockerImageName")

        docker_image_tag = d.pop("dockerImageTag", UNSET)
        if type(docker_image_tag) is not str and docker_image_tag is not UNSET:
            docker_image_tag = decode.expect(docker_image_tag, str, "dockerImageTag")

        instance_type = d.pop("instanceType", UNSET)
        if type(instance_type) is not str and instance_type is not UNSET:
            instance_type = decode.expect(instance_type, str, "instanceType")

        memory = d.pop("memory", UNSET)
        if type(memory) is not int and memory is not UNSET:
            memory = decode.expect(memory, int, "memory")

        cpu = d.pop("cpu", UNSET)
        if type(cpu) is not int and cpu is not UNSET:
            cpu = decode.expect(cpu, int, "cpu")

        credentials = d.pop("credentials", UNSET)
        if credentials is not UNSET:
            credentials = decode.scalar_array(credentials, int, "credentials")

        environment_variables = d.pop("environmentVariables", UNSET)
        if environment_variables is not UNSET:
            environment_variables = decode.model(
                _models.PostNotebooksBodyEnvironmentVariables.from_dict, environment_variables, "environmentVariables"
            )

        idle_timeout = d.pop("idleTimeout", UNSET)
        if type(idle_timeout) is not int and idle_timeout is not UNSET:
            idle_timeout = decode.expect(idle_timeout, int, "idleTimeout")

        hidden = d.pop("hidden", UNSET)
        if type(hidden) is not bool and hidden is not UNSET:
            hidden = decode.expect(hidden, bool, "hidden")

        file_id = d.pop("fileId", UNSET)
        if type(file_id) is not str and file_id is not UNSET:
            file_id = decode.expect(file_id, str, "fileId")

        requirements_file_id = d.pop("requirementsFileId", UNSET)
        if type(requirements_file_id) is not str and requirements_file_id is not UNSET:
            requirements_file_id = decode.expect(requirements_file_id, str, "requirementsFileId")

        requirements = d.pop("requirements", UNSET)
        if type(requirements) is not str and requirements is not UNSET:
            requirements = decode.expect(requirements, str, "requirements")

        git_url = d.pop("gitUrl", UNSET)
        if type(git_url) is not str and git_url is not UNSET:
            git_url = decode.expect(git_url, str, "gitUrl")

        git_branch = d.pop("gitBranch", UNSET)
        if type(git_branch) is not str and git_branch is not UNSET:
            git_branch = decode.expect(git_branch, str, "gitBranch")

        git_file = d.pop("gitFile", UNSET)
        if type(git_file) is not str and git_file is not UNSET:
            git_file = decode.expect(git_file, str, "gitFile")

        post_notebooks_body = cls.__new__(cls)
        post_notebooks_body.name = name
        post_notebooks_body.language = language
        post_notebooks_body.description = description
        post_notebooks_body.docker_image_name = docker_image_name
        post_notebooks_body.docker_image_tag = docker_image_tag
        post_notebooks_body.instance_type = instance_type
        post_notebooks_body.memory = memory
        post_notebooks_body.cpu = cpu
        post_notebooks_body.credentials = credentials
        post_notebooks_body.environment_variables = environment_variables
        post_notebooks_body.idle_timeout = idle_timeout
        post_notebooks_body.hidden = hidden
        post_notebooks_body.file_id = file_id
        post_notebooks_body.requirements_file_id = requirements_file_id
        post_notebooks_body.requirements = requirements
        post_notebooks_body.git_url = git_url
        post_notebooks_body.git_branch = git_branch
        post_notebooks_body.git_file = git_file

        post_notebooks_body.additional_properties = d if d else {}
        return post_notebooks_body

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
