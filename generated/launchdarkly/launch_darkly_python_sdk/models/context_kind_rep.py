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
    from ..models.context_kind_rep_links import ContextKindRepLinks


T = TypeVar("T", bound="ContextKindRep")


@_attrs_define
class ContextKindRep:
    """A kind of context, such as user or organization.

    Attributes:
        key (str):  Example: organization.
        name (str):  Example: Organization.
        description (str):
        version (int):  Example: 1.
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        last_modified (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        created_from (str):  Example: default.
        last_seen (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        hide_in_targeting (bool | Unset):  Example: False.
        archived (bool | Unset):  Example: False.
        field_links (ContextKindRepLinks | Unset):
    """

    key: str
    name: str
    description: str
    version: int
    creation_date: int
    last_modified: int
    created_from: str
    last_seen: int | Unset = UNSET
    hide_in_targeting: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    field_links: ContextKindRepLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        version = self.version

        creation_date = self.creation_date

        last_modified = self.last_modified

        created_from = self.created_from

        last_seen = self.last_seen

        hide_in_targeting = self.hide_in_targeting

        archived = self.archived

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "description": description,
                "version": version,
                "creationDate": creation_date,
                "lastModified": last_modified,
                "createdFrom": created_from,
            }
        )
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if hide_in_targeting is not UNSET:
            field_dict["hideInTargeting"] = hide_in_targeting
        if archived is not UNSET:
            field_dict["archived"] = archived
        if field_links is not UNSET:
            field_dict["_links"] = field_links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", decode.MISSING)
        if type(key) is not str:
            key = decode.expect(key, str, "key")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        version = d.pop("version", decode.MISSING)
        if type(version) is not int:
            version = decode.expect(version, int, "version")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        last_modified = d.pop("lastModified", decode.MISSING)
        if type(last_modified) is not int:
            last_modified = decode.expect(last_modified, int, "lastModified")

        created_from = d.pop("createdFrom", decode.MISSING)
        if type(created_from) is not str:
            created_from = decode.expect(created_from, str, "createdFrom")

        last_seen = d.pop("lastSeen", UNSET)
        if type(last_seen) is not int and last_seen is not UNSET:
            last_seen = decode.expect(last_seen, int, "lastSeen")

        hide_in_targeting = d.pop("hideInTargeting", UNSET)
        if type(hide_in_targeting) is not bool and hide_in_targeting is not UNSET:
            hide_in_targeting = decode.expect(hide_in_targeting, bool, "hideInTargeting")

        archived = d.pop("archived", UNSET)
        if type(archived) is not bool and archived is not UNSET:
            archived = decode.expect(archived, bool, "archived")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ContextKindRepLinks.from_dict, field_links, "_links")

        context_kind_rep = cls.__new__(cls)
        context_kind_rep.key = key
        context_kind_rep.name = name
        context_kind_rep.description = description
        context_kind_rep.version = version
        context_kind_rep.creation_date = creation_date
        context_kind_rep.last_modified = last_modified
        context_kind_rep.created_from = created_from
        context_kind_rep.last_seen = last_seen
        context_kind_rep.hide_in_targeting = hide_in_targeting
        context_kind_rep.archived = archived
        context_kind_rep.field_links = field_links

        context_kind_rep.additional_properties = d if d else {}
        return context_kind_rep

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
