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
    from ..models.team_projects import TeamProjects


T = TypeVar("T", bound="TeamCustomRole")


@_attrs_define
class TeamCustomRole:
    """
    Attributes:
        key (str | Unset):
        name (str | Unset):
        projects (TeamProjects | Unset):
        applied_on (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
    """

    key: str | Unset = UNSET
    name: str | Unset = UNSET
    projects: TeamProjects | Unset = UNSET
    applied_on: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        projects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = jsonable(self.projects)

        applied_on = self.applied_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if projects is not UNSET:
            field_dict["projects"] = projects
        if applied_on is not UNSET:
            field_dict["appliedOn"] = applied_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        projects = d.pop("projects", UNSET)
        if projects is not UNSET:
            projects = decode.model(_models.TeamProjects.from_dict, projects, "projects")

        applied_on = d.pop("appliedOn", UNSET)
        if type(applied_on) is not int and applied_on is not UNSET:
            applied_on = decode.expect(applied_on, int, "appliedOn")

        team_custom_role = cls.__new__(cls)
        team_custom_role.key = key
        team_custom_role.name = name
        team_custom_role.projects = projects
        team_custom_role.applied_on = applied_on

        team_custom_role.additional_properties = d if d else {}
        return team_custom_role

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
