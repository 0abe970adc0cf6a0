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

if TYPE_CHECKING:
    from ..models.projects_latest_status import ProjectsLatestStatus


T = TypeVar("T", bound="ProjectsNotebook")


@_attrs_define(slots=False)
class ProjectsNotebook(ResponseMetadata):
    """
    Attributes:
        id (int):
        created_at (str):
        updated_at (str):
        name (str):
        current_deployment_id (int):
        last_deploy (ProjectsLatestStatus):
    """

    id: int
    created_at: str
    updated_at: str
    name: str
    current_deployment_id: int
    last_deploy: ProjectsLatestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        name = self.name

        current_deployment_id = self.current_deployment_id

        last_deploy = jsonable(self.last_deploy)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "name": name,
                "currentDeploymentId": current_deployment_id,
                "lastDeploy": last_deploy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", decode.MISSING)
        if type(id) is not int:
            id = decode.expect(id, int, "id")

        created_at = d.pop("createdAt", decode.MISSING)
        if type(created_at) is not str:
            created_at = decode.expect(created_at, str, "createdAt")

        updated_at = d.pop("updatedAt", decode.MISSING)
        if type(updated_at) is not str:
            updated_at = decode.expect(updated_at, str, "updatedAt")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        current_deployment_id = d.pop("currentDeploymentId", decode.MISSING)
        if type(current_deployment_id) is not int:
            current_deployment_id = decode.expect(current_deployment_id, int, "currentDeploymentId")

        last_deploy = decode.model(
            _models.ProjectsLatestStatus.from_dict, d.pop("lastDeploy", decode.MISSING), "lastDeploy"
        )

        projects_notebook = cls.__new__(cls)
        projects_notebook.id = id
        projects_notebook.created_at = created_at
        projects_notebook.updated_at = updated_at
        projects_notebook.name = name
        projects_notebook.current_deployment_id = current_deployment_id
        projects_notebook.last_deploy = last_deploy

        projects_notebook.additional_properties = d if d else {}
        return projects_notebook

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
