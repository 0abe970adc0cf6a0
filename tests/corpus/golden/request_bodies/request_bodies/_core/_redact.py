"""Redaction of credentials in headers, URLs and free text (logs, reprs, exception messages)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

__all__ = ["REDACTED", "Redactor", "redact_json_text"]

REDACTED = "***"
"""What a secret value is replaced with."""

SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "apikey", "cookie", "set-cookie"}
)
"""Header names (lower case) whose values are always redacted."""

SENSITIVE_QUERY_PARAMS = frozenset({"api_key", "apikey", "api-key", "key", "access_token", "sig", "signature"})
"""Query parameter names (lower case) whose values are always redacted."""

SENSITIVE_FRAGMENTS = ("token", "secret", "password", "api-key", "api_key", "apikey", "credential")
"""A header, query parameter or JSON key whose lower-cased name contains one of these is redacted."""

_MIN_SECRET_LENGTH = 4


def _name_is_sensitive(name: str, exact: frozenset[str]) -> bool:
    lowered = name.lower()
    return lowered in exact or any(fragment in lowered for fragment in SENSITIVE_FRAGMENTS)


def _redact_json_value(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            key: REDACTED if isinstance(key, str) and _name_is_sensitive(key, frozenset()) else _redact_json_value(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_json_value(item) for item in value]
    return value


def redact_json_text(text: str) -> str:
    """Return ``text`` with the values of secret-looking keys replaced, if it is a JSON document.

    Text that is not JSON is returned unchanged.
    """
    try:
        document = json.loads(text)
    except ValueError:
        return text
    if not isinstance(document, (dict, list)):
        return text
    return json.dumps(_redact_json_value(document), ensure_ascii=False)


class Redactor:
    """Knows which header and query-parameter names carry secrets, and which secret values are live.

    ``extra_headers`` and ``extra_query_params`` add names on top of the built-in lists (e.g. the
    header or query parameter an API key is sent in); ``secrets`` is called to get the secret values
    currently in use, which :meth:`text` scrubs from any string.
    """

    __slots__ = ("_headers", "_query_params", "_secrets")

    def __init__(
        self,
        *,
        extra_headers: Iterable[str] = (),
        extra_query_params: Iterable[str] = (),
        secrets: Callable[[], Iterable[str]] | None = None,
    ) -> None:
        """Create a redactor with additional sensitive names and a source of live secret values."""
        self._headers = SENSITIVE_HEADERS | {name.lower() for name in extra_headers}
        self._query_params = SENSITIVE_QUERY_PARAMS | {name.lower() for name in extra_query_params}
        self._secrets = secrets

    def is_sensitive_header(self, name: str) -> bool:
        """Whether the value of header ``name`` must not be shown."""
        return _name_is_sensitive(name, self._headers)

    def is_sensitive_query_param(self, name: str) -> bool:
        """Whether the value of query parameter ``name`` must not be shown."""
        return _name_is_sensitive(name, self._query_params)

    def headers(self, headers: Mapping[str, str] | httpx.Headers | None) -> dict[str, str]:
        """Return a plain dict copy of ``headers`` with secret values replaced."""
        if headers is None:
            return {}
        items = headers.multi_items() if isinstance(headers, httpx.Headers) else list(headers.items())
        result: dict[str, str] = {}
        for name, value in items:
            shown = REDACTED if self.is_sensitive_header(name) else value
            result[name] = f"{result[name]}, {shown}" if name in result else shown
        return result

    def url(self, url: httpx.URL | str) -> str:
        """Return ``url`` as a string with secret query values and any userinfo password replaced."""
        parts = urlsplit(str(url))
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, _, host = netloc.rpartition("@")
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:{REDACTED}@{host}" if ":" in userinfo else f"{user}@{host}"
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            if any(self.is_sensitive_query_param(name) for name, _ in pairs):
                query = urlencode(
                    [(name, REDACTED if self.is_sensitive_query_param(name) else value) for name, value in pairs],
                    safe="*",
                    quote_via=quote,
                )
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))

    def text(self, text: str) -> str:
        """Return ``text`` with every live secret value replaced."""
        if self._secrets is None:
            return text
        for secret in self._secrets():
            if secret and len(secret) >= _MIN_SECRET_LENGTH and secret in text:
                text = text.replace(secret, REDACTED)
        return text


DEFAULT_REDACTOR = Redactor()
"""A redactor with only the built-in sensitive names."""
