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
    from ..models.environment_post import EnvironmentPost
    from ..models.project_post_default_client_side_availability import ProjectPostDefaultClientSideAvailability
    from ..models.project_post_naming_convention import ProjectPostNamingConvention


T = TypeVar("T", bound="ProjectPost")


@_attrs_define
class ProjectPost:
    """Fields for a new project.

    Attributes:
        name (str):  Example: Mobile apps.
        key (str):  Example: mobile-apps.
        include_in_snippet_by_default (bool | Unset):  Example: False.
        default_client_side_availability (ProjectPostDefaultClientSideAvailability | Unset):
        tags (list[str] | Unset):
        environments (list[EnvironmentPost] | Unset):
        naming_convention (ProjectPostNamingConvention | Unset):
    """

    name: str
    key: str
    include_in_snippet_by_default: bool | Unset = UNSET
    default_client_side_availability: ProjectPostDefaultClientSideAvailability | Unset = UNSET
    tags: list[str] | Unset = UNSET
    environments: list[EnvironmentPost] | Unset = UNSET
    naming_convention: ProjectPostNamingConvention | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        include_in_snippet_by_default = self.include_in_snippet_by_default

        default_client_side_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_client_side_availability, Unset):
            default_client_side_availability = jsonable(self.default_client_side_availability)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = jsonable(environments_item_data)
                environments.append(environments_item)

        naming_convention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.naming_convention, Unset):
            naming_convention = jsonable(self.naming_convention)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
            }
        )
        if include_in_snippet_by_default is not UNSET:
            field_dict["includeInSnippetByDefault"] = include_in_snippet_by_default
        if default_client_side_availability is not UNSET:
            field_dict["defaultClientSideAvailability"] = default_client_side_availability
        if tags is not UNSET:
            field_dict["tags"] = tags
        if environments is not UNSET:
            field_dict["environments"] = environments
        if naming_convention is not UNSET:
            field_dict["namingConvention"] = naming_convention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        include_in_snippet_by_default = d.pop("includeInSnippetByDefault", UNSET)
        if type(include_in_snippet_by_default) is not bool and include_in_snippet_by_default is not UNSET:
            include_in_snippet_by_default = decode.expect(
                include_in_snippet_by_default, bool, "includeInSnippetByDefault"
            )

        default_client_side_availability = d.pop("defaultClientSideAvailability", UNSET)
        if default_client_side_availability is not UNSET:
            default_client_side_availability = decode.model(
                _models.ProjectPostDefaultClientSideAvailability.from_dict,
                default_client_side_availability,
                "defaultClientSideAvailability",
            )

        tags = d.pop("tags", UNSET)
        if tags is not UNSET:
            tags = decode.scalar_array(tags, str, "tags")

        environments = d.pop("environments", UNSET)
        if environments is not UNSET:
            environments = decode.model_array(_models.EnvironmentPost.from_dict, environments, "environments")

        naming_convention = d.pop("namingConvention", UNSET)
        if naming_convention is not UNSET:
            naming_convention = decode.model(
                _models.ProjectPostNamingConvention.from_dict, naming_convention, "namingConvention"
            )

        project_post = cls.__new__(cls)
        project_post.name = name
        project_post.key = key
        project_post.include_in_snippet_by_default = include_in_snippet_by_default
        project_post.default_client_side_availability = default_client_side_availability
        project_post.tags = tags
        project_post.environments = environments
        project_post.naming_convention = naming_convention

        project_post.additional_properties = d if d else {}
        return project_post

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
