"""Runtime shared by every generated SDK (copied into each one as ``<pkg>/_core/``).

HTTP clients with one retry loop, typed errors, raw responses, auth flows, file helpers and logging.
Only the standard library and httpx are used, and every import inside the package is relative.
"""

from ._logging import get_logger
from ._redact import REDACTED, Redactor
from ._retry import DEFAULT_MAX_RETRIES, MAX_BACKOFF_DELAY, MAX_SERVER_RETRY_DELAY
from .auth import ApiKeyAuth, BaseAuth, BasicAuth, BearerAuth, OAuth2ClientCredentials, resolve_credential
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    BadRequestError,
    ConflictError,
    ForbiddenError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    ParseError,
    SdkError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
    error_class_for_status,
    make_api_error,
)
from .file import FileContent, FileInput, HttpxFile, to_httpx_file, to_httpx_files
from .http_client import DEFAULT_TIMEOUT, AsyncHttpClient, SyncHttpClient, encode_path, encode_query
from .pagination import (
    AsyncPager,
    CursorStrategy,
    NextLinkStrategy,
    NoNextPageError,
    OffsetStrategy,
    Page,
    PageNumberStrategy,
    SyncPager,
)
from .polling import AsyncPollingFuture, PollingFuture, RunFailedError, RunStates
from .raw_response import RateLimit, RawResponse, parse_rate_limit, to_async_raw_response, to_raw_response
from .request_options import NOT_GIVEN, NotGiven, RequestOptions
from .response_metadata import ResponseMetadata, attach_response

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "MAX_BACKOFF_DELAY",
    "MAX_SERVER_RETRY_DELAY",
    "NOT_GIVEN",
    "REDACTED",
    "ApiConnectionError",
    "ApiError",
    "ApiKeyAuth",
    "ApiTimeoutError",
    "AsyncHttpClient",
    "AsyncPager",
    "AsyncPollingFuture",
    "BadRequestError",
    "BaseAuth",
    "BasicAuth",
    "BearerAuth",
    "ConflictError",
    "CursorStrategy",
    "FileContent",
    "FileInput",
    "ForbiddenError",
    "HttpxFile",
    "InternalServerError",
    "MissingCredentialsError",
    "NextLinkStrategy",
    "NoNextPageError",
    "NotFoundError",
    "NotGiven",
    "OAuth2ClientCredentials",
    "OffsetStrategy",
    "Page",
    "PageNumberStrategy",
    "ParseError",
    "PollingFuture",
    "RateLimit",
    "RawResponse",
    "Redactor",
    "RequestOptions",
    "ResponseMetadata",
    "RunFailedError",
    "RunStates",
    "SdkError",
    "SyncHttpClient",
    "SyncPager",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "encode_path",
    "encode_query",
    "error_class_for_status",
    "get_logger",
    "make_api_error",
    "parse_rate_limit",
    "resolve_credential",
    "to_async_raw_response",
    "to_httpx_file",
    "to_httpx_files",
    "to_raw_response",
    "attach_response",
]
