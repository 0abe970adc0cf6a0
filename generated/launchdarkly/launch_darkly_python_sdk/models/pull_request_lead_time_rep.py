from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._core import _decode as decode
from .._core._decode import model_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="PullRequestLeadTimeRep")


@_attrs_define
class PullRequestLeadTimeRep:
    """
    Attributes:
        coding_duration_ms (int):
        review_duration_ms (int | Unset):
        max_wait_duration_ms (int | Unset):
        avg_wait_duration_ms (int | Unset):
        max_deploy_duration_ms (int | Unset):
        avg_deploy_duration_ms (int | Unset):
        max_total_lead_time_ms (int | Unset):
        avg_total_lead_time_ms (int | Unset):
    """

    coding_duration_ms: int
    review_duration_ms: int | Unset = UNSET
    max_wait_duration_ms: int | Unset = UNSET
    avg_wait_duration_ms: int | Unset = UNSET
    max_deploy_duration_ms: int | Unset = UNSET
    avg_deploy_duration_ms: int | Unset = UNSET
    max_total_lead_time_ms: int | Unset = UNSET
    avg_total_lead_time_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        coding_duration_ms = self.coding_duration_ms

        review_duration_ms = self.review_duration_ms

        max_wait_duration_ms = self.max_wait_duration_ms

        avg_wait_duration_ms = self.avg_wait_duration_ms

        max_deploy_duration_ms = self.max_deploy_duration_ms

        avg_deploy_duration_ms = self.avg_deploy_duration_ms

        max_total_lead_time_ms = self.max_total_lead_time_ms

        avg_total_lead_time_ms = self.avg_total_lead_time_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codingDurationMs": coding_duration_ms,
            }
        )
        if review_duration_ms is not UNSET:
            field_dict["reviewDurationMs"] = review_duration_ms
        if max_wait_duration_ms is not UNSET:
            field_dict["maxWaitDurationMs"] = max_wait_duration_ms
        if avg_wait_duration_ms is not UNSET:
            field_dict["avgWaitDurationMs"] = avg_wait_duration_ms
        if max_deploy_duration_ms is not UNSET:
            field_dict["maxDeployDurationMs"] = max_deploy_duration_ms
        if avg_deploy_duration_ms is not UNSET:
            field_dict["avgDeployDurationMs"] = avg_deploy_duration_ms
        if max_total_lead_time_ms is not UNSET:
            field_dict["maxTotalLeadTimeMs"] = max_total_lead_time_ms
        if avg_total_lead_time_ms is not UNSET:
            field_dict["avgTotalLeadTimeMs"] = avg_total_lead_time_ms

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

        max_wait_duration_ms = d.pop("maxWaitDurationMs", UNSET)
        if type(max_wait_duration_ms) is not int and max_wait_duration_ms is not UNSET:
            max_wait_duration_ms = decode.expect(max_wait_duration_ms, int, "maxWaitDurationMs")

        avg_wait_duration_ms = d.pop("avgWaitDurationMs", UNSET)
        if type(avg_wait_duration_ms) is not int and avg_wait_duration_ms is not UNSET:
            avg_wait_duration_ms = decode.expect(avg_wait_duration_ms, int, "avgWaitDurationMs")

        max_deploy_duration_ms = d.pop("maxDeployDurationMs", UNSET)
        if type(max_deploy_duration_ms) is not int and max_deploy_duration_ms is not UNSET:
            max_deploy_duration_ms = decode.expect(max_deploy_duration_ms, int, "maxDeployDurationMs")

        avg_deploy_duration_ms = d.pop("avgDeployDurationMs", UNSET)
        if type(avg_deploy_duration_ms) is not int and avg_deploy_duration_ms is not UNSET:
            avg_deploy_duration_ms = decode.expect(avg_deploy_duration_ms, int, "avgDeployDurationMs")

        max_total_lead_time_ms = d.pop("maxTotalLeadTimeMs", UNSET)
        if type(max_total_lead_time_ms) is not int and max_total_lead_time_ms is not UNSET:
            max_total_lead_time_ms = decode.expect(max_total_lead_time_ms, int, "maxTotalLeadTimeMs")

        avg_total_lead_time_ms = d.pop("avgTotalLeadTimeMs", UNSET)
        if type(avg_total_lead_time_ms) is not int and avg_total_lead_time_ms is not UNSET:
            avg_total_lead_time_ms = decode.expect(avg_total_lead_time_ms, int, "avgTotalLeadTimeMs")

        pull_request_lead_time_rep = cls.__new__(cls)
        pull_request_lead_time_rep.coding_duration_ms = coding_duration_ms
        pull_request_lead_time_rep.review_duration_ms = review_duration_ms
        pull_request_lead_time_rep.max_wait_duration_ms = max_wait_duration_ms
        pull_request_lead_time_rep.avg_wait_duration_ms = avg_wait_duration_ms
        pull_request_lead_time_rep.max_deploy_duration_ms = max_deploy_duration_ms
        pull_request_lead_time_rep.avg_deploy_duration_ms = avg_deploy_duration_ms
        pull_request_lead_time_rep.max_total_lead_time_ms = max_total_lead_time_ms
        pull_request_lead_time_rep.avg_total_lead_time_ms = avg_total_lead_time_ms

        pull_request_lead_time_rep.additional_properties = d if d else {}
        return pull_request_lead_time_rep

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
