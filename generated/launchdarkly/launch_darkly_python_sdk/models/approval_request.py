from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.approval_request_review_status import ApprovalRequestReviewStatus, check_approval_request_review_status
from ..models.approval_request_status import ApprovalRequestStatus, check_approval_request_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approval_request_all_reviews_item import ApprovalRequestAllReviewsItem
    from ..models.approval_request_conflicts_item import ApprovalRequestConflictsItem
    from ..models.approval_request_links import ApprovalRequestLinks
    from ..models.instruction import Instruction


T = TypeVar("T", bound="ApprovalRequest")


@_attrs_define
class ApprovalRequest:
    """A request to apply a change after review.

    Attributes:
        field_id (str):  Example: 650a1b2c3d4e5f6a7b8c9d0e.
        field_version (int):  Example: 1.
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        service_kind (str):  Example: launchdarkly.
        review_status (ApprovalRequestReviewStatus | str):  Example: pending.
        all_reviews (list[ApprovalRequestAllReviewsItem]):
        notify_member_ids (list[str]):
        status (ApprovalRequestStatus | str):  Example: pending.
        instructions (list[Instruction]):
        conflicts (list[ApprovalRequestConflictsItem]):
        field_links (ApprovalRequestLinks | Unset):
        requestor_id (str | Unset):
        description (str | Unset):  Example: Enable checkout for beta users.
        applied_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        execution_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        operating_on_id (str | Unset):
        resource_id (str | Unset):
    """

    field_id: str
    field_version: int
    creation_date: int
    service_kind: str
    review_status: ApprovalRequestReviewStatus | str
    all_reviews: list[ApprovalRequestAllReviewsItem]
    notify_member_ids: list[str]
    status: ApprovalRequestStatus | str
    instructions: list[Instruction]
    conflicts: list[ApprovalRequestConflictsItem]
    field_links: ApprovalRequestLinks | Unset = UNSET
    requestor_id: str | Unset = UNSET
    description: str | Unset = UNSET
    applied_date: int | Unset = UNSET
    execution_date: int | Unset = UNSET
    operating_on_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        field_version = self.field_version

        creation_date = self.creation_date

        service_kind = self.service_kind

        review_status: str = self.review_status

        all_reviews = []
        for all_reviews_item_data in self.all_reviews:
            all_reviews_item = jsonable(all_reviews_item_data)
            all_reviews.append(all_reviews_item)

        notify_member_ids = self.notify_member_ids

        status: str = self.status

        instructions = []
        for instructions_item_data in self.instructions:
            instructions_item = jsonable(instructions_item_data)
            instructions.append(instructions_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = jsonable(conflicts_item_data)
            conflicts.append(conflicts_item)

        field_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_links, Unset):
            field_links = jsonable(self.field_links)

        requestor_id = self.requestor_id

        description = self.description

        applied_date = self.applied_date

        execution_date = self.execution_date

        operating_on_id = self.operating_on_id

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "_version": field_version,
                "creationDate": creation_date,
                "serviceKind": service_kind,
                "reviewStatus": review_status,
                "allReviews": all_reviews,
                "notifyMemberIds": notify_member_ids,
                "status": status,
                "instructions": instructions,
                "conflicts": conflicts,
            }
        )
        if field_links is not UNSET:
            field_dict["_links"] = field_links
        if requestor_id is not UNSET:
            field_dict["requestorId"] = requestor_id
        if description is not UNSET:
            field_dict["description"] = description
        if applied_date is not UNSET:
            field_dict["appliedDate"] = applied_date
        if execution_date is not UNSET:
            field_dict["executionDate"] = execution_date
        if operating_on_id is not UNSET:
            field_dict["operatingOnId"] = operating_on_id
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", decode.MISSING)
        if type(field_id) is not str:
            field_id = decode.expect(field_id, str, "_id")

        field_version = d.pop("_version", decode.MISSING)
        if type(field_version) is not int:
            field_version = decode.expect(field_version, int, "_version")

        creation_date = d.pop("creationDate", decode.MISSING)
        if type(creation_date) is not int:
            creation_date = decode.expect(creation_date, int, "creationDate")

        service_kind = d.pop("serviceKind", decode.MISSING)
        if type(service_kind) is not str:
            service_kind = decode.expect(service_kind, str, "serviceKind")

        review_status = check_approval_request_review_status(d.pop("reviewStatus", decode.MISSING), "reviewStatus")

        all_reviews = decode.model_array(
            _models.ApprovalRequestAllReviewsItem.from_dict, d.pop("allReviews", decode.MISSING), "allReviews"
        )

        notify_member_ids = decode.scalar_array(d.pop("notifyMemberIds", decode.MISSING), str, "notifyMemberIds")

        status = check_approval_request_status(d.pop("status", decode.MISSING), "status")

        instructions = decode.model_array(
            _models.Instruction.from_dict, d.pop("instructions", decode.MISSING), "instructions"
        )

        conflicts = decode.model_array(
            _models.ApprovalRequestConflictsItem.from_dict, d.pop("conflicts", decode.MISSING), "conflicts"
        )

        field_links = d.pop("_links", UNSET)
        if field_links is not UNSET:
            field_links = decode.model(_models.ApprovalRequestLinks.from_dict, field_links, "_links")

        requestor_id = d.pop("requestorId", UNSET)
        if type(requestor_id) is not str and requestor_id is not UNSET:
            requestor_id = decode.expect(requestor_id, str, "requestorId")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        applied_date = d.pop("appliedDate", UNSET)
        if type(applied_date) is not int and applied_date is not UNSET:
            applied_date = decode.expect(applied_date, int, "appliedDate")

        execution_date = d.pop("executionDate", UNSET)
        if type(execution_date) is not int and execution_date is not UNSET:
            execution_date = decode.expect(execution_date, int, "executionDate")

        operating_on_id = d.pop("operatingOnId", UNSET)
        if type(operating_on_id) is not str and operating_on_id is not UNSET:
            operating_on_id = decode.expect(operating_on_id, str, "operatingOnId")

        resource_id = d.pop("resourceId", UNSET)
        if type(resource_id) is not str and resource_id is not UNSET:
            resource_id = decode.expect(resource_id, str, "resourceId")

        approval_request = cls.__new__(cls)
        approval_request.field_id = field_id
        approval_request.field_version = field_version
        approval_request.creation_date = creation_date
        approval_request.service_kind = service_kind
        approval_request.review_status = review_status
        approval_request.all_reviews = all_reviews
        approval_request.notify_member_ids = notify_member_ids
        approval_request.status = status
        approval_request.instructions = instructions
        approval_request.conflicts = conflicts
        approval_request.field_links = field_links
        approval_request.requestor_id = requestor_id
        approval_request.description = description
        approval_request.applied_date = applied_date
        approval_request.execution_date = execution_date
        approval_request.operating_on_id = operating_on_id
        approval_request.resource_id = resource_id

        approval_request.additional_properties = d if d else {}
        return approval_request

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
