"""Operations on `client.credentials`."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.credential import Credential
from ..models.error_model import Error
from ..models.get_credentials_order_dir import GetCredentialsOrderDir
from ..models.post_credentials_authenticate_body import PostCredentialsAuthenticateBody
from ..models.post_credentials_body import PostCredentialsBody
from ..models.post_credentials_id_temporary_body import PostCredentialsIdTemporaryBody
from ..models.put_credentials_id_body import PutCredentialsIdBody
from ..models.share_groups_update_request_2 import ShareGroupsUpdateRequest2
from ..models.share_index import ShareIndex
from ..models.share_users_update_request_2 import ShareUsersUpdateRequest2
from ..models.temporary_credential import TemporaryCredential
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[Credential]:
    response_200 = decode.model_array(_models.Credential.from_dict, response.json())

    return response_200


def _parse_post(response: httpx.Response) -> Credential:
    return Credential.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Credential:
    return Credential.from_dict(response.json())


def _parse_put(response: httpx.Response) -> Credential:
    return Credential.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> None:
    return None


def _parse_post_authenticate(response: httpx.Response) -> Credential:
    return Credential.from_dict(response.json())


def _parse_post_temporary(response: httpx.Response) -> TemporaryCredential:
    return TemporaryCredential.from_dict(response.json())


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


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class CredentialsResource:
    """Operations on `client.credentials`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return CredentialsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        default: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetCredentialsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Credential]:
        """List credentials.

        `GET /credentials/`

        Args:
            type: Only this credential kind.
            remote_host_id: Only credentials for this host.
            default: Only the caller's default credential.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Credential`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[Credential]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/credentials/",
                params=query_params(
                    {
                        "type": type,
                        "remote_host_id": remote_host_id,
                        "default": default,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    def post(
        self,
        type: str,
        username: str,
        password: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        state: str | Unset = UNSET,
        system_credential: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        oauth: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Create a credential.

        `POST /credentials/`

        Args:
            type: Credential kind, e.g. Database, Custom or Amazon Web Services S3.
            username: The `username` field of the request body.
            password: Secret; write-only.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            user_id: Owner when creating on someone's behalf (admins only).
            state: Two-letter state code, for some credential kinds.
            system_credential: The `systemCredential` field of the request body.
            default: The `default` field of the request body.
            oauth: The `oauth` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/credentials/",
                json=PostCredentialsBody(
                    type_=type,
                    username=username,
                    password=password,
                    name=name,
                    description=description,
                    remote_host_id=remote_host_id,
                    user_id=user_id,
                    state=state,
                    system_credential=system_credential,
                    default=default,
                    oauth=oauth,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Get a credential.

        `GET /credentials/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/credentials/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def put(
        self,
        id: int,
        type: str,
        username: str,
        password: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        state: str | Unset = UNSET,
        system_credential: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        oauth: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Replace a credential.

        `PUT /credentials/{id}`

        Args:
            id: Object id.
            type: Credential kind, e.g. Database, Custom or Amazon Web Services S3.
            username: The `username` field of the request body.
            password: Secret; write-only.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            user_id: Owner when creating on someone's behalf (admins only).
            state: Two-letter state code, for some credential kinds.
            system_credential: The `systemCredential` field of the request body.
            default: The `default` field of the request body.
            oauth: The `oauth` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "PUT",
                f"/credentials/{encode_path(id)}",
                json=PutCredentialsIdBody(
                    type_=type,
                    username=username,
                    password=password,
                    name=name,
                    description=description,
                    remote_host_id=remote_host_id,
                    user_id=user_id,
                    state=state,
                    system_credential=system_credential,
                    default=default,
                    oauth=oauth,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a credential.

        `DELETE /credentials/{id}`

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
                "DELETE",
                f"/credentials/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def post_authenticate(
        self,
        url: str,
        remote_host_type: str,
        username: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Check a username and password against a host.

        `POST /credentials/authenticate`

        Args:
            url: Address of the host.
            remote_host_type: Host kind, e.g. RemoteHostTypes::Postgres.
            username: The `username` field of the request body.
            password: The `password` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/credentials/authenticate",
                json=PostCredentialsAuthenticateBody(
                    url=url, remote_host_type=remote_host_type, username=username, password=password
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_authenticate,
        )

    def post_temporary(
        self,
        id: int,
        *,
        duration: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TemporaryCredential:
        """Get short-lived AWS keys.

        `POST /credentials/{id}/temporary`

        Args:
            id: Object id.
            duration: Lifetime in seconds (900 to 36000).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TemporaryCredential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                f"/credentials/{encode_path(id)}/temporary",
                json=PostCredentialsIdTemporaryBody(duration=duration).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_temporary,
        )

    def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List credentials shares.

        `GET /credentials/{id}/shares`

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
                f"/credentials/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace credentials shares users.

        `PUT /credentials/{id}/shares/users`

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
                f"/credentials/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest2(
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
        """Delete credentials shares users.

        `DELETE /credentials/{id}/shares/users/{user_id}`

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
                f"/credentials/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace credentials shares groups.

        `PUT /credentials/{id}/shares/groups`

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
                f"/credentials/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest2(
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
        """Delete credentials shares groups.

        `DELETE /credentials/{id}/shares/groups/{group_id}`

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
                f"/credentials/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )


