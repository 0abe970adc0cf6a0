"""Operations on `client.assistant`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any

import httpx

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
from ..models.assistant_create_body import AssistantCreateBody
from ..models.assistant_update_body import AssistantUpdateBody
from ..models.errors_model import Errors
from ..models.prompt_model import Prompt
from ..models.prompt_response import PromptResponse
from ..models.prompt_type_enum import PromptTypeEnum
from ..models.prompt_type_query_enum import PromptTypeQueryEnum
from ..models.prompts_response import PromptsResponse
from ..models.success import Success
from ..types import UNSET, Unset


def _parse_list(response: httpx.Response) -> PromptsResponse:
    return PromptsResponse.from_dict(response.json())


def _parse_create(response: httpx.Response) -> PromptResponse:
    return PromptResponse.from_dict(response.json())


def _parse_get(response: httpx.Response) -> PromptResponse:
    return PromptResponse.from_dict(response.json())


def _parse_delete(response: httpx.Response) -> Success:
    return Success.from_dict(response.json())


def _parse_update(response: httpx.Response) -> PromptResponse:
    return PromptResponse.from_dict(response.json())


_ERRORS: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
}


_ERRORS_2: dict[int, Callable[[Any], object]] = {
    400: Errors.from_dict,
    404: Errors.from_dict,
}


class AssistantResource:
    """Operations on `client.assistant`."""

    def __init__(self, client: SyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AssistantResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AssistantResourceWithRawResponse(self)

    def list(
        self,
        *,
        prompt_type: PromptTypeQueryEnum | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> SyncPager[Prompt]:
        """List prompts.

        Returns a page of saved AI assistant prompts.

        `GET /prompts`

        Args:
            prompt_type: Prompt purpose to filter on; AI_ASSIST when left out.
            page_size: How many prompts to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Prompt`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `PromptsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return SyncPager.start(
            self._client,
            ApiRequest(
                "GET",
                "/prompts",
                params=query_params(
                    {
                        "promptType": prompt_type,
                        "pageSize": page_size,
                        "pageNumber": page_number,
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
        prompt: str,
        environment_id: str,
        space_id: str,
        prompt_type: PromptTypeEnum | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromptResponse:
        """Save a prompt.

        Stores a prompt for the AI assistant in a space.

        `POST /prompts`

        Args:
            prompt: Prompt text.
            environment_id: Environment identifier.
            space_id: Space identifier.
            prompt_type: Purpose of a prompt.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PromptResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return self._client.request(
            ApiRequest(
                "POST",
                "/prompts",
                json=AssistantCreateBody(
                    prompt=prompt, environment_id=environment_id, space_id=space_id, prompt_type=prompt_type
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    def get(
        self,
        prompt_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PromptResponse:
        """Get a prompt.

        Fetches one saved prompt.

        `GET /prompts/{promptId}`

        Args:
            prompt_id: Prompt identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PromptResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "GET",
                f"/prompts/{encode_path(prompt_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    def delete(
        self,
        prompt_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a prompt.

        Removes a saved prompt.

        `DELETE /prompts/{promptId}`

        Args:
            prompt_id: Prompt identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "DELETE",
                f"/prompts/{encode_path(prompt_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    def update(
        self,
        prompt_id: str,
        *,
        prompt: str,
        request_options: RequestOptions | None = None,
    ) -> PromptResponse:
        """Update a prompt.

        Replaces the text of a saved prompt.

        `PATCH /prompts/{promptId}`

        Args:
            prompt_id: Prompt identifier.
            prompt: Prompt text.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PromptResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return self._client.request(
            ApiRequest(
                "PATCH",
                f"/prompts/{encode_path(prompt_id)}",
                json=AssistantUpdateBody(prompt=prompt).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AssistantResourceWithRawResponse:
    """`assistant` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AssistantResource) -> None:
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.delete = to_raw_response(resource.delete)
        self.update = to_raw_response(resource.update)


class AsyncAssistantResource:
    """Operations on `client.assistant`."""

    def __init__(self, client: AsyncHttpClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAssistantResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, timing) with the parsed data."""
        return AsyncAssistantResourceWithRawResponse(self)

    def list(
        self,
        *,
        prompt_type: PromptTypeQueryEnum | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_number: int | Unset = UNSET,
        max_items: int | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncPager[Prompt]:
        """List prompts.

        Returns a page of saved AI assistant prompts.

        `GET /prompts`

        Args:
            prompt_type: Prompt purpose to filter on; AI_ASSIST when left out.
            page_size: How many prompts to return per page.
            page_number: Page to return, starting at 1.
            max_items: Stop after this many items (all pages are read when not given).
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            A pager of `Prompt`: iterating it yields every item across pages, fetching them as needed;
            `iter_pages()` yields each page (its items, the parsed `PromptsResponse` and the raw
            response).

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return AsyncPager(
            self._client,
            ApiRequest(
                "GET",
                "/prompts",
                params=query_params(
                    {
                        "promptType": prompt_type,
                        "pageSize": page_size,
                        "pageNumber": page_number,
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
        prompt: str,
        environment_id: str,
        space_id: str,
        prompt_type: PromptTypeEnum | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> PromptResponse:
        """Save a prompt.

        Stores a prompt for the AI assistant in a space.

        `POST /prompts`

        Args:
            prompt: Prompt text.
            environment_id: Environment identifier.
            space_id: Space identifier.
            prompt_type: Purpose of a prompt.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PromptResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400.
        """
        return await self._client.request(
            ApiRequest(
                "POST",
                "/prompts",
                json=AssistantCreateBody(
                    prompt=prompt, environment_id=environment_id, space_id=space_id, prompt_type=prompt_type
                ).to_dict(),
                error_types=_ERRORS,
                options=request_options,
            ),
            cast=_parse_create,
        )

    async def get(
        self,
        prompt_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> PromptResponse:
        """Get a prompt.

        Fetches one saved prompt.

        `GET /prompts/{promptId}`

        Args:
            prompt_id: Prompt identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PromptResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "GET",
                f"/prompts/{encode_path(prompt_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_get,
        )

    async def delete(
        self,
        prompt_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Success:
        """Delete a prompt.

        Removes a saved prompt.

        `DELETE /prompts/{promptId}`

        Args:
            prompt_id: Prompt identifier.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            Success

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "DELETE",
                f"/prompts/{encode_path(prompt_id)}",
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_delete,
        )

    async def update(
        self,
        prompt_id: str,
        *,
        prompt: str,
        request_options: RequestOptions | None = None,
    ) -> PromptResponse:
        """Update a prompt.

        Replaces the text of a saved prompt.

        `PATCH /prompts/{promptId}`

        Args:
            prompt_id: Prompt identifier.
            prompt: Prompt text.
            request_options: Per-request timeout, retries and extra headers, query or body parameters.

        Returns:
            PromptResponse

        Raises:
            ApiError: subclass per status in README.md#errors; documented: 400, 404.
        """
        return await self._client.request(
            ApiRequest(
                "PATCH",
                f"/prompts/{encode_path(prompt_id)}",
                json=AssistantUpdateBody(prompt=prompt).to_dict(),
                error_types=_ERRORS_2,
                options=request_options,
            ),
            cast=_parse_update,
        )


class AsyncAssistantResourceWithRawResponse:
    """`assistant` methods that return `RawResponse[...]`: parsed data plus status, headers and timing."""

    def __init__(self, resource: AsyncAssistantResource) -> None:
        self.list = to_async_raw_response(resource.list)
        self.create = to_async_raw_response(resource.create)
        self.get = to_async_raw_response(resource.get)
        self.delete = to_async_raw_response(resource.delete)
        self.update = to_async_raw_response(resource.update)
