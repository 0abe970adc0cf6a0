"""Operations on `client.notebooks`."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import Any

import httpx

from .._core import _decode as decode
from .._core._encode import encode_path, query_params
from .._core._request import ApiRequest
from .._core._types import as_model
from .._core.http_client import AsyncHttpClient, SyncHttpClient
from .._core.pagination import (
    AsyncPager,
    PageNumberStrategy,
    SyncPager,
)
from .._core.raw_response import to_async_raw_response, to_raw_response
from .._core.request_options import RequestOptions
from ..models.error_model import Error
from ..models.get_notebooks_order_dir import GetNotebooksOrderDir
from ..models.notebook import Notebook
from ..models.notebook_summary import NotebookSummary
from ..models.post_notebooks_body import PostNotebooksBody
from ..models.post_notebooks_body_environment_variables import PostNotebooksBodyEnvironmentVariables
from ..models.post_notebooks_body_language import PostNotebooksBodyLanguage
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> list[NotebookSummary]:
    _response_200 = response.json()
    response_200: list[NotebookSummary]
    if isinstance(_response_200, list):
        response_200 = []
        for response_200_index, response_200_item_data in enumerate(_response_200):
            with decode.at(None, response_200_index):
                response_200_item = decode.model(NotebookSummary.from_dict, response_200_item_data)

            response_200.append(response_200_item)
    else:
        response_200 = decode.mismatch("an array", _response_200)

    return response_200


def _parse_post(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


def _parse_get(response: httpx.Response) -> Notebook:
    return Notebook.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Error.from_dict,
    401: Error.from_dict,
    403: Error.from_dict,
    404: Error.from_dict,
    429: Error.from_dict,
}


class NotebooksResource:
    """Operations on `client.notebooks`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> NotebooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return NotebooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetNotebooksOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[NotebookSummary]:
        """List notebooks.

        `GET /notebooks/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `NotebookSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[NotebookSummary]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/notebooks/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
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
        *,
        name: str | Unset = UNSET,
        language: PostNotebooksBodyLanguage | str | Unset = UNSET,
        description: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: PostNotebooksBodyEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Create a notebook.

        `POST /notebooks/`

        Args:
            name: The `name` field of the request body.
            language: python3 or r.
            description: The `description` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: MiB.
            cpu: Thousandths of a CPU core.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: Minutes of inactivity before shutdown.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/notebooks/",
                json=PostNotebooksBody(
                    name=name,
                    language=language,
                    description=description,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(PostNotebooksBodyEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    hidden=hidden,
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
    ) -> Notebook:
        """Get a notebook.

        `GET /notebooks/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class NotebooksResourceWithRawResponse:
    """`notebooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: NotebooksResource) -> None:
        self.list = to_raw_response(resource.list)
        self.post = to_raw_response(resource.post)
        self.get = to_raw_response(resource.get)


class AsyncNotebooksResource:
    """Operations on `client.notebooks`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncNotebooksResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncNotebooksResourceWithRawResponse(self)

    def list(
        self,
        *,
        hidden: bool | Unset = UNSET,
        archived: str | Unset = UNSET,
        author: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_num: int | Unset = UNSET,
        order: str | Unset = UNSET,
        order_dir: GetNotebooksOrderDir | Unset = UNSET,
        max_items: int | None = None,
        iterator: bool = False,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[NotebookSummary]:
        """List notebooks.

        `GET /notebooks/`

        Args:
            hidden: Return hidden (system-created) objects instead of visible ones.
            archived: `true`, `false` or `all`; default `false`.
            author: Comma-separated user ids whose objects to keep.
            limit: Page size; each endpoint has its own default and maximum (often 20 and 1000).
            page_num: 1-based page number; pages beyond the last come back empty.
            order: Field to sort by; the allowed fields differ per endpoint.
            order_dir: Sort direction.
            max_items: Stop after this many items (all pages are read when not given).
            iterator: Iterate over every item from the first page (the page number and size are ignored).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `NotebookSummary`: iterating it yields every item across pages, fetching them as
            needed; `iter_pages()` yields each page (its items, the parsed `list[NotebookSummary]` and
            the raw response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/notebooks/",
                params=query_params(
                    {
                        "hidden": hidden,
                        "archived": archived,
                        "author": author,
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
        *,
        name: str | Unset = UNSET,
        language: PostNotebooksBodyLanguage | str | Unset = UNSET,
        description: str | Unset = UNSET,
        docker_image_name: str | Unset = UNSET,
        docker_image_tag: str | Unset = UNSET,
        instance_type: str | Unset = UNSET,
        memory: int | Unset = UNSET,
        cpu: int | Unset = UNSET,
        credentials: builtins.list[int] | Unset = UNSET,
        environment_variables: PostNotebooksBodyEnvironmentVariables | Mapping[str, Any] | Unset = UNSET,
        idle_timeout: int | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Notebook:
        """Create a notebook.

        `POST /notebooks/`

        Args:
            name: The `name` field of the request body.
            language: python3 or r.
            description: The `description` field of the request body.
            docker_image_name: The `dockerImageName` field of the request body.
            docker_image_tag: The `dockerImageTag` field of the request body.
            instance_type: The `instanceType` field of the request body.
            memory: MiB.
            cpu: Thousandths of a CPU core.
            credentials: The `credentials` field of the request body.
            environment_variables: The `environmentVariables` field of the request body.
            idle_timeout: Minutes of inactivity before shutdown.
            hidden: The `hidden` field of the request body.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/notebooks/",
                json=PostNotebooksBody(
                    name=name,
                    language=language,
                    description=description,
                    docker_image_name=docker_image_name,
                    docker_image_tag=docker_image_tag,
                    instance_type=instance_type,
                    memory=memory,
                    cpu=cpu,
                    credentials=credentials,
                    environment_variables=as_model(PostNotebooksBodyEnvironmentVariables, environment_variables),
                    idle_timeout=idle_timeout,
                    hidden=hidden,
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
    ) -> Notebook:
        """Get a notebook.

        `GET /notebooks/{id}`

        Args:
            id: Object id.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Notebook

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 401, 403, 404, 429.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/notebooks/{encode_path(id)}",
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_get,
        )


class AsyncNotebooksResourceWithRawResponse:
    """`notebooks` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncNotebooksResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.post = to_async_raw_response(resource.post)
        self.get = to_async_raw_response(resource.get)
