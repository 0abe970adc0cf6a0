from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadTimeStagesRep")


@_attrs_define
class LeadTimeStagesRep:
    """
    Attributes:
        coding_duration_ms (int):
        review_duration_ms (int | Unset):
        wait_duration_ms (int | Unset):
        deploy_duration_ms (int | Unset):
        total_lead_time_ms (int | Unset):
    """

    coding_duration_ms: int
    review_duration_ms: int | Unset = UNSET
    wait_duration_ms: int | Unset = UNSET
    deploy_duration_ms: int | Unset = UNSET
    total_lead_time_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        coding_duration_ms = self.coding_duration_ms

        review_duration_ms = self.review_duration_ms

        wait_duration_ms = self.wait_duration_ms

        deploy_duration_ms = self.deploy_duration_ms

        total_lead_time_ms = self.total_lead_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codingDurationMs": coding_duration_ms,
            }
        )
        if review_duration_ms is not UNSET:
            field_dict["reviewDurationMs"] = review_duration_ms
        if wait_duration_ms is not UNSET:
            field_dict["waitDurationMs"] = wait_duration_ms
        if deploy_duration_ms is not UNSET:
            field_dict["deployDurationMs"] = deploy_duration_ms
        if total_lead_time_ms is not UNSET:
            field_dict["totalLeadTimeMs"] = total_lead_time_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        coding_duration_ms = d.pop("codingDurationMs", decode.MISSING)
        if type(coding_duration_ms) is not int:
            coding_duration_ms = decode.expect(coding_duration_ms, int, "codingDurationMs")

        review_duration_ms = d.pop("reviewDurationMs", UNSET)
        if type(review_duration_ms) is not int and review_duration_ms is not UNSET:
            review_duration_ms = decode.expect(review_duration_ms, int, "reviewDurationMs")

        wait_duration_ms = d.pop("waitDurationMs", UNSET)
        if type(wait_duration_ms) is not int and wait_duration_ms is not UNSET:
            wait_duration_ms = decode.expect(wait_duration_ms, int, "waitDurationMs")

        deploy_duration_ms = d.pop("deployDurationMs", UNSET)
        if type(deploy_duration_ms) is not int and deploy_duration_ms is not UNSET:
            deploy_duration_ms = decode.expect(deploy_duration_ms, int, "deployDurationMs")

        total_lead_time_ms = d.pop("totalLeadTimeMs", UNSET)
        if type(total_lead_time_ms) is not int and total_lead_time_ms is not UNSET:
            total_lead_time_ms = decode.expect(total_lead_time_ms, int, "totalLeadTimeMs")

        lead_time_stages_rep = cls.__new__(cls)
        lead_time_stages_rep.coding_duration_ms = coding_duration_ms
        lead_time_stages_rep.review_duration_ms = review_duration_ms
        lead_time_stages_rep.wait_duration_ms = wait_duration_ms
        lead_time_stages_rep.deploy_duration_ms = deploy_duration_ms
        lead_time_stages_rep.total_lead_time_ms = total_lead_time_ms

        lead_time_stages_rep.additional_properties = d if d else {}
        return lead_time_stages_rep

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
