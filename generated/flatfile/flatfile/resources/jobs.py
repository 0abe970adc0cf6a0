"""Operations on `client.jobs`."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import Any

import httpx

from .._core._encode import encode_path, jsonable, query_params
from .._core._request import ApiRequest
from .._core._types import as_model, as_models
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.destination_field_model import DestinationField
from ..models.diff_records_response import DiffRecordsResponse
from ..models.edge import Edge
from ..models.errors_model import Errors
from ..models.filter_ import Filter
from ..models.job import Job
from ..models.job_ack_details import JobAckDetails
from ..models.job_cancel_details import JobCancelDetails
from ..models.job_complete_details import JobCompleteDetails
from ..models.job_mode import JobMode
from ..models.job_part_execution import JobPartExecution
from ..models.job_parts_type_1_item import JobPartsType1Item
from ..models.job_plan_response import JobPlanResponse
from ..models.job_response import JobResponse
from ..models.job_status import JobStatus
from ..models.job_subject_collection import JobSubjectCollection
from ..models.job_subject_resource import JobSubjectResource
from ..models.job_subject_unknown import JobSubjectUnknown
from ..models.job_type import JobType
from ..models.job_update_config import JobUpdateConfig
from ..models.jobs_create_body import JobsCreateBody
from ..models.jobs_create_body_input import JobsCreateBodyInput
from ..models.jobs_create_body_metadata import JobsCreateBodyMetadata
from ..models.jobs_create_body_outcome import JobsCreateBodyOutcome
from ..models.jobs_create_body_part_data import JobsCreateBodyPartData
from ..models.jobs_preview_mutation_body import JobsPreviewMutationBody
from ..models.jobs_split_body import JobsSplitBody
from ..models.jobs_update_body import JobsUpdateBody
from ..models.jobs_update_body_metadata import JobsUpdateBodyMetadata
from ..models.jobs_update_execution_plan_body import JobsUpdateExecutionPlanBody
from ..models.jobs_update_execution_plan_fields_body import JobsUpdateExecutionPlanFieldsBody
from ..models.list_jobs_response import ListJobsResponse
from ..models.sort_direction import SortDirection
from ..models.source_field_model import SourceField
from ..models.success import Success
from ..models.trigger import Trigger
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> ListJobsResponse:
    return ListJobsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_execute(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_get_execution_plan(response: httpx.Response) -> JobPlanResponse:
    return JobPlanResponse.from_dict(response.json())


def _parse_update_execution_plan(response: httpx.Response) -> JobPlanResponse:
    return JobPlanResponse.from_dict(response.json())


def _parse_update_execution_plan_fields(response: httpx.Response) -> JobPlanResponse:
    return JobPlanResponse.from_dict(response.json())


def _parse_ack(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_ack_outcome(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_complete(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_fail(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_cancel(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_retry(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


def _parse_preview_mutation(response: httpx.Response) -> DiffRecordsResponse:
    return DiffRecordsResponse.from_dict(response.json())


def _parse_split(response: httpx.Response) -> JobResponse:
    return JobResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class JobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> JobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return JobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        workbook_id: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        exclude_child_jobs: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Job]:
        """List jobs.

        Returns a page of jobs, narrowed by environment, space, workbook, file or parent job.

        `GET /jobs`

        Args:
            environment_id: Only jobs of this environment.
            space_id: Only jobs of this space.
            workbook_id: Only jobs of this workbook.
            file_id: Only jobs of this file.
            parent_id: Only parts of this job.
            page_size: How many jobs to return per page.
            page_number: Page to return, starting at 1.
            sort_direction: Order by creation time.
            exclude_child_jobs: Leave out job parts unless parentId is given.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Job`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListJobsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/jobs",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "workbookId": workbook_id,
                        "fileId": file_id,
                        "parentId": parent_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "sortDirection": sort_direction,
                        "excludeChildJobs": exclude_child_jobs,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    def create(
        self,
        *,
        type: JobType | str,
        operation: str,
        source: str,
        destination: str | Unset = UNSET,
        config: JobUpdateConfig | Mapping[str, Any] | Unset = UNSET,
        trigger: Trigger | str | Unset = UNSET,
        status: JobStatus | str | Unset = UNSET,
        progress: int | Unset = UNSET,
        file_id: str | Unset = UNSET,
        mode: JobMode | str | Unset = UNSET,
        input: JobsCreateBodyInput | Mapping[str, Any] | Unset = UNSET,
        subject: JobSubjectCollection | JobSubjectResource | JobSubjectUnknown | Mapping[str, Any] | Unset = UNSET,
        outcome: JobsCreateBodyOutcome | Mapping[str, Any] | Unset = UNSET,
        info: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        part: int | Unset = UNSET,
        part_data: JobsCreateBodyPartData | Mapping[str, Any] | Unset = UNSET,
        part_execution: JobPartExecution | str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        predecessor_ids: builtins.list[str] | Unset = UNSET,
        metadata: JobsCreateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Create a job.

        Starts a new job against a file, workbook, sheet, space or document.

        `POST /jobs`

        Args:
            type: Resource type a job runs against.
            operation: Operation name, such as export.
            source: Resource the job reads from.
            destination: Resource the job writes to.
            config: Operation-specific job settings; the shape depends on the job type and operation.
            trigger: What starts the job.
            status: Lifecycle state of a job.
            progress: Percent done, 0 to 100.
            file_id: The `fileId` field of the request body.
            mode: How much a running job blocks the user.
            input: Input values for the operation.
            subject: What a job operates on.
            outcome: Outcome summary.
            info: Status text.
            managed: Flatfile drives the job lifecycle instead of the caller.
            environment_id: Environment identifier.
            part: Part number.
            part_data: Data for this part.
            part_execution: How the parts of a split job run.
            parent_id: Parent job.
            predecessor_ids: Jobs that must finish first.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/jobs",
                json=JobsCreateBody(
                    type_=type,
                    operation=operation,
                    source=source,
                    destination=destination,
                    config=as_model(JobUpdateConfig, config),
                    trigger=trigger,
                    status=status,
                    progress=progress,
                    file_id=file_id,
                    mode=mode,
                    input_=as_model(JobsCreateBodyInput, input),
                    subject=as_model((JobSubjectResource, JobSubjectCollection, JobSubjectUnknown), subject),
                    outcome=as_model(JobsCreateBodyOutcome, outcome),
                    info=info,
                    managed=managed,
                    environment_id=environment_id,
                    part=part,
                    part_data=as_model(JobsCreateBodyPartData, part_data),
                    part_execution=part_execution,
                    parent_id=parent_id,
                    predecessor_ids=predecessor_ids,
                    metadata=as_model(JobsCreateBodyMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Get a job.

        Fetches one job and its current status.

        `GET /jobs/{jobId}`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(job_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a job.

        Removes a job.

        `DELETE /jobs/{jobId}`

        Args:
            job_id: Job to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/jobs/{encode_path(job_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        job_id: str,
        *,
        config: JobUpdateConfig | Mapping[str, Any] | Unset = UNSET,
        status: JobStatus | str | Unset = UNSET,
        progress: int | Unset = UNSET,
        outcome_acknowledged_at: datetime.datetime | Unset = UNSET,
        info: str | Unset = UNSET,
        metadata: JobsUpdateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Update a job.

        Changes the status, progress, info or settings of a job; only fields sent are changed.

        `PATCH /jobs/{jobId}`

        Args:
            job_id: Job to change.
            config: Operation-specific job settings; the shape depends on the job type and operation.
            status: Lifecycle state of a job.
            progress: Percent done, 0 to 100.
            outcome_acknowledged_at: When a user confirmed the outcome.
            info: Status text.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/jobs/{encode_path(job_id)}",
                json=JobsUpdateBody(
                    config=as_model(JobUpdateConfig, config),
                    status=status,
                    progress=progress,
                    outcome_acknowledged_at=outcome_acknowledged_at,
                    info=info,
                    metadata=as_model(JobsUpdateBodyMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    def execute(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Execute a job.

        Moves a job into the executing state.

        `POST /jobs/{jobId}/execute`

        Args:
            job_id: Job to run.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/execute",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_execute,
        )

    def get_execution_plan(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobPlanResponse:
        """Get a job plan.

        Returns the field mapping plan a mapping job will apply.

        `GET /jobs/{jobId}/plan`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPlanResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(job_id)}/plan",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_execution_plan,
        )

    def update_execution_plan(
        self,
        job_id_: str,
        *,
        file_id: str,
        job_id: str,
        field_mapping: Sequence[Edge | Mapping[str, Any]],
        unmapped_source_fields: Sequence[SourceField | Mapping[str, Any]],
        unmapped_destination_fields: Sequence[DestinationField | Mapping[str, Any]],
        program_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobPlanResponse:
        """Replace a job plan.

        Overwrites the whole mapping plan of a job.

        `PUT /jobs/{jobId}/plan`

        Args:
            job_id_: Job identifier.
            file_id: File being mapped.
            job_id: Job the plan belongs to.
            field_mapping: The `fieldMapping` field of the request body.
            unmapped_source_fields: The `unmappedSourceFields` field of the request body.
            unmapped_destination_fields: The `unmappedDestinationFields` field of the request body.
            program_id: Mapping program the plan came from.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPlanResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/jobs/{encode_path(job_id_)}/plan",
                json=JobsUpdateExecutionPlanBody(
                    file_id=file_id,
                    job_id=job_id,
                    field_mapping=as_models(Edge, field_mapping),
                    unmapped_source_fields=as_models(SourceField, unmapped_source_fields),
                    unmapped_destination_fields=as_models(DestinationField, unmapped_destination_fields),
                    program_id=program_id,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_execution_plan,
        )

    def update_execution_plan_fields(
        self,
        job_id_: str,
        *,
        file_id: str,
        job_id: str,
        field_mapping: Sequence[Edge | Mapping[str, Any]] | Unset = UNSET,
        unmapped_source_fields: Sequence[SourceField | Mapping[str, Any]] | Unset = UNSET,
        unmapped_destination_fields: Sequence[DestinationField | Mapping[str, Any]] | Unset = UNSET,
        program_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobPlanResponse:
        """Update parts of a job plan.

        Changes selected entries of a job mapping plan and keeps the rest.

        `PATCH /jobs/{jobId}/plan`

        Args:
            job_id_: Job identifier.
            file_id: File being mapped.
            job_id: Job the plan belongs to.
            field_mapping: The `fieldMapping` field of the request body.
            unmapped_source_fields: The `unmappedSourceFields` field of the request body.
            unmapped_destination_fields: The `unmappedDestinationFields` field of the request body.
            program_id: Mapping program the plan came from.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPlanResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/jobs/{encode_path(job_id_)}/plan",
                json=JobsUpdateExecutionPlanFieldsBody(
                    file_id=file_id,
                    job_id=job_id,
                    field_mapping=as_models(Edge, field_mapping),
                    unmapped_source_fields=as_models(SourceField, unmapped_source_fields),
                    unmapped_destination_fields=as_models(DestinationField, unmapped_destination_fields),
                    program_id=program_id,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_execution_plan_fields,
        )

    def ack(
        self,
        job_id: str,
        *,
        request: JobAckDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Acknowledge a job.

        Tells Flatfile a listener picked up the job, optionally with progress and an estimated finish
        time.

        `POST /jobs/{jobId}/ack`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/ack",
                json=jsonable(as_model(JobAckDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_ack,
        )

    def ack_outcome(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Acknowledge a job outcome.

        Records that the user saw the result of a finished job.

        `POST /jobs/{jobId}/outcome/ack`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/outcome/ack",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_ack_outcome,
        )

    def complete(
        self,
        job_id: str,
        *,
        request: JobCompleteDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Complete a job.

        Marks a job as finished and sets what the user sees next.

        `POST /jobs/{jobId}/complete`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/complete",
                json=jsonable(as_model(JobCompleteDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_complete,
        )

    def fail(
        self,
        job_id: str,
        *,
        request: JobCompleteDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Fail a job.

        Marks a job as failed and sets the message shown to the user.

        `POST /jobs/{jobId}/fail`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/fail",
                json=jsonable(as_model(JobCompleteDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_fail,
        )

    def cancel(
        self,
        job_id: str,
        *,
        request: JobCancelDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Cancel a job.

        Stops a job before it finishes.

        `POST /jobs/{jobId}/cancel`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/cancel",
                json=jsonable(as_model(JobCancelDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_cancel,
        )

    def retry(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Retry a job.

        Runs a failed job again.

        `POST /jobs/{jobId}/retry`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/retry",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_retry,
        )

    def preview_mutation(
        self,
        *,
        sheet_id: str,
        mutate_record: str,
        mutation_id: str | Unset = UNSET,
        snapshot_label: str | Unset = UNSET,
        snapshot_id: str | Unset = UNSET,
        filter: Filter | str | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        q: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DiffRecordsResponse:
        """Preview a mutation.

        Runs a record mutation function on a sample of a sheet and returns the changed records without
        saving them.

        `POST /jobs/preview-mutation`

        Args:
            sheet_id: Sheet to mutate.
            mutate_record: JavaScript function applied to each record.
            mutation_id: Links the job to the process that produced the mutation.
            snapshot_label: Label of a snapshot to take first.
            snapshot_id: Receives the id of the snapshot taken.
            filter: Restricts records by validation state.
            filter_field: The `filterField` field of the request body.
            search_value: The `searchValue` field of the request body.
            search_field: The `searchField` field of the request body.
            q: FFQL query.
            ids: Records to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DiffRecordsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/jobs/preview-mutation",
                json=JobsPreviewMutationBody(
                    sheet_id=sheet_id,
                    mutate_record=mutate_record,
                    mutation_id=mutation_id,
                    snapshot_label=snapshot_label,
                    snapshot_id=snapshot_id,
                    filter_=filter,
                    filter_field=filter_field,
                    search_value=search_value,
                    search_field=search_field,
                    q=q,
                    ids=ids,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_preview_mutation,
        )

    def split(
        self,
        job_id: str,
        *,
        parts: int | builtins.list[JobPartsType1Item],
        run_in_parallel: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Split a job.

        Divides a job into parts that can run one after another or in parallel.

        `POST /jobs/{jobId}/split`

        Args:
            job_id: Job identifier.
            parts: Either how many parts to create or the data for each part.
            run_in_parallel: Run the parts at the same time.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/split",
                json=JobsSplitBody(parts=parts, run_in_parallel=run_in_parallel).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_split,
        )


class JobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: JobsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)
        self.execute = to_raw_response(resource.execute)
        self.get_execution_plan = to_raw_response(resource.get_execution_plan)
        self.update_execution_plan = to_raw_response(resource.update_execution_plan)
        self.update_execution_plan_fields = to_raw_response(resource.update_execution_plan_fields)
        self.ack = to_raw_response(resource.ack)
        self.ack_outcome = to_raw_response(resource.ack_outcome)
        self.complete = to_raw_response(resource.complete)
        self.fail = to_raw_response(resource.fail)
        self.cancel = to_raw_response(resource.cancel)
        self.retry = to_raw_response(resource.retry)
        self.preview_mutation = to_raw_response(resource.preview_mutation)
        self.split = to_raw_response(resource.split)


class AsyncJobsResource:
    """Operations on `client.jobs`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncJobsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncJobsResourceWithRawResponse(self)

    def list(
        self,
        *,
        environment_id: str | Unset = UNSET,
        space_id: str | Unset = UNSET,
        workbook_id: str | Unset = UNSET,
        file_id: str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        sort_direction: SortDirection | Unset = UNSET,
        exclude_child_jobs: bool | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Job]:
        """List jobs.

        Returns a page of jobs, narrowed by environment, space, workbook, file or parent job.

        `GET /jobs`

        Args:
            environment_id: Only jobs of this environment.
            space_id: Only jobs of this space.
            workbook_id: Only jobs of this workbook.
            file_id: Only jobs of this file.
            parent_id: Only parts of this job.
            page_size: How many jobs to return per page.
            page_number: Page to return, starting at 1.
            sort_direction: Order by creation time.
            exclude_child_jobs: Leave out job parts unless parentId is given.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Job`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `ListJobsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/jobs",
                params=query_params(
                    {
                        "environmentId": environment_id,
                        "spaceId": space_id,
                        "workbookId": workbook_id,
                        "fileId": file_id,
                        "parentId": parent_id,
                        "pageSize": page_size,
                        "pageNumber": page_number,
                        "sortDirection": sort_direction,
                        "excludeChildJobs": exclude_child_jobs,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(
                page_param="pageNumber", size_param="pageSize", page_count_field="pagination.pageCount"
            ),
            items=("data",),
            max_items=max_items,
        )

    async def create(
        self,
        *,
        type: JobType | str,
        operation: str,
        source: str,
        destination: str | Unset = UNSET,
        config: JobUpdateConfig | Mapping[str, Any] | Unset = UNSET,
        trigger: Trigger | str | Unset = UNSET,
        status: JobStatus | str | Unset = UNSET,
        progress: int | Unset = UNSET,
        file_id: str | Unset = UNSET,
        mode: JobMode | str | Unset = UNSET,
        input: JobsCreateBodyInput | Mapping[str, Any] | Unset = UNSET,
        subject: JobSubjectCollection | JobSubjectResource | JobSubjectUnknown | Mapping[str, Any] | Unset = UNSET,
        outcome: JobsCreateBodyOutcome | Mapping[str, Any] | Unset = UNSET,
        info: str | Unset = UNSET,
        managed: bool | Unset = UNSET,
        environment_id: str | Unset = UNSET,
        part: int | Unset = UNSET,
        part_data: JobsCreateBodyPartData | Mapping[str, Any] | Unset = UNSET,
        part_execution: JobPartExecution | str | Unset = UNSET,
        parent_id: str | Unset = UNSET,
        predecessor_ids: builtins.list[str] | Unset = UNSET,
        metadata: JobsCreateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Create a job.

        Starts a new job against a file, workbook, sheet, space or document.

        `POST /jobs`

        Args:
            type: Resource type a job runs against.
            operation: Operation name, such as export.
            source: Resource the job reads from.
            destination: Resource the job writes to.
            config: Operation-specific job settings; the shape depends on the job type and operation.
            trigger: What starts the job.
            status: Lifecycle state of a job.
            progress: Percent done, 0 to 100.
            file_id: The `fileId` field of the request body.
            mode: How much a running job blocks the user.
            input: Input values for the operation.
            subject: What a job operates on.
            outcome: Outcome summary.
            info: Status text.
            managed: Flatfile drives the job lifecycle instead of the caller.
            environment_id: Environment identifier.
            part: Part number.
            part_data: Data for this part.
            part_execution: How the parts of a split job run.
            parent_id: Parent job.
            predecessor_ids: Jobs that must finish first.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/jobs",
                json=JobsCreateBody(
                    type_=type,
                    operation=operation,
                    source=source,
                    destination=destination,
                    config=as_model(JobUpdateConfig, config),
                    trigger=trigger,
                    status=status,
                    progress=progress,
                    file_id=file_id,
                    mode=mode,
                    input_=as_model(JobsCreateBodyInput, input),
                    subject=as_model((JobSubjectResource, JobSubjectCollection, JobSubjectUnknown), subject),
                    outcome=as_model(JobsCreateBodyOutcome, outcome),
                    info=info,
                    managed=managed,
                    environment_id=environment_id,
                    part=part,
                    part_data=as_model(JobsCreateBodyPartData, part_data),
                    part_execution=part_execution,
                    parent_id=parent_id,
                    predecessor_ids=predecessor_ids,
                    metadata=as_model(JobsCreateBodyMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Get a job.

        Fetches one job and its current status.

        `GET /jobs/{jobId}`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(job_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a job.

        Removes a job.

        `DELETE /jobs/{jobId}`

        Args:
            job_id: Job to remove.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/jobs/{encode_path(job_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        job_id: str,
        *,
        config: JobUpdateConfig | Mapping[str, Any] | Unset = UNSET,
        status: JobStatus | str | Unset = UNSET,
        progress: int | Unset = UNSET,
        outcome_acknowledged_at: datetime.datetime | Unset = UNSET,
        info: str | Unset = UNSET,
        metadata: JobsUpdateBodyMetadata | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Update a job.

        Changes the status, progress, info or settings of a job; only fields sent are changed.

        `PATCH /jobs/{jobId}`

        Args:
            job_id: Job to change.
            config: Operation-specific job settings; the shape depends on the job type and operation.
            status: Lifecycle state of a job.
            progress: Percent done, 0 to 100.
            outcome_acknowledged_at: When a user confirmed the outcome.
            info: Status text.
            metadata: The `metadata` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/jobs/{encode_path(job_id)}",
                json=JobsUpdateBody(
                    config=as_model(JobUpdateConfig, config),
                    status=status,
                    progress=progress,
                    outcome_acknowledged_at=outcome_acknowledged_at,
                    info=info,
                    metadata=as_model(JobsUpdateBodyMetadata, metadata),
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )

    async def execute(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Execute a job.

        Moves a job into the executing state.

        `POST /jobs/{jobId}/execute`

        Args:
            job_id: Job to run.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/execute",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_execute,
        )

    async def get_execution_plan(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobPlanResponse:
        """Get a job plan.

        Returns the field mapping plan a mapping job will apply.

        `GET /jobs/{jobId}/plan`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPlanResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/jobs/{encode_path(job_id)}/plan",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get_execution_plan,
        )

    async def update_execution_plan(
        self,
        job_id_: str,
        *,
        file_id: str,
        job_id: str,
        field_mapping: Sequence[Edge | Mapping[str, Any]],
        unmapped_source_fields: Sequence[SourceField | Mapping[str, Any]],
        unmapped_destination_fields: Sequence[DestinationField | Mapping[str, Any]],
        program_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobPlanResponse:
        """Replace a job plan.

        Overwrites the whole mapping plan of a job.

        `PUT /jobs/{jobId}/plan`

        Args:
            job_id_: Job identifier.
            file_id: File being mapped.
            job_id: Job the plan belongs to.
            field_mapping: The `fieldMapping` field of the request body.
            unmapped_source_fields: The `unmappedSourceFields` field of the request body.
            unmapped_destination_fields: The `unmappedDestinationFields` field of the request body.
            program_id: Mapping program the plan came from.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPlanResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/jobs/{encode_path(job_id_)}/plan",
                json=JobsUpdateExecutionPlanBody(
                    file_id=file_id,
                    job_id=job_id,
                    field_mapping=as_models(Edge, field_mapping),
                    unmapped_source_fields=as_models(SourceField, unmapped_source_fields),
                    unmapped_destination_fields=as_models(DestinationField, unmapped_destination_fields),
                    program_id=program_id,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_execution_plan,
        )

    async def update_execution_plan_fields(
        self,
        job_id_: str,
        *,
        file_id: str,
        job_id: str,
        field_mapping: Sequence[Edge | Mapping[str, Any]] | Unset = UNSET,
        unmapped_source_fields: Sequence[SourceField | Mapping[str, Any]] | Unset = UNSET,
        unmapped_destination_fields: Sequence[DestinationField | Mapping[str, Any]] | Unset = UNSET,
        program_id: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobPlanResponse:
        """Update parts of a job plan.

        Changes selected entries of a job mapping plan and keeps the rest.

        `PATCH /jobs/{jobId}/plan`

        Args:
            job_id_: Job identifier.
            file_id: File being mapped.
            job_id: Job the plan belongs to.
            field_mapping: The `fieldMapping` field of the request body.
            unmapped_source_fields: The `unmappedSourceFields` field of the request body.
            unmapped_destination_fields: The `unmappedDestinationFields` field of the request body.
            program_id: Mapping program the plan came from.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobPlanResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/jobs/{encode_path(job_id_)}/plan",
                json=JobsUpdateExecutionPlanFieldsBody(
                    file_id=file_id,
                    job_id=job_id,
                    field_mapping=as_models(Edge, field_mapping),
                    unmapped_source_fields=as_models(SourceField, unmapped_source_fields),
                    unmapped_destination_fields=as_models(DestinationField, unmapped_destination_fields),
                    program_id=program_id,
                ).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update_execution_plan_fields,
        )

    async def ack(
        self,
        job_id: str,
        *,
        request: JobAckDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Acknowledge a job.

        Tells Flatfile a listener picked up the job, optionally with progress and an estimated finish
        time.

        `POST /jobs/{jobId}/ack`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/ack",
                json=jsonable(as_model(JobAckDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_ack,
        )

    async def ack_outcome(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Acknowledge a job outcome.

        Records that the user saw the result of a finished job.

        `POST /jobs/{jobId}/outcome/ack`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/outcome/ack",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_ack_outcome,
        )

    async def complete(
        self,
        job_id: str,
        *,
        request: JobCompleteDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Complete a job.

        Marks a job as finished and sets what the user sees next.

        `POST /jobs/{jobId}/complete`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/complete",
                json=jsonable(as_model(JobCompleteDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_complete,
        )

    async def fail(
        self,
        job_id: str,
        *,
        request: JobCompleteDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Fail a job.

        Marks a job as failed and sets the message shown to the user.

        `POST /jobs/{jobId}/fail`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/fail",
                json=jsonable(as_model(JobCompleteDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_fail,
        )

    async def cancel(
        self,
        job_id: str,
        *,
        request: JobCancelDetails | Mapping[str, Any] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Cancel a job.

        Stops a job before it finishes.

        `POST /jobs/{jobId}/cancel`

        Args:
            job_id: Job identifier.
            request: The request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/cancel",
                json=jsonable(as_model(JobCancelDetails, request)),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_cancel,
        )

    async def retry(
        self,
        job_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Retry a job.

        Runs a failed job again.

        `POST /jobs/{jobId}/retry`

        Args:
            job_id: Job identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/retry",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_retry,
        )

    async def preview_mutation(
        self,
        *,
        sheet_id: str,
        mutate_record: str,
        mutation_id: str | Unset = UNSET,
        snapshot_label: str | Unset = UNSET,
        snapshot_id: str | Unset = UNSET,
        filter: Filter | str | Unset = UNSET,
        filter_field: str | Unset = UNSET,
        search_value: str | Unset = UNSET,
        search_field: str | Unset = UNSET,
        q: str | Unset = UNSET,
        ids: builtins.list[str] | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> DiffRecordsResponse:
        """Preview a mutation.

        Runs a record mutation function on a sample of a sheet and returns the changed records without
        saving them.

        `POST /jobs/preview-mutation`

        Args:
            sheet_id: Sheet to mutate.
            mutate_record: JavaScript function applied to each record.
            mutation_id: Links the job to the process that produced the mutation.
            snapshot_label: Label of a snapshot to take first.
            snapshot_id: Receives the id of the snapshot taken.
            filter: Restricts records by validation state.
            filter_field: The `filterField` field of the request body.
            search_value: The `searchValue` field of the request body.
            search_field: The `searchField` field of the request body.
            q: FFQL query.
            ids: Records to include.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            DiffRecordsResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/jobs/preview-mutation",
                json=JobsPreviewMutationBody(
                    sheet_id=sheet_id,
                    mutate_record=mutate_record,
                    mutation_id=mutation_id,
                    snapshot_label=snapshot_label,
                    snapshot_id=snapshot_id,
                    filter_=filter,
                    filter_field=filter_field,
                    search_value=search_value,
                    search_field=search_field,
                    q=q,
                    ids=ids,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_preview_mutation,
        )

    async def split(
        self,
        job_id: str,
        *,
        parts: int | builtins.list[JobPartsType1Item],
        run_in_parallel: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> JobResponse:
        """Split a job.

        Divides a job into parts that can run one after another or in parallel.

        `POST /jobs/{jobId}/split`

        Args:
            job_id: Job identifier.
            parts: Either how many parts to create or the data for each part.
            run_in_parallel: Run the parts at the same time.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            JobResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/jobs/{encode_path(job_id)}/split",
                json=JobsSplitBody(parts=parts, run_in_parallel=run_in_parallel).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_split,
        )


class AsyncJobsResourceWithRawResponse:
    """`jobs` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncJobsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
        self.execute = to_async_raw_response(resource.execute)
        self.get_execution_plan = to_async_raw_response(resource.get_execution_plan)
        self.update_execution_plan = to_async_raw_response(resource.update_execution_plan)
        self.update_execution_plan_fields = to_async_raw_response(resource.update_execution_plan_fields)
        self.ack = to_async_raw_response(resource.ack)
        self.ack_outcome = to_async_raw_response(resource.ack_outcome)
        self.complete = to_async_raw_response(resource.complete)
        self.fail = to_async_raw_response(resource.fail)
        self.cancel = to_async_raw_response(resource.cancel)
        self.retry = to_async_raw_response(resource.retry)
        self.preview_mutation = to_async_raw_response(resource.preview_mutation)
        self.split = to_async_raw_response(resource.split)
