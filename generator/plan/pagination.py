"""Pagination: which list operations page, and how (a tested heuristic, overridable in sdk.yaml).

Detection works on the raw spec of one GET operation:

- **cursor**: a string query parameter named like a cursor (`after`, `cursor`, `starting_after`,
  `continuationToken`, `page_token`, ...) and, in the response, a next-cursor field (`next_cursor`,
  `continuationToken`, `next_page_token`, ...) or a next link (`links.next`, `_links.next`, `next`);
- **offset**: an integer `offset`/`skip` parameter (with `limit`), stopping on a total field
  (`totalCount`, `total_count`, `total`, top level or in `pagination`/`meta`) or the next link;
- **page**: a page-number parameter (`page`, `page_num`, `pageNumber`, ...) with a page size parameter
  (`page_size`, `pageSize`, `per_page`, `limit`), stopping on a page count (`pageCount`, `total_pages`)
  or total field, or on a short page;
- **next_link**: a limit-like parameter and a next link in the response (`_links.next`).

Every style also needs the items: an array field of the response (`data`, `items`, `results`,
`records`, or the only array property; one level down in `data` too), or a top-level array.

sdk.yaml can declare or override the style per operation::

    pagination:
      - {method: get, path: /files, style: page, items: data, page_param: pageNumber, size_param: pageSize}
      - {method: get, path: /audit, style: none}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any, Literal

from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property
from openapi_python_client.parser.properties.list_property import ListProperty

from generator.errors import ConfigError
from generator.plan.parsed import config_entries, resolve, text

if TYPE_CHECKING:
    from generator.config import SdkConfig
    from generator.plan.model import Operation


PagingStyle = Literal["cursor", "offset", "page", "next_link"]
StyleSetting = Literal["cursor", "offset", "page", "next_link", "none"]  # sdk.yaml: a style, or none at all
Source = Literal["detected", "config"]
STYLES: tuple[StyleSetting, ...] = ("cursor", "offset", "page", "next_link", "none")
_SETTINGS: dict[object, StyleSetting] = {setting: setting for setting in STYLES}

_CURSOR_PARAMS = (
    "after", "cursor", "startingafter", "continuationtoken", "pagetoken", "nexttoken", "nextpagetoken",
    "startcursor", "marker", "pagecursor",
)  # fmt: skip
_OFFSET_PARAMS = ("offset", "skip")
_LIMIT_PARAMS = ("limit", "pagesize", "perpage", "maxresults", "pagelimit", "top")
_PAGE_PARAMS = ("page", "pagenum", "pagenumber", "pageno", "pageindex")
_SIZE_PARAMS = ("pagesize", "perpage", "limit", "size", "pagelimit", "maxresults")
_ITEM_FIELDS = ("data", "items", "results", "records", "entries", "values", "elements", "list")
_CURSOR_FIELDS = (
    "nextcursor", "nextpagetoken", "continuationtoken", "nexttoken", "cursor", "nextpagecursor", "endcursor",
)  # fmt: skip
_LINK_FIELDS = ("next", "nextlink", "nexturl", "nextpage", "nextpageurl", "odatanextlink")
_LINK_CONTAINERS = ("links", "_links", "paging", "pagination", "meta", "pageinfo")
_TOTAL_FIELDS = ("totalcount", "total", "totalresults", "totalitems", "totalsize", "count")
_PAGE_COUNT_FIELDS = ("pagecount", "totalpages", "pages", "numpages", "lastpage")
_META_CONTAINERS = ("pagination", "meta", "paging", "pageinfo", "page")

_CONFIG_KEYS = {
    "method", "path", "style", "items", "cursor_param", "cursor_field", "cursor_header", "next_link",
    "offset_param", "limit_param", "page_param", "size_param", "total_field", "page_count_field", "first_page",
}  # fmt: skip


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Pagination:
    """How one operation pages: the template renders `strategy_expr` and `items_expr`."""

    style: PagingStyle
    items: str  # wire path of the items array ("" when the response is the array)
    reason: str
    source: Source = "detected"
    item_attrs: tuple[str, ...] = ()  # python attribute path on the parsed page model
    item_type: str = "Any"
    imports: set[str] = field(default_factory=set)
    cursor_param: str | None = None
    cursor_field: str | None = None
    cursor_header: str | None = None
    next_link: str | None = None
    offset_param: str | None = None
    limit_param: str | None = None
    page_param: str | None = None
    size_param: str | None = None
    total_field: str | None = None
    page_count_field: str | None = None
    first_page: int = 1
    max_items_kwarg: bool = True  # False when the operation already has a `max_items` argument
    iterator_kwarg: bool = False  # Civis compatibility: `iterator: bool = False`

    @property
    def strategy_expr(self) -> str:
        """A Python expression building the runtime strategy (arguments left unset are not written)."""
        strategies: dict[str, tuple[str, dict[str, object]]] = {
            "cursor": (
                "CursorStrategy",
                {
                    "param": self.cursor_param,
                    "cursor_field": self.cursor_field,
                    "next_link": self.next_link,
                    "cursor_header": self.cursor_header,
                },
            ),
            "offset": (
                "OffsetStrategy",
                {
                    "offset_param": self.offset_param,
                    "limit_param": self.limit_param,
                    "total_field": self.total_field,
                    "next_link": self.next_link,
                },
            ),
            "page": (
                "PageNumberStrategy",
                {
                    "page_param": self.page_param,
                    "size_param": self.size_param,
                    "page_count_field": self.page_count_field,
                    "total_field": self.total_field,
                    "start": self.first_page if self.first_page != 1 else None,
                },
            ),
        }
        name, values = strategies.get(self.style, ("NextLinkStrategy", {"next_link": self.next_link}))
        return name + "(" + ", ".join(f"{k}={v!r}" for k, v in values.items() if v is not None) + ")"

    @property
    def items_expr(self) -> str:
        return "(" + "".join(f"{name!r}, " for name in self.item_attrs).rstrip(" ") + ")"


@dataclass(frozen=True)
class Decision:
    """One line of the report's `pagination` list."""

    operation: str
    style: StyleSetting
    items: str | None
    reason: str
    source: Source
    item_type: str | None = None


