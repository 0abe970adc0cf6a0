from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..models.flag_config_approval_request_response_review_status import (
    FlagConfigApprovalRequestResponseReviewStatus,
    check_flag_config_approval_request_response_review_status,
)
from ..models.flag_config_approval_request_response_status import (
    FlagConfigApprovalRequestResponseStatus,
    check_flag_config_approval_request_response_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conflict import Conflict
    from ..models.copied_from_env import CopiedFromEnv
    from ..models.custom_workflow_meta import CustomWorkflowMeta
    from ..models.flag_config_approval_request_response_links import FlagConfigApprovalRequestResponseLinks
    from ..models.instruction import Instruction
    from ..models.integration_metadata import IntegrationMetadata
    from ..models.review_response import ReviewResponse


T = TypeVar("T", bound="FlagConfigApprovalRequestResponse")


@_attrs_define
class FlagConfigApprovalRequestResponse:
    """
    Attributes:
        field_id (str):
        field_version (int):
        creation_date (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        service_kind (str):
        review_status (FlagConfigApprovalRequestResponseReviewStatus | str):
        all_reviews (list[ReviewResponse]):
        notify_member_ids (list[str]):
        status (FlagConfigApprovalRequestResponseStatus | str):
        instructions (list[Instruction]):
        conflicts (list[Conflict]):
        field_links (FlagConfigApprovalRequestResponseLinks):
        requestor_id (str | Unset):
        description (str | Unset):
        applied_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        applied_by_member_id (str | Unset):
        applied_by_service_token_id (str | Unset):
        execution_date (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        operating_on_id (str | Unset):
        integration_metadata (IntegrationMetadata | Unset):
        source (CopiedFromEnv | Unset):
        custom_workflow_metadata (CustomWorkflowMeta | Unset):
    """

    field_id: str
    field_version: int
    creation_date: int
    service_kind: str
    review_status: FlagConfigApprovalRequestResponseReviewStatus | str
    all_reviews: list[ReviewResponse]
    notify_member_ids: list[str]
    status: FlagConfigApprovalRequestResponseStatus | str
    instructions: list[Instruction]
    conflicts: list[Conflict]
    field_links: FlagConfigApprovalRequestResponseLinks
    requestor_id: str | Unset = UNSET
    description: str | Unset = UNSET
    applied_date: int | Unset = UNSET
    applied_by_member_id: str | Unset = UNSET
    applied_by_service_token_id: str | Unset = UNSET
    execution_date: int | Unset = UNSET
    operating_on_id: str | Unset = UNSET
    integration_metadata: IntegrationMetadata | Unset = UNSET
    source: CopiedFromEnv | Unset = UNSET
    custom_workflow_metadata: CustomWorkflowMeta | Unset = UNSET
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
        for componentsschemas_instructions_item_data in self.instructions:
            componentsschemas_instructions_item = jsonable(componentsschemas_instructions_item_data)
            instructions.append(componentsschemas_instructions_item)

        conflicts = []
        for conflicts_item_data in self.conflicts:
            conflicts_item = jsonable(conflicts_item_data)
            conflicts.append(conflicts_item)

        field_links = jsonable(self.field_links)

        requestor_id = self.requestor_id

        description = self.description

        applied_date = self.applied_date

        applied_by_member_id = self.applied_by_member_id

        applied_by_service_token_id = self.applied_by_service_token_id

        execution_date = self.execution_date

        operating_on_id = self.operating_on_id

        integration_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integration_metadata, Unset):
            integration_metadata = jsonable(self.integration_metadata)

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = jsonable(self.source)

        custom_workflow_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_workflow_metadata, Unset):
            custom_workflow_metadata = jsonable(self.custom_workflow_metadata)

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
                "_links": field_links,
            }
        )
        if requestor_id is not UNSET:
            field_dict["requestorId"] = requestor_id
        if description is not UNSET:
            field_dict["description"] = description
        if applied_date is not UNSET:
            field_dict["appliedDate"] = applied_date
        if applied_by_member_id is not UNSET:
            field_dict["appliedByMemberId"] = applied_by_member_id
        if applied_by_service_token_id is not UNSET:
            field_dict["appliedByServiceTokenId"] = applied_by_service_token_id
        if execution_date is not UNSET:
            field_dict["executionDate"] = execution_date
        if operating_on_id is not UNSET:
            field_dict["operatingOnId"] = operating_on_id
        if integration_metadata is not UNSET:
            field_dict["integrationMetadata"] = integration_metadata
        if source is not UNSET:
            field_dict["source"] = source
        if custom_workflow_metadata is not UNSET:
            field_dict["customWorkflowMetadata"] = custom_workflow_metadata

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

        review_status = check_flag_config_approval_request_response_review_status(
            d.pop("reviewStatus", decode.MISSING), "reviewStatus"
        )

        all_reviews = decode.model_array(
            _models.ReviewResponse.from_dict, d.pop("allReviews", decode.MISSING), "allReviews"
        )

        notify_member_ids = decode.scalar_array(d.pop("notifyMemberIds", decode.MISSING), str, "notifyMemberIds")

        status = check_flag_config_approval_request_response_status(d.pop("status", decode.MISSING), "status")

        instructions = decode.model_array(
            _models.Instruction.from_dict, d.pop("instructions", decode.MISSING), "instructions"
        )

        conflicts = decode.model_array(_models.Conflict.from_dict, d.pop("conflicts", decode.MISSING), "conflicts")

        field_links = decode.model(
            _models.FlagConfigApprovalRequestResponseLinks.from_dict, d.pop("_links", decode.MISSING), "_links"
        )

        requestor_id = d.pop("requestorId", UNSET)
        if type(requestor_id) is not str and requestor_id is not UNSET:
            requestor_id = decode.expect(requestor_id, str, "requestorId")

        description = d.pop("description", UNSET)
        if type(description) is not str and description is not UNSET:
            description = decode.expect(description, str, "description")

        applied_date = d.pop("appliedDate", UNSET)
        if type(applied_date) is not int and applied_date is not UNSET:
            applied_date = decode.expect(applied_date, int, "appliedDate")

        applied_by_member_id = d.pop("appliedByMemberId", UNSET)
        if type(applied_by_member_id) is not str and applied_by_member_id is not UNSET:
            applied_by_member_id = decode.expect(applied_by_member_id, str, "appliedByMemberId")

        applied_by_service_token_id = d.pop("appliedByServiceTokenId", UNSET)
        if type(applied_by_service_token_id) is not str and applied_by_service_token_id is not UNSET:
            applied_by_service_token_id = decode.expect(applied_by_service_token_id, str, "appliedByServiceTokenId")

        execution_date = d.pop("executionDate", UNSET)
        if type(execution_date) is not int and execution_date is not UNSET:
            execution_date = decode.expect(execution_date, int, "executionDate")

        operating_on_id = d.pop("operatingOnId", UNSET)
        if type(operating_on_id) is not str and operating_on_id is not UNSET:
            operating_on_id = decode.expect(operating_on_id, str, "operatingOnId")

        integration_metadata = d.pop("integrationMetadata", UNSET)
        if integration_metadata is not UNSET:
            integration_metadata = decode.model(
                _models.IntegrationMetadata.from_dict, integration_metadata, "integrationMetadata"
            )

        source = d.pop("source", UNSET)
        if source is not UNSET:
            source = decode.model(_models.CopiedFromEnv.from_dict, source, "source")

        custom_workflow_metadata = d.pop("customWorkflowMetadata", UNSET)
        if custom_workflow_metadata is not UNSET:
            custom_workflow_metadata = decode.model(
                _models.CustomWorkflowMeta.from_dict, custom_workflow_metadata, "customWorkflowMetadata"
            )

        flag_config_approval_request_response = cls.__new__(cls)
        flag_config_approval_request_response.field_id = field_id
        flag_config_approval_request_response.field_version = field_version
        flag_config_approval_request_response.creation_date = creation_date
        flag_config_approval_request_response.service_kind = service_kind
        flag_config_approval_request_response.review_status = review_status
        flag_config_approval_request_response.all_reviews = all_reviews
        flag_config_approval_request_response.notify_member_ids = notify_member_ids
        flag_config_approval_request_response.status = status
        flag_config_approval_request_response.instructions = instructions
        flag_config_approval_request_response.conflicts = conflicts
        flag_config_approval_request_response.field_links = field_links
        flag_config_approval_request_response.requestor_id = requestor_id
        flag_config_approval_request_response.description = description
        flag_config_approval_request_response.applied_date = applied_date
        flag_config_approval_request_response.applied_by_member_id = applied_by_member_id
        flag_config_approval_request_response.applied_by_service_token_id = applied_by_service_token_id
        flag_config_approval_request_response.execution_date = execution_date
        flag_config_approval_request_response.operating_on_id = operating_on_id
        flag_config_approval_request_response.integration_metadata = integration_metadata
        flag_config_approval_request_response.source = source
        flag_config_approval_request_response.custom_workflow_metadata = custom_workflow_metadata

        flag_config_approval_request_response.additional_properties = d if d else {}
        return flag_config_approval_request_response

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
