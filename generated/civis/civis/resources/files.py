"""Operations on `client.files`."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.file_detail import FileDetail
from ..models.file_multipart_upload import FileMultipartUpload
from ..models.file_upload import FileUpload
from ..models.post_files_body import PostFilesBody
from ..models.post_files_multipart_body import PostFilesMultipartBody
from ..models.projects_project_summary import ProjectsProjectSummary
from ..models.share_groups_update_request_7 import ShareGroupsUpdateRequest7
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_7 import ShareUsersUpdateRequest7
from ..types import UNSET, Unset


def _parse_list_projects(response: httpx.Response) -> list[ProjectsProjectSummary]:
    response_200 = decode.model_array(_models.ProjectsProjectSummary.from_dict, response.json())

    return response_200


def _parse_put_projects(response: httpx.Response) -> None:
    return None


def _parse_delete_projects(response: httpx.Response) -> None:
    return None


def _parse_list_shares(response: httpx.Response) -> list[ShareIndex]:
    response_200 = decode.model_array(_models.ShareIndex.from_dict, response.json())

    return response_200


def _parse_put_shares_users(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_users(response: httpx.Response) -> None:
    return None


def _parse_put_shares_groups(response: httpx.Response) -> ShareIndex:
    return ShareIndex.from_dict(response.json())


def _parse_delete_shares_groups(response: httpx.Response) -> None:
    return None


def _parse_post(response: httpx.Response) -> FileUpload:
    return FileUpload.from_dict(response.json())


def _parse_post_multipart(response: httpx.Response) -> FileMultipartUpload:
    return FileMultipartUpload.from_dict(response.json())


def _parse_post_multipart_complete(response: httpx.Response) -> None:
    return None


def _parse_get(response: httpx.Response) -> FileDetail:
    return FileDetail.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class FilesResource:
    """Operations on `client.files`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return FilesResourceWithRawResponse(self)

    def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[ProjectsProjectSummary]:
        """List files projects.

        `GET /files/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace files projects.

        `PUT /files/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/files/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete files projects.

        `DELETE /files/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List files shares.

        `GET /files/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    def put_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace files shares users.

        `PUT /files/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/files/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest7(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete files shares users.

        `DELETE /files/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    def put_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace files shares groups.

        `PUT /files/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/files/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest7(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete files shares groups.

        `DELETE /files/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    def post(
        self,
        name: str,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileUpload:
        """Start a single-request file upload.

        Creates the file record and returns a presigned form upload: POST `upload_fields` plus the bytes
        (as the `file` field) to `upload_url`.

        `POST /files/`

        Args:
            name: File name, including extension.
            expires_at: When Civis may delete the file; send null to keep it forever.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileUpload

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/files/",
                json=PostFilesBody(name=name, expires_at=expires_at, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def post_multipart(
        self,
        name: str,
        num_parts: int,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileMultipartUpload:
        """Start a multi-part file upload.

        PUT each part to its URL in `upload_urls`, then call the complete endpoint.

        `POST /files/multipart`

        Args:
            name: File name, including extension.
            num_parts: How many parts the content will be split into.
            expires_at: When Civis may delete the file; send null to keep it forever.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileMultipartUpload

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/files/multipart",
                json=PostFilesMultipartBody(
                    name=name, num_parts=num_parts, expires_at=expires_at, description=description
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_multipart,
        )

    def post_multipart_complete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Finish a multi-part upload.

        `POST /files/multipart/{id}/complete`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/files/multipart/{encode_path(id)}/complete",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_multipart_complete,
        )

    def get(
        self,
        id: int,
        *,
        link_expires_at: datetime.datetime | Unset = UNSET,
        inline: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileDetail:
        """Get a file and its download link.

        `GET /files/{id}`

        Args:
            id: Object id.
            link_expires_at: When the download link should stop working (default: 30 minutes from now).
            inline: Ask the browser to display rather than download.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(id)}",
                params=query_params(
                    {
                        "link_expires_at": link_expires_at,
                        "inline": inline,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class FilesResourceWithRawResponse:
    """`files` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: FilesResource) -> None:
        self.list_projects = to_raw_response(resource.list_projects)
        self.put_projects = to_raw_response(resource.put_projects)
        self.delete_projects = to_raw_response(resource.delete_projects)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)
        self.post = to_raw_response(resource.post)
        self.post_multipart = to_raw_response(resource.post_multipart)
        self.post_multipart_complete = to_raw_response(resource.post_multipart_complete)
        self.get = to_raw_response(resource.get)


class AsyncFilesResource:
    """Operations on `client.files`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncFilesResourceWithRawResponse(self)

    async def list_projects(
        self,
        id: int,
        *,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> list[ProjectsProjectSummary]:
        """List files projects.

        `GET /files/{id}/projects`

        Args:
            id: The `id` path parameter.
            hidden: The `hidden` query parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ProjectsProjectSummary]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(id)}/projects",
                params=query_params(
                    {
                        "hidden": hidden,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_projects,
        )

    async def put_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Replace files projects.

        `PUT /files/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/files/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_projects,
        )

    async def delete_projects(
        self,
        id: int,
        project_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete files projects.

        `DELETE /files/{id}/projects/{project_id}`

        Args:
            id: The `id` path parameter.
            project_id: The `project_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(id)}/projects/{encode_path(project_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_projects,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> list[ShareIndex]:
        """List files shares.

        `GET /files/{id}/shares`

        Args:
            id: The `id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            list[ShareIndex]

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    async def put_shares_users(
        self,
        id: int,
        user_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace files shares users.

        `PUT /files/{id}/shares/users`

        Args:
            id: The `id` path parameter.
            user_ids: The `userIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/files/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest7(
                    user_ids=user_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_users,
        )

    async def delete_shares_users(
        self,
        id: int,
        user_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete files shares users.

        `DELETE /files/{id}/shares/users/{user_id}`

        Args:
            id: The `id` path parameter.
            user_id: The `user_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    async def put_shares_groups(
        self,
        id: int,
        group_ids: list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace files shares groups.

        `PUT /files/{id}/shares/groups`

        Args:
            id: The `id` path parameter.
            group_ids: The `groupIds` field of the request body.
            permission_level: The `permissionLevel` field of the request body.
            share_email_body: The `shareEmailBody` field of the request body.
            send_shared_email: The `sendSharedEmail` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            ShareIndex

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/files/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest7(
                    group_ids=group_ids,
                    permission_level=permission_level,
                    share_email_body=share_email_body,
                    send_shared_email=send_shared_email,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put_shares_groups,
        )

    async def delete_shares_groups(
        self,
        id: int,
        group_id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete files shares groups.

        `DELETE /files/{id}/shares/groups/{group_id}`

        Args:
            id: The `id` path parameter.
            group_id: The `group_id` path parameter.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/files/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )

    async def post(
        self,
        name: str,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileUpload:
        """Start a single-request file upload.

        Creates the file record and returns a presigned form upload: POST `upload_fields` plus the bytes
        (as the `file` field) to `upload_url`.

        `POST /files/`

        Args:
            name: File name, including extension.
            expires_at: When Civis may delete the file; send null to keep it forever.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileUpload

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/files/",
                json=PostFilesBody(name=name, expires_at=expires_at, description=description).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def post_multipart(
        self,
        name: str,
        num_parts: int,
        *,
        expires_at: datetime.datetime | None | Unset = UNSET,
        description: str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileMultipartUpload:
        """Start a multi-part file upload.

        PUT each part to its URL in `upload_urls`, then call the complete endpoint.

        `POST /files/multipart`

        Args:
            name: File name, including extension.
            num_parts: How many parts the content will be split into.
            expires_at: When Civis may delete the file; send null to keep it forever.
            description: The `description` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileMultipartUpload

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/files/multipart",
                json=PostFilesMultipartBody(
                    name=name, num_parts=num_parts, expires_at=expires_at, description=description
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_multipart,
        )

    async def post_multipart_complete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Finish a multi-part upload.

        `POST /files/multipart/{id}/complete`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            None

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/files/multipart/{encode_path(id)}/complete",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_multipart_complete,
        )

    async def get(
        self,
        id: int,
        *,
        link_expires_at: datetime.datetime | Unset = UNSET,
        inline: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> FileDetail:
        """Get a file and its download link.

        `GET /files/{id}`

        Args:
            id: Object id.
            link_expires_at: When the download link should stop working (default: 30 minutes from now).
            inline: Ask the browser to display rather than download.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            FileDetail

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/files/{encode_path(id)}",
                params=query_params(
                    {
                        "link_expires_at": link_expires_at,
                        "inline": inline,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncFilesResourceWithRawResponse:
    """`files` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.list_projects = to_async_raw_response(resource.list_projects)
        self.put_projects = to_async_raw_response(resource.put_projects)
        self.delete_projects = to_async_raw_response(resource.delete_projects)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
        self.post = to_async_raw_response(resource.post)
        self.post_multipart = to_async_raw_response(resource.post_multipart)
        self.post_multipart_complete = to_async_raw_response(resource.post_multipart_complete)
        self.get = to_async_raw_response(resource.get)
