"""Helpers for the runtime tests: scripted server endpoints and response builders."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

USER_AGENT = "testsdk/0.1.0 python/3.11"
LOGGER = "testsdk"


@dataclass
class Seen:
    """A snapshot of one request the server received."""

    method: str
    path: str
    headers: httpx.Headers
    args: dict[str, list[str]]
    body: bytes
    form: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, tuple[str | None, bytes, str | None]] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


def snapshot(request: Request) -> Seen:
    body = request.get_data(cache=True)
    seen = Seen(
        method=request.method,
        path=request.path,
        headers=httpx.Headers(list(request.headers.items())),
        args={key: request.args.getlist(key) for key in request.args},
        body=body,
    )
    if request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        seen.form = {key: request.form.getlist(key) for key in request.form}
        seen.files = {key: (f.filename, f.read(), f.mimetype or None) for key, f in request.files.items()}
    return seen


def reply(
    status: int = 200,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    text: str | None = None,
    content_type: str | None = None,
) -> Response:
    """Build a server response: JSON for ``body``, plain text for ``text``."""
    if text is not None:
        return Response(text, status=status, headers=headers, content_type=content_type or "text/plain")
    if body is None:
        return Response(b"", status=status, headers=headers)
    return Response(json.dumps(body), status=status, headers=headers, content_type=content_type or "application/json")


class Script:
    """Serves a fixed sequence of responses (the last one repeats) and records each request."""

    def __init__(self, httpserver: HTTPServer, uri: str, responses: list[Response], method: str | None = None) -> None:
        self.seen: list[Seen] = []
        self._responses = list(responses)
        kwargs: dict[str, Any] = {"method": method} if method else {}
        httpserver.expect_request(uri, **kwargs).respond_with_handler(self._handle)

    def _handle(self, request: Request) -> Response:
        self.seen.append(snapshot(request))
        index = min(len(self.seen), len(self._responses)) - 1
        return self._responses[index]

    @property
    def count(self) -> int:
        return len(self.seen)


def as_json(response: httpx.Response) -> Any:
    """A ``cast`` that returns the decoded JSON."""
    return response.json()
