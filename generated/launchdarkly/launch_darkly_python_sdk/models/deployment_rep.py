from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._core import _decode as decode
from .._core._decode import model_repr
from .._core._encode import jsonable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_rep_metadata import DeploymentRepMetadata
    from ..models.flag_reference_collection_rep import FlagReferenceCollectionRep
    from ..models.lead_time_stages_rep import LeadTimeStagesRep
    from ..models.pull_request_collection_rep import PullRequestCollectionRep


T = TypeVar("T", bound="DeploymentRep")


@_attrs_define
class DeploymentRep:
    """
    Attributes:
        id (UUID):
        application_key (str):
        application_version (str):
        started_at (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        status (str):
        kind (str):
        active (bool):
        archived (bool):
        environment_key (str):
        number_of_contributors (int):
        number_of_pull_requests (int):
        lines_added (int):
        lines_deleted (int):
        lead_time (int):
        ended_at (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        duration_ms (int | Unset):
        metadata (DeploymentRepMetadata | Unset):
        pull_requests (PullRequestCollectionRep | Unset):
        flag_references (FlagReferenceCollectionRep | Unset):
        lead_time_stages (LeadTimeStagesRep | Unset):
    """

    id: UUID
    application_key: str
    application_version: str
    started_at: int
    status: str
    kind: str
    active: bool
    archived: bool
    environment_key: str
    number_of_contributors: int
    number_of_pull_requests: int
    lines_added: int
    lines_deleted: int
    lead_time: int
    ended_at: int | Unset = UNSET
    duration_ms: int | Unset = UNSET
    metadata: DeploymentRepMetadata | Unset = UNSET
    pull_requests: PullRequestCollectionRep | Unset = UNSET
    flag_references: FlagReferenceCollectionRep | Unset = UNSET
    lead_time_stages: LeadTimeStagesRep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        application_key = self.application_key

        application_version = self.application_version

        started_at = self.started_at

        status = self.status

        kind = self.kind

        active = self.active

        archived = self.archived

        environment_key = self.environment_key

        number_of_contributors = self.number_of_contributors

        number_of_pull_requests = self.number_of_pull_requests

        lines_added = self.lines_added

        lines_deleted = self.lines_deleted

        lead_time = self.lead_time

        ended_at = self.ended_at

        duration_ms = self.duration_ms

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = jsonable(self.metadata)

        pull_requests: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pull_requests, Unset):
            pull_requests = jsonable(self.pull_requests)

        flag_references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag_references, Unset):
            flag_references = jsonable(self.flag_references)

        lead_time_stages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lead_time_stages, Unset):
            lead_time_stages = jsonable(self.lead_time_stages)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "applicationKey": application_key,
                "applicationVersion": application_version,
                "startedAt": started_at,
                "status": status,
                "kind": kind,
                "active": active,
                "archived": archived,
                "environmentKey": environment_key,
                "numberOfContributors": number_of_contributors,
                "numberOfPullRequests": number_of_pull_requests,
                "linesAdded": lines_added,
                "linesDeleted": lines_deleted,
                "leadTime": lead_time,
            }
        )
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if pull_requests is not UNSET:
            field_dict["pullRequests"] = pull_requests
        if flag_references is not UNSET:
            field_dict["flagReferences"] = flag_references
        if lead_time_stages is not UNSET:
            field_dict["leadTimeStages"] = lead_time_stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        application_key = d.pop("applicationKey", decode.MISSING)
        if type(application_key) is not str:
            application_key = decode.expect(application_key, str, "applicationKey")

        application_version = d.pop("applicationVersion", decode.MISSING)
        if type(application_version) is not str:
            application_version = decode.expect(application_version, str, "applicationVersion")

        started_at = d.pop("startedAt", decode.MISSING)
        if type(started_at) is not int:
            started_at = decode.expect(started_at, int, "startedAt")

        status = d.pop("status", decode.MISSING)
        if type(status) is not str:
            status = decode.expect(status, str, "status")

        kind = d.pop("kind", decode.MISSING)
        if type(kind) is not str:
            kind = decode.expect(kind, str, "kind")

        active = d.pop("active", decode.MISSING)
        if type(active) is not bool:
            active = decode.expect(active, bool, "active")

        archived = d.pop("archived", decode.MISSING)
        if type(archived) is not bool:
            archived = decode.expect(archived, bool, "archived")

        environment_key = d.pop("environmentKey", decode.MISSING)
        if type(environment_key) is not str:
            environment_key = decode.expect(environment_key, str, "environmentKey")

        number_of_contributors = d.pop("numberOfContributors", decode.MISSING)
        if type(number_of_contributors) is not int:
            number_of_contributors = decode.expect(number_of_contributors, int, "numberOfContributors")

        number_of_pull_requests = d.pop("numberOfPullRequests", decode.MISSING)
        if type(number_of_pull_requests) is not int:
            number_of_pull_requests = decode.expect(number_of_pull_requests, int, "numberOfPullRequests")

        lines_added = d.pop("linesAdded", decode.MISSING)
        if type(lines_added) is not int:
            lines_added = decode.expect(lines_added, int, "linesAdded")

        lines_deleted = d.pop("linesDeleted", decode.MISSING)
        if type(lines_deleted) is not int:
            lines_deleted = decode.expect(lines_deleted, int, "linesDeleted")

        lead_time = d.pop("leadTime", decode.MISSING)
        if type(lead_time) is not int:
            lead_time = decode.expect(lead_time, int, "leadTime")

        ended_at = d.pop("endedAt", UNSET)
        if type(ended_at) is not int and ended_at is not UNSET:
            ended_at = decode.expect(ended_at, int, "endedAt")

        duration_ms = d.pop("durationMs", UNSET)
        if type(duration_ms) is not int and duration_ms is not UNSET:
            duration_ms = decode.expect(duration_ms, int, "durationMs")

        metadata = d.pop("metadata", UNSET)
        if metadata is not UNSET:
            metadata = decode.model(_models.DeploymentRepMetadata.from_dict, metadata, "metadata")

        pull_requests = d.pop("pullRequests", UNSET)
        if pull_requests is not UNSET:
            pull_requests = decode.model(_models.PullRequestCollectionRep.from_dict, pull_requests, "pullRequests")

        flag_references = d.pop("flagReferences", UNSET)
        if flag_references is not UNSET:
            flag_references = decode.model(
                _models.FlagReferenceCollectionRep.from_dict, flag_references, "flagReferences"
            )

        lead_time_stages = d.pop("leadTimeStages", UNSET)
        if lead_time_stages is not UNSET:
            lead_time_stages = decode.model(_models.LeadTimeStagesRep.from_dict, lead_time_stages, "leadTimeStages")

        deployment_rep = cls.__new__(cls)
        deployment_rep.id = id
        deployment_rep.application_key = application_key
        deployment_rep.application_version = application_version
        deployment_rep.started_at = started_at
        deployment_rep.status = status
        deployment_rep.kind = kind
        deployment_rep.active = active
        deployment_rep.archived = archived
        deployment_rep.environment_key = environment_key
        deployment_rep.number_of_contributors = number_of_contributors
        deployment_rep.number_of_pull_requests = number_of_pull_requests
        deployment_rep.lines_added = lines_added
        deployment_rep.lines_deleted = lines_deleted
        deployment_rep.lead_time = lead_time
        deployment_rep.ended_at = ended_at
        deployment_rep.duration_ms = duration_ms
        deployment_rep.metadata = metadata
        deployment_rep.pull_requests = pull_requests
        deployment_rep.flag_references = flag_references
        deployment_rep.lead_time_stages = lead_time_stages

        deployment_rep.additional_properties = d if d else {}
        return deployment_rep

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
