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
    from ..models.context_slugs import ContextSlugs


T = TypeVar("T", bound="Context")


@_attrs_define
class Context:
    """Resources an event is about.

    Attributes:
        account_id (str):  Example: us_acc_YOUR_ID.
        environment_id (str):  Example: us_env_YOUR_ID.
        namespaces (list[str] | Unset):
        slugs (ContextSlugs | Unset):
        action_name (str | Unset):
        space_id (str | Unset):  Example: us_sp_YOUR_ID.
        workbook_id (str | Unset):  Example: us_wb_YOUR_ID.
        sheet_id (str | Unset):  Example: us_sh_YOUR_ID.
        sheet_slug (str | Unset):
        snapshot_id (str | Unset):
        version_id (str | Unset):
        commit_id (str | Unset):
        job_id (str | Unset):  Example: us_jb_YOUR_ID.
        program_id (str | Unset):
        file_id (str | Unset):
        document_id (str | Unset):
        preceding_event_id (str | Unset):
        actor_id (str | Unset):  Example: us_key_SOME_KEY.
        app_id (str | Unset):
    """

    account_id: str
    environment_id: str
    namespaces: list[str] | Unset = UNSET
    slugs: ContextSlugs | Unset = UNSET
    action_name: str | Unset = UNSET
    space_id: str | Unset = UNSET
    workbook_id: str | Unset = UNSET
    sheet_id: str | Unset = UNSET
    sheet_slug: str | Unset = UNSET
    snapshot_id: str | Unset = UNSET
    version_id: str | Unset = UNSET
    commit_id: str | Unset = UNSET
    job_id: str | Unset = UNSET
    program_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    document_id: str | Unset = UNSET
    preceding_event_id: str | Unset = UNSET
    actor_id: str | Unset = UNSET
    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        environment_id = self.environment_id

        namespaces: list[str] | Unset = UNSET
        if not isinstance(self.namespaces, Unset):
            namespaces = self.namespaces

        slugs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.slugs, Unset):
            slugs = jsonable(self.slugs)

        action_name = self.action_name

        space_id = self.space_id

        workbook_id = self.workbook_id

        sheet_id = self.sheet_id

        sheet_slug = self.sheet_slug

        snapshot_id = self.snapshot_id

        version_id = self.version_id

        commit_id = self.commit_id

        job_id = self.job_id

        program_id = self.program_id

        file_id = self.file_id

        document_id = self.document_id

        preceding_event_id = self.preceding_event_id

        actor_id = self.actor_id

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "environmentId": environment_id,
            }
        )
        if namespaces is not UNSET:
            field_dict["namespaces"] = namespaces
        if slugs is not UNSET:
            field_dict["slugs"] = slugs
        if action_name is not UNSET:
            field_dict["actionName"] = action_name
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if workbook_id is not UNSET:
            field_dict["workbookId"] = workbook_id
        if sheet_id is not UNSET:
            field_dict["sheetId"] = sheet_id
        if sheet_slug is not UNSET:
            field_dict["sheetSlug"] = sheet_slug
        if snapshot_id is not UNSET:
            field_dict["snapshotId"] = snapshot_id
        if version_id is not UNSET:
            field_dict["versionId"] = version_id
        if commit_id is not UNSET:
            field_dict["commitId"] = commit_id
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if program_id is not UNSET:
            field_dict["programId"] = program_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if preceding_event_id is not UNSET:
            field_dict["precedingEventId"] = preceding_event_id
        if actor_id is not UNSET:
            field_dict["actorId"] = actor_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", decode.MISSING)
        if type(account_id) is not str:
            account_id = decode.expect(account_id, str, "accountId")

        environment_id = d.pop("environmentId", decode.MISSING)
        if type(environment_id) is not str:
            environment_id = decode.expect(environment_id, str, "environmentId")

        namespaces = d.pop("namespaces", UNSET)
        if namespaces is not UNSET:
            namespaces = decode.scalar_array(namespaces, str, "namespaces")

        slugs = d.pop("slugs", UNSET)
        if slugs is not UNSET:
            slugs = decode.model(_models.ContextSlugs.from_dict, slugs, "slugs")

        action_name = d.pop("actionName", UNSET)
        if type(action_name) is not str and action_name is not UNSET:
            action_name = decode.expect(action_name, str, "actionName")

        space_id = d.pop("spaceId", UNSET)
        if type(space_id) is not str and space_id is not UNSET:
            space_id = decode.expect(space_id, str, "spaceId")

        workbook_id = d.pop("workbookId", UNSET)
        if type(workbook_id) is not str and workbook_id is not UNSET:
            workbook_id = decode.expect(workbook_id, str, "workbookId")

        sheet_id = d.pop("sheetId", UNSET)
        if type(sheet_id) is not str and sheet_id is not UNSET:
            sheet_id = decode.expect(sheet_id, str, "sheetId")

        sheet_slug = d.pop("sheetSlug", UNSET)
        if type(sheet_slug) is not str and sheet_slug is not UNSET:
            sheet_slug = decode.expect(sheet_slug, str, "sheetSlug")

        snapshot_id = d.pop("snapshotId", UNSET)
        if type(snapshot_id) is not str and snapshot_id is not UNSET:
            snapshot_id = decode.expect(snapshot_id, str, "snapshotId")

        version_id = d.pop("versionId", UNSET)
        if type(version_id) is not str and version_id is not UNSET:
            version_id = decode.expect(version_id, str, "versionId")

        commit_id = d.pop("commitId", UNSET)
        if type(commit_id) is not str and commit_id is not UNSET:
            commit_id = decode.expect(commit_id, str, "commitId")

        job_id = d.pop("jobId", UNSET)
        if type(job_id) is not str and job_id is not UNSET:
            job_id = decode.expect(job_id, str, "jobId")

        program_id = d.pop("programId", UNSET)
        if type(program_id) is not str and program_id is not UNSET:
            program_id = decode.expect(program_id, str, "programId")

        file_id = d.pop("fileId", UNSET)
        if type(file_id) is not str and file_id is not UNSET:
            file_id = decode.expect(file_id, str, "fileId")

        document_id = d.pop("documentId", UNSET)
        if type(document_id) is not str and document_id is not UNSET:
            document_id = decode.expect(document_id, str, "documentId")

        preceding_event_id = d.pop("precedingEventId", UNSET)
        if type(preceding_event_id) is not str and preceding_event_id is not UNSET:
            preceding_event_id = decode.expect(preceding_event_id, str, "precedingEventId")

        actor_id = d.pop("actorId", UNSET)
        if type(actor_id) is not str and actor_id is not UNSET:
            actor_id = decode.expect(actor_id, str, "actorId")

        app_id = d.pop("appId", UNSET)
        if type(app_id) is not str and app_id is not UNSET:
            app_id = decode.expect(app_id, str, "appId")

        context = cls.__new__(cls)
        context.account_id = account_id
        context.environment_id = environment_id
        context.namespaces = namespaces
        context.slugs = slugs
        context.action_name = action_name
        context.space_id = space_id
        context.workbook_id = workbook_id
        context.sheet_id = sheet_id
        context.sheet_slug = sheet_slug
        context.snapshot_id = snapshot_id
        context.version_id = version_id
        context.commit_id = commit_id
        context.job_id = job_id
        context.program_id = program_id
        context.file_id = file_id
        context.document_id = document_id
        context.preceding_event_id = preceding_event_id
        context.actor_id = actor_id
        context.app_id = app_id

        context.additional_properties = d if d else {}
        return context

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
