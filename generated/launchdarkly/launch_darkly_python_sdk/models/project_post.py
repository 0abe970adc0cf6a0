from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.environment_post import EnvironmentPost  # noqa: PLC0415
        from ..models.project_post_default_client_side_availability import ProjectPostDefaultClientSideAvailability  # noqa: PLC0415
        from ..models.project_post_naming_convention import ProjectPostNamingConvention  # noqa: PLC0415

        d = dict(src_dict)
        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        key = decode.expect(d.pop("key", decode.MISSING), str, "key")

        include_in_snippet_by_default = decode.expect(
            d.pop("includeInSnippetByDefault", UNSET), bool, "includeInSnippetByDefault"
        )

        default_client_side_availability = decode.model(
            ProjectPostDefaultClientSideAvailability.from_dict,
            d.pop("defaultClientSideAvailability", UNSET),
            "defaultClientSideAvailability",
        )

        _tags = d.pop("tags", UNSET)
        tags: list[str] | Unset
        if isinstance(_tags, list):
            tags = []
            for tags_index, tags_item_data in enumerate(_tags):
                with decode.at("tags", tags_index):
                    tags_item = decode.expect(tags_item_data, str)

                tags.append(tags_item)
        else:
            tags = decode.mismatch("an array", _tags, "tags")

        _environments = d.pop("environments", UNSET)
        environments: list[EnvironmentPost] | Unset
        if isinstance(_environments, list):
            environments = []
            for environments_index, environments_item_data in enumerate(_environments):
                with decode.at("environments", environments_index):
                    environments_item = decode.model(EnvironmentPost.from_dict, environments_item_data)

                environments.append(environments_item)
        else:
            environments = decode.mismatch("an array", _environments, "environments")

        naming_convention = decode.model(
            ProjectPostNamingConvention.from_dict, d.pop("namingConvention", UNSET), "namingConvention"
        )

        project_post = cls(
            name=name,
            key=key,
            include_in_snippet_by_default=include_in_snippet_by_default,
            default_client_side_availability=default_client_side_availability,
            tags=tags,
            environments=environments,
            naming_convention=naming_convention,
        )

        project_post.additional_properties = d
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
