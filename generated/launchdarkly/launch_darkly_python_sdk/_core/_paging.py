"""What both pagers share: the `Page`, reading values out of a page, the strategies that find the
next page's request, and the stopping rules (`_PagerBase`). `pagination.py` is the public module and
lists the public names."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar, Unpack
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import httpx

from ._request import ApiRequest
from .raw_response import RawResponse, brief_repr

if TYPE_CHECKING:
    from .http_client import AsyncHttpClient, SyncHttpClient

T = TypeVar("T")
C = TypeVar("C", "SyncHttpClient", "AsyncHttpClient")

DEFAULT_MAX_PAGES = 10_000
"""Hard cap on the pages one iteration fetches, whatever the server says."""

# logged under the public module's name, as before the split
_logger = logging.getLogger(__name__.rpartition(".")[0] + ".pagination")


class NoNextPageError(LookupError):
    """Raised by ``next_page()`` when the current page is the last one."""


# -- requests and pages ----------------------------------------------------------------------------------


@dataclass
class Page(Generic[T]):
    """One page: its items, the parsed page model (``data``) and the raw response.

    Attributes:
        items: the page's items.
        data: the parsed page model, as the non-paginated method would have returned it.
        response: the :class:`httpx.Response` the page came from.
        request: the request this page was fetched with.
    """

    items: list[T]
    data: Any
    response: httpx.Response
    request: ApiRequest
    next_request: ApiRequest | None = field(default=None, repr=False)
    fingerprint: str = field(default="", repr=False)

    def has_next_page(self) -> bool:
        """Whether the strategy found a request for a following page."""
        return self.next_request is not None

    def __iter__(self) -> Iterator[T]:
        """Iterate this page's items only."""
        return iter(self.items)

    def __len__(self) -> int:
        """The number of items on this page."""
        return len(self.items)

    def __repr__(self) -> str:
        """The items (briefly), the status and whether a page follows."""
        return (
            f"Page(items={brief_repr(self.items)}, status_code={self.response.status_code}, "
            f"has_next_page={self.has_next_page()})"
        )


# -- reading values out of a page ------------------------------------------------------------------------


def body_of(response: httpx.Response) -> Any:
    """The decoded JSON body, or ``None`` when the body is empty or not JSON."""
    try:
        return response.json()
    except ValueError:
        return None


def dig(value: Any, path: str | None) -> Any:
    """The value at a dotted path of decoded JSON (``"links.next"``); ``None`` when any part is missing."""
    if not path:
        return None
    for part in path.split("."):
        if isinstance(value, Mapping):
            value = value.get(part)
        else:
            return None
    return value


