from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        include_in_snippet_by_default = self.include_in_snippet_by_default

        tags = self.tags

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        default_client_side_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_client_side_availability, Unset):
            default_client_side_availability = self.default_client_side_availability.to_dict()

        default_release_pipeline_key = self.default_release_pipeline_key

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments.to_dict()

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
        from ..models.environments import Environments  # noqa: PLC0415
        from ..models.project_default_client_side_availability import ProjectDefaultClientSideAvailability  # noqa: PLC0415
        from ..models.project_links import ProjectLinks  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        key = d.pop("key")

        name = d.pop("name")

        include_in_snippet_by_default = d.pop("includeInSnippetByDefault")

        tags = cast(list[str], d.pop("tags"))

        _field_links = d.pop("_links", UNSET)
        field_links: ProjectLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ProjectLinks.from_dict(_field_links)

        _default_client_side_availability = d.pop("defaultClientSideAvailability", UNSET)
        default_client_side_availability: ProjectDefaultClientSideAvailability | Unset
        if isinstance(_default_client_side_availability, Unset):
            default_client_side_availability = UNSET
        else:
            default_client_side_availability = ProjectDefaultClientSideAvailability.from_dict(
                _default_client_side_availability
            )

        default_release_pipeline_key = d.pop("defaultReleasePipelineKey", UNSET)

        _environments = d.pop("environments", UNSET)
        environments: Environments | Unset
        if isinstance(_environments, Unset):
            environments = UNSET
        else:
            environments = Environments.from_dict(_environments)

        project = cls(
            field_id=field_id,
            key=key,
            name=name,
            include_in_snippet_by_default=include_in_snippet_by_default,
            tags=tags,
            field_links=field_links,
            default_client_side_availability=default_client_side_availability,
            default_release_pipeline_key=default_release_pipeline_key,
            environments=environments,
        )

        project.additional_properties = d
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
