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
    from ..models.audit_log_entry_accesses_item import AuditLogEntryAccessesItem
    from ..models.audit_log_entry_links import AuditLogEntryLinks
    from ..models.audit_log_entry_member import AuditLogEntryMember
    from ..models.audit_log_entry_target import AuditLogEntryTarget


T = TypeVar("T", bound="AuditLogEntry")


@_attrs_define
class AuditLogEntry:
    """One audit-log record.

    Attributes:
        field_id (str):  Example: 651b2c3d4e5f6a7b8c9d0e1f.
        field_account_id (str):
        date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        accesses (list[AuditLogEntryAccessesItem]):
        kind (str):  Example: flag.
        name (str):  Example: my-flag.
        description (str):
        short_description (str):
        field_links (AuditLogEntryLinks | Unset):
        comment (str | Unset):
        title_verb (str | Unset):  Example: updated the flag.
        title (str | Unset):
        member (AuditLogEntryMember | Unset):
        target (AuditLogEntryTarget | Unset):
        delta (Any | Unset): Only on the single-entry view.
        previous_version (Any | Unset):
        current_version (Any | Unset):
    """

    field_id: str
    field_account_id: str
    date: int
    accesses: list[AuditLogEntryAccessesItem]
    kind: str
    name: str
    description: str
    short_description: str
    field_links: AuditLogEntryLinks | Unset = UNSET
    comment: str | Unset = UNSET
    title_verb: str | Unset = UNSET
    title: str | Unset = UNSET
    member: AuditLogEntryMember | Unset = UNSET
    target: AuditLogEntryTarget | Unset = UNSET
    delta: Any | Unset = UNSET
    previous_version: Any | Unset = UNSET
    current_version: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_account_id = self.field_account_id

        date = self.date

        accesses = []
        for accesses_item_data in self.accesses:
            accesses_item = jsonable(accesses_item_data)
            accesses.append(accesses_item)

        kind = self.kind

        name = self.name

        description = self.description

        short_description = self.short_description

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        comment = self.comment

        title_verb = self.title_verb

        title = self.title

        member: dict[str, Any] | Unset = UNSET
        if not isinstance(self.member, Unset):
            member = jsonable(self.member)

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = jsonable(self.target)

        delta = self.delta

        previous_version = self.previous_version

        current_version = self.current_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_accountId": field_account_id,
                "date": date,
                "accesses": accesses,
                "kind": kind,
                "name": name,
                "description": description,
                "shortDescription": short_description,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if comment is not UNSET:
            field_dict["comment"] = comment
        if title_verb is not UNSET:
            field_dict["titleVerb"] = title_verb
        if title is not UNSET:
            field_dict["title"] = title
        if member is not UNSET:
            field_dict["member"] = member
        if target is not UNSET:
            field_dict["target"] = target
        if delta is not UNSET:
            field_dict["delta"] = delta
        if previous_version is not UNSET:
            field_dict["previousVersion"] = previous_version
        if current_version is not UNSET:
            field_dict["currentVersion"] = current_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_account_id = d.pop("_accountId", decode.MISSING)
        if type(field_account_id) is not str:
            field_account_id = decode.expect(field_account_id, str, "_accountId")

        date = d.pop("date", decode.MISSING)
        if type(date) is not int:
            date = decode.expect(date, int, "date")

        accesses = decode.model_array(
            _models.AuditLogEntryAccessesItem.from_dict, d.pop("accesses", decode.MISSING), "accesses"
        )

        kind = d.pop("kind", decode.MISSING)
        if type(kind) is not str:
            kind = decode.expect(kind, str, "kind")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        short_description = d.pop("shortDescription", decode.MISSING)
        if type(short_description) is not str:
            short_description = decode.expect(short_description, str, "shortDescription")

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.AuditLogEntryLinks.from_dict, field_links, "_links")

        comment = d.pop("comment", UNSET)
        if type(comment) is not str and comment is not UNSET:
            comment = decode.expect(comment, str, "comment")

        title_verb = d.pop("titleVerb", UNSET)
        if type(title_verb) is not str and title_verb is not UNSET:
            title_verb = decode.expect(title_verb, str, "titleVerb")

        title = d.pop("title", UNSET)
        if type(title) is not str and title is not UNSET:
            title = decode.expect(title, str, "title")

        member = d.pop("member", UNSET)
        if member is not UNSET:
            member = decode.model(_models.AuditLogEntryMember.from_dict, member, "member")

        target = d.pop("target", UNSET)
        if target is not UNSET:
            target = decode.model(_models.AuditLogEntryTarget.from_dict, target, "target")

        delta = d.pop("delta", UNSET)

        previous_version = d.pop("previousVersion", UNSET)

        current_version = d.pop("currentVersion", UNSET)

        audit_log_entry = cls.__new__(cls)
        audit_log_entry.field_id = field_id
        audit_log_entry.field_account_id = field_account_id
        audit_log_entry.date = date
        audit_log_entry.accesses = accesses
        audit_log_entry.kind = kind
        audit_log_entry.name = name
        audit_log_entry.description = description
        audit_log_entry.short_description = short_description
        audit_log_entry.field_links = field_links
        audit_log_entry.comment = comment
        audit_log_entry.title_verb = title_verb
        audit_log_entry.title = title
        audit_log_entry.member = member
        audit_log_entry.target = target
        audit_log_entry.delta = delta
        audit_log_entry.previous_version = previous_version
        audit_log_entry.current_version = current_version

        audit_log_entry.additional_properties = d if d else {}
        return audit_log_entry

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
