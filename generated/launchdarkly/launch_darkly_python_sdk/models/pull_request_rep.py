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
    from ..models.deployment_collection_rep import DeploymentCollectionRep
    from ..models.flag_reference_collection_rep import FlagReferenceCollectionRep
    from ..models.pull_request_lead_time_rep import PullRequestLeadTimeRep


T = TypeVar("T", bound="PullRequestRep")


@_attrs_define
class PullRequestRep:
    """
    Attributes:
        id (UUID):
        external_id (str):
        title (str):
        status (str):
        author (str):
        create_time (int): Milliseconds since the Unix epoch. Example: 1700000000000.
        base_commit_key (str):
        head_commit_key (str):
        files_changed (int):
        lines_added (int):
        lines_deleted (int):
        url (str):
        merge_time (int | Unset): Milliseconds since the Unix epoch. Example: 1700000000000.
        merge_commit_key (str | Unset):
        deployments (DeploymentCollectionRep | Unset):
        flag_references (FlagReferenceCollectionRep | Unset):
        lead_time (PullRequestLeadTimeRep | Unset):
    """

    id: UUID
    external_id: str
    title: str
    status: str
    author: str
    create_time: int
    base_commit_key: str
    head_commit_key: str
    files_changed: int
    lines_added: int
    lines_deleted: int
    url: str
    merge_time: int | Unset = UNSET
    merge_commit_key: str | Unset = UNSET
    deployments: DeploymentCollectionRep | Unset = UNSET
    flag_references: FlagReferenceCollectionRep | Unset = UNSET
    lead_time: PullRequestLeadTimeRep | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        external_id = self.external_id

        title = self.title

        status = self.status

        author = self.author

        create_time = self.create_time

        base_commit_key = self.base_commit_key

        head_commit_key = self.head_commit_key

        files_changed = self.files_changed

        lines_added = self.lines_added

        lines_deleted = self.lines_deleted

        url = self.url

        merge_time = self.merge_time

        merge_commit_key = self.merge_commit_key

        deployments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = jsonable(self.deployments)

        flag_references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag_references, Unset):
            flag_references = jsonable(self.flag_references)

        lead_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lead_time, Unset):
            lead_time = jsonable(self.lead_time)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "title": title,
                "status": status,
                "author": author,
                "createTime": create_time,
                "baseCommitKey": base_commit_key,
                "headCommitKey": head_commit_key,
                "filesChanged": files_changed,
                "linesAdded": lines_added,
                "linesDeleted": lines_deleted,
                "url": url,
            }
        )
        if merge_time is not UNSET:
            field_dict["mergeTime"] = merge_time
        if merge_commit_key is not UNSET:
            field_dict["mergeCommitKey"] = merge_commit_key
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if flag_references is not UNSET:
            field_dict["flagReferences"] = flag_references
        if lead_time is not UNSET:
            field_dict["leadTime"] = lead_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = decode.uuid(d.pop("id", decode.MISSING), "id")

        external_id = d.pop("externalId", decode.MISSING)
        if type(external_id) is not str:
            external_id = decode.expect(external_id, str, "externalId")

        title = d.pop("title", decode.MISSING)
        if type(title) is not str:
            title = decode.expect(title, str, "title")

        status = d.pop("status", decode.MISSING)
        if type(status) is not str:
            status = decode.expect(status, str, "status")

        author = d.pop("author", decode.MISSING)
        if type(author) is not str:
            author = decode.expect(author, str, "author")

        create_time = d.pop("createTime", decode.MISSING)
        if type(create_time) is not int:
            create_time = decode.expect(create_time, int, "createTime")

        base_commit_key = d.pop("baseCommitKey", decode.MISSING)
        if type(base_commit_key) is not str:
            base_commit_key = decode.expect(base_commit_key, str, "baseCommitKey")

        head_commit_key = d.pop("headCommitKey", decode.MISSING)
        if type(head_commit_key) is not str:
            head_commit_key = decode.expect(head_commit_key, str, "headCommitKey")

        files_changed = d.pop("filesChanged", decode.MISSING)
        if type(files_changed) is not int:
            files_changed = decode.expect(files_changed, int, "filesChanged")

        lines_added = d.pop("linesAdded", decode.MISSING)
        if type(lines_added) is not int:
            lines_added = decode.expect(lines_added, int, "linesAdded")

        lines_deleted = d.pop("linesDeleted", decode.MISSING)
        if type(lines_deleted) is not int:
            lines_deleted = decode.expect(lines_deleted, int, "linesDeleted")

        url = d.pop("url", decode.MISSING)
        if type(url) is not str:
            url = decode.expect(url, str, "url")

        merge_time = d.pop("mergeTime", UNSET)
        if type(merge_time) is not int and merge_time is not UNSET:
            merge_time = decode.expect(merge_time, int, "mergeTime")

        merge_commit_key = d.pop("mergeCommitKey", UNSET)
        if type(merge_commit_key) is not str and merge_commit_key is not UNSET:
            merge_commit_key = decode.expect(merge_commit_key, str, "mergeCommitKey")

        deployments = d.pop("deployments", UNSET)
        if deployments is not UNSET:
            deployments = decode.model(_models.DeploymentCollectionRep.from_dict, deployments, "deployments")

        flag_references = d.pop("flagReferences", UNSET)
        if flag_references is not UNSET:
            flag_references = decode.model(
                _models.FlagReferenceCollectionRep.from_dict, flag_references, "flagReferences"
            )

        lead_time = d.pop("leadTime", UNSET)
        if lead_time is not UNSET:
            lead_time = decode.model(_models.PullRequestLeadTimeRep.from_dict, lead_time, "leadTime")

        pull_request_rep = cls.__new__(cls)
        pull_request_rep.id = id
        pull_request_rep.external_id = external_id
        pull_request_rep.title = title
        pull_request_rep.status = status
        pull_request_rep.author = author
        pull_request_rep.create_time = create_time
        pull_request_rep.base_commit_key = base_commit_key
        pull_request_rep.head_commit_key = head_commit_key
        pull_request_rep.files_changed = files_changed
        pull_request_rep.lines_added = lines_added
        pull_request_rep.lines_deleted = lines_deleted
        pull_request_rep.url = url
        pull_request_rep.merge_time = merge_time
        pull_request_rep.merge_commit_key = merge_commit_key
        pull_request_rep.deployments = deployments
        pull_request_rep.flag_references = flag_references
        pull_request_rep.lead_time = lead_time

        pull_request_rep.additional_properties = d if d else {}
        return pull_request_rep

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