def items_of(data: Any, path: Sequence[str]) -> list[Any]:
    """The items of a parsed page: the attribute path (``("data",)``) followed from the model.

    An empty path means the page itself is the list. Missing, ``None`` and ``UNSET`` mean no items.
    """
    value = data
    for name in path:
        if value is None:
            return []
        value = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def _link_value(value: Any) -> str | None:
    """A next link from a body value: a URL string, or an object with ``href``."""
    if isinstance(value, Mapping):
        value = value.get("href")
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _first(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    return value


def _query_of(url: str) -> dict[str, Any]:
    """The query of a URL as a parameter mapping (one value → a string, repeated → a list)."""
    parsed = parse_qs(urlsplit(url).query, keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def find_next_link(body: Any, response: httpx.Response, field_path: str | None = None) -> str | None:
    """The next page's URL, resolved against the request URL.

    Looks at ``field_path`` when given, else at ``_links.next`` (``.href``), ``links.next`` and ``next``
    in the body; then at the ``Link: <...>; rel="next"`` header.
    """
    candidates = [field_path] if field_path else ["_links.next", "links.next", "next"]
    link: str | None = None
    for path in candidates:
        link = _link_value(dig(body, path))
        if link:
            break
    if link is None:
        header = response.links.get("next") if "link" in response.headers else None
        link = _link_value(header.get("url")) if header else None
    if link is None:
        return None
    return urljoin(str(response.request.url), link)


# -- strategies ------------------------------------------------------------------------------------------


class PaginationStrategy:
    """Decides the request of the page after ``page`` (``None``: no next page)."""

    def next_request(self, page: Page[Any], body: Any) -> ApiRequest | None:
        """Return the next page's request, or ``None`` when ``page`` is the last."""
        raise NotImplementedError

    def from_start(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """The first request's parameters with the caller's position dropped (Civis ``iterator=True``)."""
        return dict(params)


@dataclass
class CursorStrategy(PaginationStrategy):
    """An opaque cursor in a query parameter.

    The next cursor is read from ``cursor_field`` in the body (a dotted path), from the
    ``cursor_header`` response header, or from the ``param`` query parameter of the next link
    (``next_link`` in the body, else the usual link places). A missing or empty cursor ends the list.
    """

    param: str
    cursor_field: str | None = None
    next_link: str | None = None
    cursor_header: str | None = None

    def next_request(self, page: Page[Any], body: Any) -> ApiRequest | None:
        """The same request with the cursor parameter set to the next cursor."""
        cursor: Any = None
        if self.cursor_field:
            cursor = dig(body, self.cursor_field)
        if cursor in (None, "") and self.cursor_header:
            cursor = page.response.headers.get(self.cursor_header)
        if cursor in (None, "") and (self.next_link or not self.cursor_field):
            link = find_next_link(body, page.response, self.next_link)
            if link:
                cursor = _first(_query_of(link).get(self.param))
                if cursor in (None, ""):  # a next link without the cursor: follow it as it is
                    return NextLinkStrategy().request_for(link, page)
        if cursor is None or isinstance(cursor, (Mapping, list)) or str(cursor) == "":
            return None
        if str(cursor) == str(page.request.params.get(self.param, "")):
            return None  # the server handed back the cursor we sent
        return page.request.for_page(page.request.path, {**page.request.params, self.param: cursor})

    def from_start(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Start without a cursor."""
        return {k: v for k, v in params.items() if k != self.param}


@dataclass
class OffsetStrategy(PaginationStrategy):
    """``limit`` / ``offset`` parameters; the next offset is this offset plus this page's item count.

    Stops when the offset reaches ``total_field`` (when the body has it), when ``next_link`` is
    configured and the body has no next link, or (with neither) when the page is shorter than ``limit``.
    """

    offset_param: str = "offset"
    limit_param: str | None = "limit"
    total_field: str | None = None
    next_link: str | None = None
    start: int = 0

    def next_request(self, page: Page[Any], body: Any) -> ApiRequest | None:
        """The same request with the offset moved past this page's items."""
        offset = _as_int(_first(page.request.params.get(self.offset_param)))
        offset = self.start if offset is None else offset
        following = offset + len(page.items)
        total = _as_int(dig(body, self.total_field)) if self.total_field else None
        if total is not None:
            if following >= total:
                return None
        elif self.next_link:
            if find_next_link(body, page.response, self.next_link) is None:
                return None
        else:
            limit = _as_int(_first(page.request.params.get(self.limit_param))) if self.limit_param else None
            if limit is not None and len(page.items) < limit:
                return None
        return page.request.for_page(page.request.path, {**page.request.params, self.offset_param: following})

    def from_start(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Start at the first item."""
        return {k: v for k, v in params.items() if k != self.offset_param}


@dataclass
class PageNumberStrategy(PaginationStrategy):
    """A page number parameter (counting from ``start``) and a page size parameter.

    Stops when the page has fewer items than the page size (the ``size_param`` value sent, else the
    size of the first page seen), when the page number reaches ``page_count_field``, or when
    pages × size reaches ``total_field``.
    """

    page_param: str = "page"
    size_param: str | None = None
    page_count_field: str | None = None
    total_field: str | None = None
    start: int = 1
    _seen_size: int = field(default=0, repr=False)

    def next_request(self, page: Page[Any], body: Any) -> ApiRequest | None:
        """The same request with the page number incremented."""
        number = _as_int(_first(page.request.params.get(self.page_param)))
        number = self.start if number is None else number
        size = _as_int(_first(page.request.params.get(self.size_param))) if self.size_param else None
        if size is None:
            self._seen_size = max(self._seen_size, len(page.items))
            size = self._seen_size
        if len(page.items) < size:
            return None
        pages_done = number - self.start + 1
        page_count = _as_int(dig(body, self.page_count_field)) if self.page_count_field else None
        if page_count is not None and pages_done >= page_count:
            return None
        total = _as_int(dig(body, self.total_field)) if self.total_field else None
        if total is not None and size and pages_done * size >= total:
            return None
        return page.request.for_page(page.request.path, {**page.request.params, self.page_param: number + 1})

    def from_start(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Start at the first page, with the server's page size (Civis: "limit and page_num are ignored")."""
        dropped = {self.page_param, self.size_param}
        return {self.page_param: self.start, **{k: v for k, v in params.items() if k not in dropped}}


@dataclass
class NextLinkStrategy(PaginationStrategy):
    """Follow the next link: ``next_link`` in the body (``_links.next.href``, ``links.next`` ...), else
    the ``Link: rel="next"`` header. The link's query is merged over the current parameters."""

    next_link: str | None = None

    def next_request(self, page: Page[Any], body: Any) -> ApiRequest | None:
        """The next link as a request."""
        link = find_next_link(body, page.response, self.next_link)
        return None if link is None else self.request_for(link, page)

    def request_for(self, link: str, page: Page[Any]) -> ApiRequest:
        """The request of a (resolved) link: its path, its query merged over the current parameters."""
        parts = urlsplit(link)
        path = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        return page.request.for_page(path, {**page.request.params, **_query_of(link)})


# -- the pagers ------------------------------------------------------------------------------------------


def _fingerprint(response: httpx.Response) -> str:
    return hashlib.sha256(response.content).hexdigest()


def _same_origin(path: str, response: httpx.Response) -> bool:
    if not path.startswith(("http://", "https://")):
        return True
    target, current = httpx.URL(path), response.request.url
    return (target.scheme, target.host, target.port) == (current.scheme, current.host, current.port)


def _unwrap(result: Any) -> tuple[tuple[Any, httpx.Response], bool]:
    """The (parsed, response) pair returned through ``request()``, and whether it came back raw."""
    if isinstance(result, RawResponse):
        return result.data, True
    return result, False


class PagerOptions(TypedDict, total=False):
    """A pager's optional settings: ``items`` is the attribute path from the parsed page to its list of
    items, ``max_items`` and ``max_pages`` cap the iteration, and ``from_start`` drops the caller's
    position parameters."""

    items: Sequence[str]
    max_items: int | None
    max_pages: int
    from_start: bool


class _PagerBase(Generic[T, C]):
    """The call, the client, the strategy, the pages seen, and the stopping rules shared by both pagers."""

    def __init__(
        self,
        client: C,
        request: ApiRequest,
        *,
        cast: Callable[[httpx.Response], Any],
        strategy: PaginationStrategy,
        **options: Unpack[PagerOptions],
    ) -> None:
        """Prepare the pager; ``cast`` parses one page's response (the other options: `PagerOptions`)."""
        max_items = options.get("max_items")
        if max_items is not None and max_items < 0:
            raise ValueError("max_items must be 0 or more")
        if options.get("from_start"):  # Civis `iterator=True`: the caller's position parameters are dropped
            request = request.for_page(request.path, strategy.from_start(request.params))
        self._client: C = client
        self._request = request
        self._cast = cast
        self._strategy = strategy
        self._items_path = tuple(options.get("items", ()))
        self.max_items = max_items
        self.max_pages = options.get("max_pages", DEFAULT_MAX_PAGES)
        self._first: Page[T] | None = None
        self._current: Page[T] | None = None

    def _page_cast(self, response: httpx.Response) -> tuple[Any, httpx.Response]:
        return self._cast(response), response

    def _make_page(self, request: ApiRequest, result: Any) -> tuple[Page[T], bool]:
        (data, response), raw = _unwrap(result)
        page: Page[T] = Page(
            items=items_of(data, self._items_path),
            data=data,
            response=response,
            request=request,
            fingerprint=_fingerprint(response),
        )
        page.next_request = self._strategy.next_request(page, body_of(response)) if page.items else None
        if page.next_request is not None and not _same_origin(page.next_request.path, response):
            _logger.warning("Pagination stopped: the next link points to another host (%s)", page.next_request.path)
            page.next_request = None  # never send the client's credentials to another origin
        return page, raw

    def _started(self, result: Any) -> Any:
        """Record the first page; the pager, or a `RawResponse` of it in raw mode."""
        page, raw = self._make_page(self._request, result)
        self._first = self._current = page
        return RawResponse.from_response(self, page.response) if raw else self

    def _key(self, request: ApiRequest) -> tuple[str, str]:
        return request.page_key(self._client.url)

    def __getattr__(self, name: str) -> Any:
        """The pager also reads as its first page: an attribute the pager lacks comes from the first
        page's parsed model (``pager.data``, ``pager.total_count``), as list methods that return the page
        object itself offer it (Fern, openai-python's page objects)."""
        first = self.__dict__.get("_first")
        if first is None or name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(first.data, name)
        except AttributeError:
            raise AttributeError(
                f"{type(self).__name__!r} object and its first page have no attribute {name!r}"
            ) from None

    @property
    def current_page(self) -> Page[T]:
        """The page ``next_page()`` last fetched (the first page until then)."""
        if self._current is None:
            raise RuntimeError("the first page is not fetched yet: await the pager or iterate it")
        return self._current

    @property
    def first_page(self) -> Page[T]:
        """The page fetched first."""
        if self._first is None:
            raise RuntimeError("the first page is not fetched yet: await the pager or iterate it")
        return self._first

    def has_next_page(self) -> bool:
        """Whether a page follows the current one."""
        return self.current_page.next_request is not None

    def _next_page_request(self) -> ApiRequest:
        current = self.current_page
        following = current.next_request
        if following is None or self._key(following) == self._key(current.request):
            raise NoNextPageError("there is no next page")
        return following

    def _should_follow(self, page: Page[T], seen: set[tuple[str, str]], pages: int) -> ApiRequest | None:
        following = page.next_request
        if following is None:
            return None
        if self._key(following) in seen:
            _logger.debug("Pagination stopped: the next request repeats an earlier one (%s)", following.path)
            return None
        if pages >= self.max_pages:
            _logger.warning("Pagination stopped after %d pages (max_pages)", pages)
            return None
        seen.add(self._key(following))
        return following

    def _accept(self, page: Page[T], previous: Page[T]) -> bool:
        if page.fingerprint == previous.fingerprint:
            _logger.debug("Pagination stopped: the server returned the same page again")
            return False
        return bool(page.items)

    def _take(self, items: list[T], count: int) -> list[T]:
        """The items of a page still wanted after ``count`` items (``max_items``)."""
        return items if self.max_items is None else items[: max(self.max_items - count, 0)]

    def __repr__(self) -> str:
        """The request line, the current page and whether another follows."""
        where = f"{self._request.method} {self._request.path}"
        if self._current is None:
            return f"{type(self).__name__}({where}, not fetched yet)"
        return f"{type(self).__name__}({where}, current_page={self._current!r})"
