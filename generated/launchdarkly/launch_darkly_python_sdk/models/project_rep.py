from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment import Environment
    from ..models.project_rep_links import ProjectRepLinks


T = TypeVar("T", bound="ProjectRep")


@_attrs_define
class ProjectRep:
    """A project with its environments listed inline.

    Attributes:
        field_id (str):
        key (str):  Example: default.
        name (str):  Example: Default project.
        include_in_snippet_by_default (bool):  Example: False.
        tags (list[str]):
        environments (list[Environment]):
        field_links (ProjectRepLinks | Unset):
    """

    field_id: str
    key: str
    name: str
    include_in_snippet_by_default: bool
    tags: list[str]
    environments: list[Environment]
    field_links: ProjectRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        include_in_snippet_by_default = self.include_in_snippet_by_default

        tags = self.tags

        environments = []
        for environments_item_data in self.environments:
            environments_item = environments_item_data.to_dict()
            environments.append(environments_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = self.field_links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "key": key,
                "name": name,
                "includeInSnippetByDefault": include_in_snippet_by_default,
                "tags": tags,
                "environments": environments,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.environment import Environment  # noqa: PLC0415
        from ..models.project_rep_links import ProjectRepLinks  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        key = d.pop("key")

        name = d.pop("name")

        include_in_snippet_by_default = d.pop("includeInSnippetByDefault")

        tags = cast(list[str], d.pop("tags"))

        environments = []
        _environments = d.pop("environments")
        for environments_item_data in _environments:
            environments_item = Environment.from_dict(environments_item_data)

            environments.append(environments_item)

        _field_links = d.pop("_links", UNSET)
        field_links: ProjectRepLinks | Unset
        if isinstance(_field_links, Unset):
            field_links = UNSET
        else:
            field_links = ProjectRepLinks.from_dict(_field_links)

        project_rep = cls(
            field_id=field_id,
            key=key,
            name=name,
            include_in_snippet_by_default=include_in_snippet_by_default,
            tags=tags,
            environments=environments,
            field_links=field_links,
        )

        project_rep.additional_properties = d
        return project_rep

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