class CredentialsResourceWithRawResponse:
    """`credentials` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: CredentialsResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)
        self.put = to_raw_response(resource.put)
        self.delete = to_raw_response(resource.delete)
        self.post_authenticate = to_raw_response(resource.post_authenticate)
        self.post_temporary = to_raw_response(resource.post_temporary)
        self.list_shares = to_raw_response(resource.list_shares)
        self.put_shares_users = to_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_raw_response(resource.delete_shares_groups)


class AsyncCredentialsResource:
    """Operations on `client.credentials`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncCredentialsResourceWithRawResponse(self)

    def list(
        self,
        *,
        type: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        default: bool | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetCredentialsOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Credential]:
        """List credentials.

        `GET /credentials/`

        Args:
            type: Only this credential kind.
            remote_host_id: Only credentials for this host.
            default: Only the caller's default credential.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Credential`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[Credential]` and the
            raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/credentials/",
                params=query_params(
                    {
                        "type": type,
                        "remote_host_id": remote_host_id,
                        "default": default,
                        "limit": limit,
                        "page_num": page_num,
                        "order": order,
                        "order_dir": order_dir,
                    }
                ),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list,
            strategy=PageNumberStrategy(page_param="page_num", size_param="limit"),
            items=(),
            max_items=max_items,
            from_start=iterator,
        )

    async def post(
        self,
        type: str,
        username: str,
        password: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        state: str | Unset = UNSET,
        system_credential: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        oauth: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Create a credential.

        `POST /credentials/`

        Args:
            type: Credential kind, e.g. Database, Custom or Amazon Web Services S3.
            username: The `username` field of the request body.
            password: Secret; write-only.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            user_id: Owner when creating on someone's behalf (admins only).
            state: Two-letter state code, for some credential kinds.
            system_credential: The `systemCredential` field of the request body.
            default: The `default` field of the request body.
            oauth: The `oauth` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/credentials/",
                json=PostCredentialsBody(
                    type_=type,
                    username=username,
                    password=password,
                    name=name,
                    description=description,
                    remote_host_id=remote_host_id,
                    user_id=user_id,
                    state=state,
                    system_credential=system_credential,
                    default=default,
                    oauth=oauth,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post,
        )

    async def get(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Get a credential.

        `GET /credentials/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/credentials/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def put(
        self,
        id: int,
        type: str,
        username: str,
        password: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        remote_host_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        state: str | Unset = UNSET,
        system_credential: bool | Unset = UNSET,
        default: bool | Unset = UNSET,
        oauth: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Replace a credential.

        `PUT /credentials/{id}`

        Args:
            id: Object id.
            type: Credential kind, e.g. Database, Custom or Amazon Web Services S3.
            username: The `username` field of the request body.
            password: Secret; write-only.
            name: The `name` field of the request body.
            description: The `description` field of the request body.
            remote_host_id: The `remoteHostId` field of the request body.
            user_id: Owner when creating on someone's behalf (admins only).
            state: Two-letter state code, for some credential kinds.
            system_credential: The `systemCredential` field of the request body.
            default: The `default` field of the request body.
            oauth: The `oauth` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "PUT",
                f"/credentials/{encode_path(id)}",
                json=PutCredentialsIdBody(
                    type_=type,
                    username=username,
                    password=password,
                    name=name,
                    description=description,
                    remote_host_id=remote_host_id,
                    user_id=user_id,
                    state=state,
                    system_credential=system_credential,
                    default=default,
                    oauth=oauth,
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_put,
        )

    async def delete(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> None:
        """Delete a credential.

        `DELETE /credentials/{id}`

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
                "DELETE",
                f"/credentials/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def post_authenticate(
        self,
        url: str,
        remote_host_type: str,
        username: str,
        password: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Credential:
        """Check a username and password against a host.

        `POST /credentials/authenticate`

        Args:
            url: Address of the host.
            remote_host_type: Host kind, e.g. RemoteHostTypes::Postgres.
            username: The `username` field of the request body.
            password: The `password` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Credential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/credentials/authenticate",
                json=PostCredentialsAuthenticateBody(
                    url=url, remote_host_type=remote_host_type, username=username, password=password
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_authenticate,
        )

    async def post_temporary(
        self,
        id: int,
        *,
        duration: int | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> TemporaryCredential:
        """Get short-lived AWS keys.

        `POST /credentials/{id}/temporary`

        Args:
            id: Object id.
            duration: Lifetime in seconds (900 to 36000).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            TemporaryCredential

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                f"/credentials/{encode_path(id)}/temporary",
                json=PostCredentialsIdTemporaryBody(duration=duration).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_post_temporary,
        )

    async def list_shares(
        self,
        id: int,
        *,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[ShareIndex]:
        """List credentials shares.

        `GET /credentials/{id}/shares`

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
                f"/credentials/{encode_path(id)}/shares",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_list_shares,
        )

    async def put_shares_users(
        self,
        id: int,
        user_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace credentials shares users.

        `PUT /credentials/{id}/shares/users`

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
                f"/credentials/{encode_path(id)}/shares/users",
                json=ShareUsersUpdateRequest2(
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
        """Delete credentials shares users.

        `DELETE /credentials/{id}/shares/users/{user_id}`

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
                f"/credentials/{encode_path(id)}/shares/users/{encode_path(user_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_users,
        )

    async def put_shares_groups(
        self,
        id: int,
        group_ids: builtins.list[int],
        permission_level: str,
        *,
        share_email_body: str | Unset = UNSET,
        send_shared_email: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> ShareIndex:
        """Replace credentials shares groups.

        `PUT /credentials/{id}/shares/groups`

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
                f"/credentials/{encode_path(id)}/shares/groups",
                json=ShareGroupsUpdateRequest2(
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
        """Delete credentials shares groups.

        `DELETE /credentials/{id}/shares/groups/{group_id}`

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
                f"/credentials/{encode_path(id)}/shares/groups/{encode_path(group_id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_delete_shares_groups,
        )


class AsyncCredentialsResourceWithRawResponse:
    """`credentials` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncCredentialsResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
        self.put = to_async_raw_response(resource.put)
        self.delete = to_async_raw_response(resource.delete)
        self.post_authenticate = to_async_raw_response(resource.post_authenticate)
        self.post_temporary = to_async_raw_response(resource.post_temporary)
        self.list_shares = to_async_raw_response(resource.list_shares)
        self.put_shares_users = to_async_raw_response(resource.put_shares_users)
        self.delete_shares_users = to_async_raw_response(resource.delete_shares_users)
        self.put_shares_groups = to_async_raw_response(resource.put_shares_groups)
        self.delete_shares_groups = to_async_raw_response(resource.delete_shares_groups)
