from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable

if TYPE_CHECKING:
    from ..models.context_instance_segment_membership_links import ContextInstanceSegmentMembershipLinks


T = TypeVar("T", bound="ContextInstanceSegmentMembership")


@_attrs_define
class ContextInstanceSegmentMembership:
    """
    Attributes:
        name (str):
        key (str):
        description (str):
        unbounded (bool):
        external (str):
        is_member (bool):
        is_individually_targeted (bool):
        is_rule_targeted (bool):
        field_links (ContextInstanceSegmentMembershipLinks):
    """

    name: str
    key: str
    description: str
    unbounded: bool
    external: str
    is_member: bool
    is_individually_targeted: bool
    is_rule_targeted: bool
    field_links: ContextInstanceSegmentMembershipLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key = self.key

        description = self.description

        unbounded = self.unbounded

        external = self.external

        is_member = self.is_member

        is_individually_targeted = self.is_individually_targeted

        is_rule_targeted = self.is_rule_targeted

        field_links = jsonable(self.field_links)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "key": key,
                "description": description,
                "unbounded": unbounded,
                "external": external,
                "isMember": is_member,
                "isIndividuallyTargeted": is_individually_targeted,
                "isRuleTargeted": is_rule_targeted,
                "_links": field_links,
            }
        )

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

        description = d.pop("description", decode.MISSING)
        if type(description) is not str:
            description = decode.expect(description, str, "description")

        unbounded = d.pop("unbounded", decode.MISSING)
        if type(unbounded) is not bool:
            unbounded = decode.expect(unbounded, bool, "unbounded")

        external = d.pop("external", decode.MISSING)
        if type(external) is not str:
            external = decode.expect(external, str, "external")

        is_member = d.pop("isMember", decode.MISSING)
        if type(is_member) is not bool:
            is_member = decode.expect(is_member, bool, "isMember")

        is_individually_targeted = d.pop("isIndividuallyTargeted", decode.MISSING)
        if type(is_individually_targeted) is not bool:
            is_individually_targeted = decode.expect(is_individually_targeted, bool, "isIndividuallyTargeted")

        is_rule_targeted = d.pop("isRuleTargeted", decode.MISSING)
        if type(is_rule_targeted) is not bool:
            is_rule_targeted = decode.expect(is_rule_targeted, bool, "isRuleTargeted")

        field_links = decode.model(
            _models.ContextInstanceSegmentMembershipLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        context_instance_segment_membership = cls.__new__(cls)
        context_instance_segment_membership.name = name
        context_instance_segment_membership.key = key
        context_instance_segment_membership.description = description
        context_instance_segment_membership.unbounded = unbounded
        context_instance_segment_membership.external = external
        context_instance_segment_membership.is_member = is_member
        context_instance_segment_membership.is_individually_targeted = is_individually_targeted
        context_instance_segment_membership.is_rule_targeted = is_rule_targeted
        context_instance_segment_membership.field_links = field_links

        context_instance_segment_membership.additional_properties = d if d else {}
        return context_instance_segment_membership

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
