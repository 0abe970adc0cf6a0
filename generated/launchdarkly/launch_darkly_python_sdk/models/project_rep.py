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

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        key = self.key

        name = self.name

        include_in_snippet_by_default = self.include_in_snippet_by_default

        tags = self.tags

        environments = []
        for environments_item_data in self.environments:
            environments_item = jsonable(environments_item_data)
            environments.append(environments_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

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

        environments = decode.model_array(
            _models.Environment.from_dict, d.pop("environments", decode.MISSING), "environments"
        )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ProjectRepLinks.from_dict, field_links, "_links")

        project_rep = cls.__new__(cls)
        project_rep.field_id = field_id
        project_rep.key = key
        project_rep.name = name
        project_rep.include_in_snippet_by_default = include_in_snippet_by_default
        project_rep.tags = tags
        project_rep.environments = environments
        project_rep.field_links = field_links

        project_rep.additional_properties = d if d else {}
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