# -- reading the raw spec ------------------------------------------------------------------------------


def _schema(doc: dict[str, Any], node: Any, depth: int = 0) -> dict[str, Any]:
    """A resolved schema with `allOf` parts merged (properties only) and single `anyOf`/`oneOf` unwrapped."""
    node = resolve(doc, node)
    if not isinstance(node, dict):
        return {}
    if depth > 10:
        return node
    if "allOf" in node:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        props: dict[str, Any] = dict(merged.get("properties") or {})
        for part in node["allOf"]:
            part_schema = _schema(doc, part, depth + 1)
            props.update(part_schema.get("properties") or {})
            for key in ("type", "items"):
                if key in part_schema and key not in merged:
                    merged[key] = part_schema[key]
        if props:
            merged["properties"] = props
        return merged
    for key in ("anyOf", "oneOf"):
        options = [o for o in node.get(key) or [] if resolve(doc, o).get("type") != "null"]
        if len(options) == 1:
            return _schema(doc, options[0], depth + 1)
    return node


def _type_of(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return str(kinds[0]) if len(kinds) == 1 else None
    if kind is None and "items" in schema:
        return "array"
    if kind is None and "properties" in schema:
        return "object"
    return str(kind) if kind else None


def response_schema(doc: dict[str, Any], raw_op: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON schema of the first 2xx response (OpenAPI 3), resolved."""
    responses = raw_op.get("responses") or {}
    for code in sorted(str(c) for c in responses):
        if not code.startswith("2"):
            continue
        response = resolve(doc, responses.get(code) if code in responses else responses.get(int(code)))
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict):
            continue
        for media, body in content.items():
            if "json" in media and isinstance(body, dict) and body.get("schema") is not None:
                return _schema(doc, body["schema"])
    return None


def _query_params(doc: dict[str, Any], path_item: dict[str, Any], raw_op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Query parameter name → resolved schema (operation-level parameters override path-level ones)."""
    out: dict[str, dict[str, Any]] = {}
    for raw in [*(path_item.get("parameters") or []), *(raw_op.get("parameters") or [])]:
        param = resolve(doc, raw)
        if isinstance(param, dict) and param.get("in") == "query" and isinstance(param.get("name"), str):
            out[param["name"]] = _schema(doc, param.get("schema") or {k: param[k] for k in ("type",) if k in param})
    return out


def _find_param(params: dict[str, dict[str, Any]], names: tuple[str, ...], kinds: tuple[str | None, ...]) -> str | None:
    for wanted in names:
        for name, schema in params.items():
            if (
                _norm(name) == wanted
                and _type_of(schema) in kinds
                and schema.get("format") not in ("date", "date-time")
            ):
                return name
    return None


def _props(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {str(k): _schema(doc, v) for k, v in (schema.get("properties") or {}).items()}


def _find_items(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str | None, str]:
    """The wire path of the items array and how it was chosen."""
    if _type_of(schema) == "array":
        return "", "the response is an array"
    props = _props(doc, schema)
    arrays = [name for name, sub in props.items() if _type_of(sub) == "array"]
    for wanted in _ITEM_FIELDS:
        for name in arrays:
            if _norm(name) == wanted:
                return name, f"items in `{name}`"
    if len(arrays) == 1:
        return arrays[0], f"items in `{arrays[0]}`, the only array property"
    for name, sub in props.items():  # one level down: {data: {records: [...]}}
        if _norm(name) in ("data", "result", "response") and _type_of(sub) == "object":
            inner = [n for n, s in _props(doc, sub).items() if _type_of(s) == "array"]
            preferred = [n for n in inner if _norm(n) in _ITEM_FIELDS]
            chosen = preferred[0] if preferred else (inner[0] if len(inner) == 1 else None)
            if chosen:
                return f"{name}.{chosen}", f"items in `{name}.{chosen}`"
    if arrays:
        return None, "several array properties and none named like items (" + ", ".join(arrays) + ")"
    return None, "the response has no array of items"


def _find_field(
    doc: dict[str, Any], schema: dict[str, Any], names: tuple[str, ...], kinds: tuple[str | None, ...]
) -> str | None:
    """A field of the response (top level, or in a pagination/meta container) by normalized name."""
    props = _props(doc, schema)
    for wanted in names:
        for name, sub in props.items():
            if _norm(name) == wanted and _type_of(sub) in kinds:
                return name
    for container, sub in props.items():
        if _norm(container) in _META_CONTAINERS and _type_of(sub) == "object":
            for wanted in names:
                for name, inner in _props(doc, sub).items():
                    if _norm(name) == wanted and _type_of(inner) in kinds:
                        return f"{container}.{name}"
    return None


def _find_next_link(doc: dict[str, Any], schema: dict[str, Any]) -> str | None:
    props = _props(doc, schema)
    for name, sub in props.items():
        if _norm(name) in _LINK_FIELDS and _type_of(sub) in ("string", None):
            return name
    for container, sub in props.items():
        if _norm(container) in {_norm(c) for c in _LINK_CONTAINERS} and _type_of(sub) == "object":
            for name, inner in _props(doc, sub).items():
                if _norm(name) in _LINK_FIELDS and _type_of(inner) in ("string", "object", None):
                    return f"{container}.{name}"
    for container, sub in props.items():  # a map of links by relation: {"_links": {"next": {"href": ...}}}
        if _norm(container) == "links" and _type_of(sub) == "object" and sub.get("additionalProperties"):
            return f"{container}.next"
    return None


# -- the heuristic -------------------------------------------------------------------------------------


def detect(
    doc: dict[str, Any], method: str, path_item: dict[str, Any], raw_op: dict[str, Any]
) -> tuple[Pagination | None, str]:
    """Detect the pagination style of one operation; returns the plan (or None) and the reason."""
    if method.lower() != "get":
        return None, "not a GET"
    params = _query_params(doc, path_item, raw_op)
    schema = response_schema(doc, raw_op)
    cursor_param = _find_param(params, _CURSOR_PARAMS, ("string", None))
    offset_param = _find_param(params, _OFFSET_PARAMS, ("integer", "number", None))
    page_param = _find_param(params, _PAGE_PARAMS, ("integer", "number", None))
    limit_param = _find_param(params, _LIMIT_PARAMS, ("integer", "number", None))
    size_param = _find_param(params, _SIZE_PARAMS, ("integer", "number", None))
    if not (cursor_param or offset_param or page_param or limit_param):
        return None, "no paging query parameter"
    if schema is None:
        return None, "no JSON response schema"
    items, items_reason = _find_items(doc, schema)
    if items is None:
        return None, items_reason
    next_link = _find_next_link(doc, schema)
    total = _find_field(doc, schema, _TOTAL_FIELDS, ("integer", "number"))
    if cursor_param:
        own = _norm(cursor_param)
        cursor_field = _find_field(doc, schema, (own, *[n for n in _CURSOR_FIELDS if n != own]), ("string", None))
        if cursor_field and _norm(cursor_field.rsplit(".", 1)[-1]) == "cursor" and own != "cursor":
            cursor_field = None  # a `cursor` object/field describing this page is not the next one
        if cursor_field or next_link:
            source = f"next cursor in `{cursor_field}`" if cursor_field else f"next cursor from the `{next_link}` link"
            return Pagination(
                style="cursor",
                items=items,
                reason=f"cursor parameter `{cursor_param}`, {source}, {items_reason}",
                cursor_param=cursor_param,
                cursor_field=cursor_field,
                next_link=None if cursor_field else next_link,
                limit_param=limit_param,
            ), "paginated"
        if not (offset_param or page_param or (limit_param and next_link)):
            return None, f"cursor parameter `{cursor_param}` but no next cursor or next link in the response"
    if offset_param:
        stop = f"total in `{total}`" if total else (f"next link `{next_link}`" if next_link else "short page")
        return Pagination(
            style="offset",
            items=items,
            reason=f"offset parameter `{offset_param}`"
            + (f" with `{limit_param}`" if limit_param else "")
            + f", stops on {stop}, {items_reason}",
            offset_param=offset_param,
            limit_param=limit_param,
            total_field=total,
            next_link=next_link if not total else None,
        ), "paginated"
    if page_param:
        page_count = _find_field(doc, schema, _PAGE_COUNT_FIELDS, ("integer", "number"))
        stop = f"page count in `{page_count}`" if page_count else (f"total in `{total}`" if total else "short page")
        return Pagination(
            style="page",
            items=items,
            reason=f"page parameter `{page_param}`"
            + (f" with size `{size_param}`" if size_param else "")
            + f", stops on {stop}, {items_reason}",
            page_param=page_param,
            size_param=size_param,
            page_count_field=page_count,
            total_field=None if page_count else total,
        ), "paginated"
    if limit_param and next_link:
        return Pagination(
            style="next_link",
            items=items,
            reason=f"limit parameter `{limit_param}` and next link `{next_link}`, {items_reason}",
            next_link=next_link,
            limit_param=limit_param,
        ), "paginated"
    return None, f"limit parameter `{limit_param}` but no cursor, offset, page or next link"


# -- configuration -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaginationOverride:
    method: str
    path: str
    style: StyleSetting
    values: dict[str, str | None]  # the string settings given (items, cursor_param, ...)
    first_page: int | None = None


def overrides_from_config(raw: object, file: str = "sdk.yaml") -> dict[tuple[str, str], PaginationOverride]:
    """Validate sdk.yaml's `pagination:` list."""
    out: dict[tuple[str, str], PaginationOverride] = {}
    for key, item in config_entries(file, "pagination", raw, "{method, path, style, ...}", known=_CONFIG_KEYS):
        if not isinstance(item.get("method"), str) or not isinstance(item.get("path"), str):
            raise ConfigError(file, key, "expected a mapping with method and path")
        style = _SETTINGS.get(item.get("style"))
        if style is None:
            raise ConfigError(file, f"{key}.style", "must be one of " + ", ".join(STYLES))
        values: dict[str, str | None] = {}
        for name, value in item.items():
            if name in ("method", "path", "style", "first_page"):
                continue
            if not isinstance(value, str):
                raise ConfigError(file, f"{key}.{name}", "expected a string")
            values[str(name)] = value
        first_page = item.get("first_page")
        if first_page is not None and (not isinstance(first_page, int) or isinstance(first_page, bool)):
            raise ConfigError(file, f"{key}.first_page", "expected an integer")
        if style == "cursor" and not (values.get("cursor_param")):
            values.setdefault("cursor_param", None)
        out[(item["method"].lower(), item["path"])] = PaginationOverride(
            item["method"].lower(), item["path"], style, values, first_page
        )
    return out


def _apply_override(
    doc: dict[str, Any],
    detected: Pagination | None,
    override: PaginationOverride,
    style: PagingStyle,
    schema: dict[str, Any] | None,
) -> Pagination:
    values = dict(override.values)
    if detected is not None and detected.style == style:
        base = detected
    else:
        items = values.get("items")
        if items is None and schema is not None:
            items, _ = _find_items(doc, schema)
        base = Pagination(style=style, items=items or "", reason="")
        if detected is not None:  # keep what detection found about parameters and fields
            for name in ("cursor_param", "offset_param", "limit_param", "page_param", "size_param", "total_field",
                         "page_count_field", "next_link", "cursor_field"):  # fmt: skip
                setattr(base, name, getattr(detected, name))
    known = {f.name for f in fields(Pagination)}
    plan = replace(base, source="config")
    for name, value in values.items():
        if name in known:
            setattr(plan, name, value)
    if override.first_page is not None:
        plan.first_page = override.first_page
    if plan.style == "cursor" and not plan.cursor_param:
        raise ConfigError(
            "sdk.yaml", f"pagination {override.method} {override.path}", "cursor style needs cursor_param"
        )
    if plan.style == "offset" and not plan.offset_param:
        plan.offset_param = "offset"
    if plan.style == "page" and not plan.page_param:
        raise ConfigError("sdk.yaml", f"pagination {override.method} {override.path}", "page style needs page_param")
    plan.reason = "declared in sdk.yaml" + (f" (detection said: {detected.style})" if detected else "")
    return plan


def plan_operation(
    doc: dict[str, Any],
    method: str,
    path_item: dict[str, Any],
    raw_op: dict[str, Any],
    override: PaginationOverride | None,
) -> tuple[Pagination | None, str, Source]:
    """Detection, then the sdk.yaml override: (plan or None, reason, source)."""
    detected, reason = detect(doc, method, path_item, raw_op)
    if override is None:
        return detected, detected.reason if detected else reason, "detected"
    if override.style == "none":
        return None, "disabled in sdk.yaml" + (f" (detection said: {detected.style})" if detected else ""), "config"
    plan = _apply_override(doc, detected, override, override.style, response_schema(doc, raw_op))
    return plan, plan.reason, "config"


# -- binding to openapi-python-client's parsed response --------------------------------------------------


def bind_item_type(
    plan: Pagination, response_prop: Property, models: dict[str, ModelProperty] | None = None
) -> str | None:
    """Fill `item_attrs`, `item_type` and `imports` from the parsed response property; returns a problem.

    `models` maps class names to openapi-python-client's processed models: a model nested in another
    is a reference whose properties are only filled in on the processed copy.
    """
    prop = response_prop
    attrs: list[str] = []
    for part in [p for p in plan.items.split(".") if p]:
        if isinstance(prop, ModelProperty) and prop.required_properties is None and models:
            prop = models.get(str(prop.class_info.name), prop)
        children = (
            [*(prop.required_properties or []), *(prop.optional_properties or [])]
            if isinstance(prop, ModelProperty)
            else []
        )
        match = next((c for c in children if text(c.name) == part), None)
        if match is None:
            return f"the response model has no `{part}` property"
        attrs.append(str(match.python_name))
        prop = match
    if not isinstance(prop, ListProperty):
        return f"`{plan.items or 'the response'}` is not a list in the parsed model"
    inner = prop.inner_property
    plan.item_attrs = tuple(attrs)
    plan.item_type = str(inner.get_type_string().as_unembedded_code())
    lines = {*inner.get_imports(prefix=".."), *(inner.get_lazy_imports(prefix="..") or ())}
    plan.imports = {str(line) for line in lines}
    return None


def models_by_name(data: GeneratorData) -> dict[str, ModelProperty]:
    """The parsed models by class name, for `plan_for` (built once per plan: GitHub pages 242 operations
    through 3,000 models)."""
    return {str(m.class_info.name): m for m in data.models}


def plan_for(
    doc: dict[str, Any],
    config: SdkConfig,
    models: dict[str, ModelProperty],
    op: Operation,
    path_item: dict[str, Any],
    raw_op: dict[str, Any],
    decisions: list[Decision],
) -> None:
    """Decide one planned Operation's pagination: sets `op.pagination` and records the decision;
    `models` is `models_by_name(data)`."""
    override = config.pagination.get((op.method, op.path))
    if op.method != "get" and override is None:
        return
    plan, reason, source = plan_operation(doc, op.method, path_item, raw_op, override)
    if op.stream is not None:  # events arrive on one connection: nothing to page through
        plan, reason = None, f"the response is a stream of events ({op.stream.media_type})"
    if plan is not None:
        props = [r.prop for r in op.success_responses if r.source["attribute"] != "None"]
        problem = bind_item_type(plan, props[0], models) if props else "the operation has no response body"
        if problem:
            reason = f"{plan.style} pagination found ({plan.reason}) but {problem}"
            plan = None
    if plan is not None:
        taken = {p.python_name for p in op.params} | {f.python_name for f in (op.body.fields if op.body else [])}
        plan.max_items_kwarg = "max_items" not in taken
        plan.iterator_kwarg = config.iterator_param and "iterator" not in taken
        op.pagination = plan
    decisions.append(
        Decision(
            operation=op.key,
            style=plan.style if plan else "none",
            items=plan.items if plan else None,
            reason=reason,
            source=source,
            item_type=plan.item_type if plan else None,
        )
    )
