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
    from ..models.environments import Environments
    from ..models.project_default_client_side_availability import ProjectDefaultClientSideAvailability
    from ..models.project_links import ProjectLinks


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project: a set of flags and environments.

    Attributes:
        field_id (str):  Example: 64b7f0c2a1d3e4f5a6b7c8e1.
        key (str):  Example: default.
        name (str):  Example: Default project.
        include_in_snippet_by_default (bool):  Example: False.
        tags (list[str]):
        field_links (ProjectLinks | Unset):
        default_client_side_availability (ProjectDefaultClientSideAvailability | Unset):
        default_release_pipeline_key (str | Unset):
        environments (Environments | Unset): A page of environments.
    """

    field_id: str
    key: str
    name: str
    include_in_snippet_by_default: bool
    tags: list[str]
    field_links: ProjectLinks | Unset = UNSET
    default_client_side_availability: ProjectDefaultClientSideAvailability | Unset = UNSET
    default_release_pipeline_key: str | Unset = UNSET
    environments: Environments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        include_in_snippet_by_default = self.include_in_snippet_by_default

        tags = self.tags

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        default_client_side_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_client_side_availability, Unset):
            default_client_side_availability = jsonable(self.default_client_side_availability)

        default_release_pipeline_key = self.default_release_pipeline_key

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = jsonable(self.environments)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
                "name": name,
                "includeInSnippetByDefault": include_in_snippet_by_default,
                "tags": tags,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if default_client_side_availability is not UNSET:
            field_dict["defaultClientSideAvailability"] = default_client_side_availability
        if default_release_pipeline_key is not UNSET:
            field_dict["defaultReleasePipelineKey"] = default_release_pipeline_key
        if environments is not UNSET:
            field_dict["environments"] = environments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        include_in_snippet_by_default = d.pop("includeInSnippetByDefault", decode.MISSING)
        if type(include_in_snippet_by_default) is not bool:
            include_in_snippet_by_default = decode.expect(
                include_in_snippet_by_default, bool, "includeInSnippetByDefault"
            )

        tags = decode.scalar_array(d.pop("tags", decode.MISSING), str, "tags")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ProjectLinks.from_dict, field_links, "_links")

        default_client_side_availability = d.pop("defaultClientSideAvailability", UNSET)
        if default_client_side_availability is not UNSET:
            default_client_side_availability = decode.model(
                _models.ProjectDefaultClientSideAvailability.from_dict,
                default_client_side_availability,
                "defaultClientSideAvailability",
            )

        default_release_pipeline_key = d.pop("defaultReleasePipelineKey", UNSET)
        if type(default_release_pipeline_key) is not str and default_release_pipeline_key is not UNSET:
            default_release_pipeline_key = decode.expect(default_release_pipeline_key, str, "defaultReleasePipelineKey")

        environments = d.pop("environments", UNSET)
        if environments is not UNSET:
            environments = decode.model(_models.Environments.from_dict, environments, "environments")

        project = cls.__new__(cls)
        project.field_id = field_id
        project.key = key
        project.name = name
        project.include_in_snippet_by_default = include_in_snippet_by_default
        project.tags = tags
        project.field_links = field_links
        project.default_client_side_availability = default_client_side_availability
        project.default_release_pipeline_key = default_release_pipeline_key
        project.environments = environments

        project.additional_properties = d if d else {}
        return project

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
