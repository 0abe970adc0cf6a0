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
    from ..models.team_links import TeamLinks
    from ..models.team_maintainers import TeamMaintainers
    from ..models.team_members import TeamMembers
    from ..models.team_projects import TeamProjects
    from ..models.team_roles import TeamRoles


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A team of members.

    Attributes:
        description (str | Unset):
        key (str | Unset):  Example: platform-team.
        name (str | Unset):  Example: Platform team.
        field_creation_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_links (TeamLinks | Unset):
        field_last_modified (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_version (int | Unset):
        field_idp_synced (bool | Unset):  Example: False.
        roles (TeamRoles | Unset):
        members (TeamMembers | Unset):
        projects (TeamProjects | Unset):
        maintainers (TeamMaintainers | Unset):
    """

    description: str | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    field_creation_date: int | Unset = UNSET
    field_links: TeamLinks | Unset = UNSET
    field_last_modified: int | Unset = UNSET
    field_version: int | Unset = UNSET
    field_idp_synced: bool | Unset = UNSET
    roles: TeamRoles | Unset = UNSET
    members: TeamMembers | Unset = UNSET
    projects: TeamProjects | Unset = UNSET
    maintainers: TeamMaintainers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        key = self.key

        name = self.name

        field_creation_date = self.field_creation_date

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_last_modified = self.field_last_modified

        field_version = self.field_version

        field_idp_synced = self.field_idp_synced

        roles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = jsonable(self.roles)

        members: dict[str, Any] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = jsonable(self.members)

        projects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = jsonable(self.projects)

        maintainers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintainers, Unset):
            maintainers = jsonable(self.maintainers)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["description"] = description
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if field_creation_date is not UNSET:
            field_dict["_creationDate"] = field_creation_date
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if field_last_modified is not UNSET:
            field_dict["_lastModified"] = field_last_modified
        if field_version is not UNSET:
            field_dict["_version"] = field_version
        if field_idp_synced is not UNSET:
            field_dict["_idpSynced"] = field_idp_synced
        if roles is not UNSET:
            field_dict["roles"] = roles
        if members is not UNSET:
            field_dict["members"] = members
        if projects is not UNSET:
            field_dict["projects"] = projects
        if maintainers is not UNSET:
            field_dict["maintainers"] = maintainers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        key = d.pop("key", UNSET)
        if type(key) is not str and key is not UNSET:
            key = decode.expect(key, str, "key")

        name = d.pop("name", UNSET)
        if type(name) is not str and name is not UNSET:
            name = decode.expect(name, str, "name")

        field_creation_date = d.pop("_creationDate", UNSET)
        if type(field_creation_date) is not int and field_creation_date is not UNSET:
            field_creation_date = decode.expect(field_creation_date, int, "_creationDate")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.TeamLinks.from_dict, field_links, "_links")

        field_last_modified = d.pop("_lastModified", UNSET)
        if type(field_last_modified) is not int and field_last_modified is not UNSET:
            field_last_modified = decode.expect(field_last_modified, int, "_lastModified")

        field_version = d.pop("_version", UNSET)
        if type(field_version) is not int and field_version is not UNSET:
            field_version = decode.expect(field_version, int, "_version")

        field_idp_synced = d.pop("_idpSynced", UNSET)
        if type(field_idp_synced) is not bool and field_idp_synced is not UNSET:
            field_idp_synced = decode.expect(field_idp_synced, bool, "_idpSynced")

        roles = d.pop("roles", UNSET)
        if roles is not UNSET:
            roles = decode.model(_models.TeamRoles.from_dict, roles, "roles")

        members = d.pop("members", UNSET)
        if members is not UNSET:
            members = decode.model(_models.TeamMembers.from_dict, members, "members")

        projects = d.pop("projects", UNSET)
        if projects is not UNSET:
            projects = decode.model(_models.TeamProjects.from_dict, projects, "projects")

        maintainers = d.pop("maintainers", UNSET)
        if maintainers is not UNSET:
            maintainers = decode.model(_models.TeamMaintainers.from_dict, maintainers, "maintainers")

        team = cls.__new__(cls)
        team.description = description
        team.key = key
        team.name = name
        team.field_creation_date = field_creation_date
        team.field_links = field_links
        team.field_last_modified = field_last_modified
        team.field_version = field_version
        team.field_idp_synced = field_idp_synced
        team.roles = roles
        team.members = members
        team.projects = projects
        team.maintainers = maintainers

        team.additional_properties = d if d else {}
        return team

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
