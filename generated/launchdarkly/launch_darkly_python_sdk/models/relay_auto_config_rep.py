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
    from ..models.member_summary import MemberSummary
    from ..models.statement import Statement


T = TypeVar("T", bound="RelayAutoConfigRep")


@_attrs_define
class RelayAutoConfigRep:
    """A Relay Proxy automatic configuration.

    Attributes:
        field_id (str):
        name (str):  Example: Edge relay.
        policy (list[Statement]):
        display_key (str):  Example: 7f3a.
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        last_modified (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        field_creator (MemberSummary | Unset): Short view of an account member.
        full_key (str | Unset): Only shown in full when created or reset.
    """

    field_id: str
    name: str
    policy: list[Statement]
    display_key: str
    creation_date: int
    last_modified: int
    field_creator: MemberSummary | Unset = UNSET
    full_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        policy = []
        for policy_item_data in self.policy:
            policy_item = jsonable(policy_item_data)
            policy.append(policy_item)

        display_key = self.display_key

        creation_date = self.creation_date

        last_modified = self.last_modified

        field_creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_creator, Unset):
            field_creator = jsonable(self.field_creator)

        full_key = self.full_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "policy": policy,
                "displayKey": display_key,
                "creationDate": creation_date,
                "lastModified": last_modified,
            }
        )
        if field_creator is not UNSET:
            field_dict["_creator"] = field_creator
        if full_key is not UNSET:
            field_dict["fullKey"] = full_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        name = d.pop("name", decode.MISSING)
        if type(name) is not str:
            name = decode.expect(name, str, "name")

        policy = decode.model_array(_models.Statement.from_dict, d.pop("policy", decode.MISSING), "policy")

        display_key = d.pop("displayKey", decode.MISSING)
        if type(display_key) is not str:
            display_key = decode.expect(display_key, str, "displayKey")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        last_modified = d.pop("lastModified", decode.MISSING)
        if type(last_modified) is not int:
            last_modified = decode.expect(last_modified, int, "lastModified")

        field_creator = d.pop("_creator", UNSET)
        if field_creator is not UNSET:
            field_creator = decode.model(_models.MemberSummary.from_dict, field_creator, "_creator")

        full_key = d.pop("fullKey", UNSET)
        if type(full_key) is not str and full_key is not UNSET:
            full_key = decode.expect(full_key, str, "fullKey")

        relay_auto_config_rep = cls.__new__(cls)
        relay_auto_config_rep.field_id = field_id
        relay_auto_config_rep.name = name
        relay_auto_config_rep.policy = policy
        relay_auto_config_rep.display_key = display_key
        relay_auto_config_rep.creation_date = creation_date
        relay_auto_config_rep.last_modified = last_modified
        relay_auto_config_rep.field_creator = field_creator
        relay_auto_config_rep.full_key = full_key

        relay_auto_config_rep.additional_properties = d if d else {}
        return relay_auto_config_rep

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
