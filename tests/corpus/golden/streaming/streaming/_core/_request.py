"""`ApiRequest`: everything one call sends, built once by the generated method and handed to the client or pager."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import Any

from ._encode import ParamStyle
from ._types import DownloadTarget
from ._upload import UploadStream
from .request_options import NOT_GIVEN, RequestOptions

__all__ = ["ApiRequest", "ErrorTypes", "ParamStyle"]  # ParamStyle: what `query_styles` holds, for generated calls

ErrorTypes = Mapping[int, Callable[[Any], object]] | Mapping[int | str, Callable[[Any], object]]
"""Status code, ``"4XX"``-style range or ``"default"`` -> parser of the documented error body (given the
decoded JSON, or the text); an exact status wins over its range, a range over ``default``."""


@dataclasses.dataclass(frozen=True)
class ApiRequest:
    """One operation call: what to send, how to read a documented error, and the caller's options.

    Attributes:
        method: the HTTP method.
        path: the path under the client's base URL (path parameters already encoded), or an absolute URL.
        params: query parameters by wire name (see ``encode_query``).
        query_styles: the OpenAPI style of each query parameter not sent as ``form``/``explode``.
        headers: header parameters; the client's defaults and ``request_options`` headers are merged in.
        json: a JSON body; :data:`NOT_GIVEN` sends no body, ``None`` sends ``null``.
        data: form fields (``application/x-www-form-urlencoded``, or the text parts of a multipart body).
        files: multipart file parts, in httpx's ``files=`` form.
        content: a raw body: bytes, or a file streamed in chunks (`raw_body`).
        error_types: parsers of the documented error bodies, by status.
        options: the caller's ``request_options``.
        to_file: stream a success body into this path or binary file instead of parsing it.
        stream: leave a success body unread, to be read as a stream of events (`_streaming.py`).
    """

    method: str
    path: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    query_styles: Mapping[str, ParamStyle] = dataclasses.field(default_factory=dict)
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    json: Any = NOT_GIVEN
    data: Mapping[str, Any] | None = None
    files: Any = None
    content: bytes | UploadStream | None = None
    error_types: ErrorTypes | None = None
    options: RequestOptions | None = None
    to_file: DownloadTarget | None = None
    stream: bool = False

    def for_page(self, path: str, params: Mapping[str, Any]) -> ApiRequest:
        """The same call for another page: another path (a next link) and query. A parameter whose value
        the pager replaced (a cursor, or a value copied from a next link) is sent as ``form``/``explode``."""
        kept = {k: s for k, s in self.query_styles.items() if k in params and params[k] is self.params.get(k)}
        return dataclasses.replace(self, path=path, params=params, query_styles=kept)

    def page_key(self, resolve: Callable[[str], str] = str) -> tuple[str, str]:
        """A hashable identity of the page this requests (``resolve`` turns the path into a full URL)."""
        params = sorted((str(k), _plain(v)) for k, v in self.params.items())
        return resolve(self.path), json.dumps(params, default=str)

    def __repr__(self) -> str:
        """The request line, e.g. ``ApiRequest(GET /v1/things)``."""
        return f"ApiRequest({self.method} {self.path})"


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return str(value)
