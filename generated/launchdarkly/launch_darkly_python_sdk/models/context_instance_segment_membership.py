from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        from ..models.context_instance_segment_membership_links import ContextInstanceSegmentMembershipLinks  # noqa: PLC0415

        d = dict(src_dict)
        name = decode.expect(d.pop("name", decode.MISSING), str, "name")

        key = decode.expect(d.pop("key", decode.MISSING), str, "key")

        description = decode.expect(d.pop("description", decode.MISSING), str, "description")

        unbounded = decode.expect(d.pop("unbounded", decode.MISSING), bool, "unbounded")

        external = decode.expect(d.pop("external", decode.MISSING), str, "external")

        is_member = decode.expect(d.pop("isMember", decode.MISSING), bool, "isMember")

        is_individually_targeted = decode.expect(
            d.pop("isIndividuallyTargeted", decode.MISSING), bool, "isIndividuallyTargeted"
        )

        is_rule_targeted = decode.expect(d.pop("isRuleTargeted", decode.MISSING), bool, "isRuleTargeted")

        field_links = decode.model(
            ContextInstanceSegmentMembershipLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        context_instance_segment_membership = cls(
            name=name,
            key=key,
            description=description,
            unbounded=unbounded,
            external=external,
            is_member=is_member,
            is_individually_targeted=is_individually_targeted,
            is_rule_targeted=is_rule_targeted,
            field_links=field_links,
        )

        context_instance_segment_membership.additional_properties = d
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
