"""What each generated method looks like: ordered signature, request expressions, error tables, returns.

Runs after the resource tree is built (a method named `list` changes how `list[...]` must be written
in its class), and fills `Operation.signature`, `.returns`, `.async_returns`, `.call`,
`Resource.error_tables` and the `Lro` signatures. Templates place these values and decide nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from openapi_python_client.parser.properties import ModelProperty

from generator.plan.lro import Lro
from generator.plan.model import (
    Argument,
    ArgumentKind,
    Body,
    Call,
    Coercion,
    ErrorTable,
    Operation,
    Param,
    Resource,
    SdkPlan,
    SuccessParse,
)
from generator.plan.streaming import item_response

_BUILTIN_TYPES = ("list", "dict", "set", "tuple", "type", "str", "int", "float", "bool", "bytes", "object")
_BODY_ARGUMENT = {"json": "json", "multipart": "files", "form": "data", "binary": "content", "text": "content"}
_PLAIN_PATH = re.compile(r'^"[A-Za-z0-9_\-./~:@]*"$')


def pystr(value: object) -> str:
    """A Python string literal for any text: JSON string syntax is valid Python and escapes everything."""
    return json.dumps("" if value is None else str(value), ensure_ascii=True)


def qualify_builtins(type_string: str, shadowed: set[str] | list[str]) -> str:
    """`list[X]` → `builtins.list[X]` where a method of the class is itself named `list`."""
    for name in shadowed:
        type_string = re.sub(rf"(?<![\w.]){name}\b", f"builtins.{name}", type_string)
    return type_string


def shadowed_builtins(
    resource: Resource, raw_alias: str | None, later: list[str]
) -> tuple[dict[str, list[str]], list[str]]:
    """Builtin type names a resource class has bound by the time each method's annotations are read.

    A class body binds its members in order, and mypy resolves a name in an annotation to the member
    bound before it: in `def get(self) -> list[Book]` after `def list(...)`, `list` is the method. Only
    such annotations get `builtins.list`; `def list(self) -> list[Book]` itself, and every method
    before it, keep the plain name. Returns the names bound before each operation (by key) and the
    names bound once every operation and the `later` members (long-running operations) are: those
    apply to the methods written after the operations (`begin_*` and the coroutine twins).
    """
    builtin = set(_BUILTIN_TYPES)
    bound = {"with_raw_response", *resource.children, *([raw_alias] if raw_alias else [])}
    before: dict[str, list[str]] = {}
    for op in resource.operations:
        before[op.key] = sorted(bound & builtin)
        bound.add(op.name)
    return before, sorted((bound | set(later)) & builtin)


def _encode_path_call(param: Param) -> str:
    """`encode_path(argument)`, with the parameter's style when it is not `simple` (matrix also needs the name)."""
    style = param.serialization.expression("path") if param.serialization is not None else None
    if style is None:
        return f"encode_path({param.python_name})"
    name = (
        f", {pystr(param.wire_name)}"
        if param.serialization is not None and param.serialization.style == "matrix"
        else ""
    )
    return f"encode_path({param.python_name}, {style}{name})"


def path_expression(op: Operation) -> str:
    """A Python expression for the request path, each path parameter serialised by its style and percent-encoded."""
    parts: list[str] = []
    rest = op.path
    names = {p.wire_name: _encode_path_call(p) for p in op.path_params}
    while rest:
        start = rest.find("{")
        end = rest.find("}", start)
        if start < 0 or end < 0:
            parts.append(pystr(rest))
            break
        if start:
            parts.append(pystr(rest[:start]))
        wire = rest[start + 1 : end]
        parts.append(names[wire] if wire in names else pystr(rest[start : end + 1]))
        rest = rest[end + 1 :]
    if not parts:
        return '"/"'
    if len(parts) == 1 and not parts[0].startswith("encode_path("):
        return parts[0]
    if all(part.startswith("encode_path(") and '"' not in part or _PLAIN_PATH.match(part) for part in parts):
        return 'f"' + "".join("{" + p + "}" if p.startswith("encode_path(") else p[1:-1] for p in parts) + '"'
    return " + ".join(parts)


def _body_inputs(body: Body | None) -> list[Param]:
    """The keyword arguments a body contributes: its flattened fields, or one argument for the whole body."""
    if body is None:
        return []
    if body.flattened:
        return list(body.fields)
    return [Param(body.param_name, "", "body", body.type_string, body.required)]


def _needed(p: Param) -> bool:
    """Whether the caller must pass the argument (a required value the SDK fills in is not)."""
    return p.required and p.default is None


def _inputs(op: Operation) -> list[Param]:
    """Keyword arguments from the spec: required ones first, each group in spec order."""
    keyword = [*op.keyword_params, *_body_inputs(op.body)]
    return [p for p in keyword if _needed(p)] + [p for p in keyword if not _needed(p)]


def _spec_arguments(op: Operation, shadowed: list[str], positional: str = "path") -> list[Argument]:
    """Path parameters (positional), then the spec's keyword arguments; with `positional: required`
    (civis-python's style) the required query and body fields follow the path parameters positionally,
    in the spec's order, and only the optional ones are keywords."""
    out = [
        Argument(p.python_name, qualify_builtins(p.type_string, shadowed), None, "positional") for p in op.path_params
    ]
    for p in _inputs(op):
        annotation = qualify_builtins(p.type_string, shadowed)
        kind: ArgumentKind = "positional" if positional == "required" and _needed(p) else "keyword"
        default = p.default if p.default is not None else None if p.required else "UNSET"
        out.append(Argument(p.python_name, annotation, default, kind, p.deprecated))
    return _with_aliases(out, op.param_aliases)


def _with_aliases(signature: list[Argument], aliases: dict[str, str]) -> list[Argument]:
    """Add each accepted alias (`_from` for `from_`) as a keyword argument next to its target.

    A required target becomes optional (one of the two must be given, which the method checks), unless
    a required positional argument follows it. Aliases of arguments the method does not have, or that
    would shadow one of its names, are left out."""
    out = list(signature)
    names = {a.name for a in signature}
    for alias, target in sorted(aliases.items()):
        index = next((i for i, a in enumerate(out) if a.name == target), None)
        if index is None or alias in names:
            continue
        argument = out[index]
        annotation = argument.annotation if "Unset" in argument.annotation else f"{argument.annotation} | Unset"
        later_required = any(a.kind == "positional" and a.default is None for a in out[index + 1 :])
        if argument.default is None and not later_required:
            out[index] = replace(argument, annotation=annotation, default="UNSET", required=True)
        elif argument.default is None:
            continue  # cannot be made optional here: the alias could never stand in for it
        out.append(Argument(alias, annotation, "UNSET", "keyword", alias_of=target))
        names.add(alias)
    return out


_COERCE_HELPERS = {"file": "as_file", "files": "as_files", "model": "as_model", "list": "as_models"}


def coerced(value: str, coerce: tuple[Coercion, str] | None) -> str:
    """The expression turning a plain value given for an argument into what its type means: bytes, a path
    or an open file → `File` (`as_file`, `as_files`); a dict for a model or for one of a union's models,
    alone or in a list → the same dict keyed by wire names (`as_model`, `as_models`)."""
    if coerce is None:
        return value
    helper = _COERCE_HELPERS[coerce[0]]
    return f"{helper}({value})" if coerce[0] in ("file", "files") else f"{helper}({coerce[1]}, {value})"


def _field_value(field: Param) -> str:
    """`attr=argument` for building a flattened body model from the method's keyword arguments."""
    return f"{field.attr_name or field.python_name}={coerced(field.python_name, field.coerce)}"


def body_given(body: Body) -> str | None:
    """An expression true when the caller gave the body; None when the body is always sent.

    An optional body (`requestBody.required: false`) the caller does not give is not sent: no `{}`, no
    Content-Type. Given any field of a flattened optional body, the body is sent (a value the SDK fills
    in does not count as given).
    """
    if body.required:
        return None
    if not body.flattened:
        return f"not isinstance({body.param_name}, Unset)"
    given = [f for f in body.fields if f.default is None]
    if not given or any(f.required for f in given):
        return None
    names = ", ".join(f.python_name for f in given)
    return f"not all(isinstance(value, Unset) for value in ({names},))"


def _body_argument(body: Body) -> tuple[str, str]:
    """The httpx keyword the body goes in and the expression that builds it."""
    argument = _BODY_ARGUMENT[body.kind]
    name = body.param_name
    unless_unset = "" if body.required else f" if not isinstance({name}, Unset) else None"
    if body.flattened:
        built = f"{body.model_class}({', '.join(_field_value(f) for f in body.fields)})"
        given = body_given(body)
        if body.kind == "multipart":
            files = f"multipart_files({built}.to_dict())"
            return "files", files if given is None else f"{files} if {given} else None"
        absent = "UNSET" if body.kind == "json" else "None"
        return argument, f"{built}.to_dict()" if given is None else f"{built}.to_dict() if {given} else {absent}"
    if body.kind == "multipart":
        return "files", f"multipart_files({coerced(name, body.coerce)}){unless_unset}"
    if body.kind == "binary":
        return "content", f"raw_body({name}){unless_unset}"
    if body.kind == "text":
        return "content", f"raw_body({name}, {pystr(body.charset or 'utf-8')}){unless_unset}"
    return argument, f"jsonable({coerced(name, body.coerce)})"


def _headers(op: Operation) -> list[tuple[str, str]]:
    """Header parameters (a constant one filled in), the Cookie header, a stream's Accept, then an explicit
    Content-Type."""
    headers = [
        (p.wire_name, pystr(p.constant) if p.constant is not None else p.python_name)
        for p in op.params
        if p.location == "header"
    ]
    cookies = [p for p in op.params if p.location == "cookie"]
    if cookies:
        values = "{" + ", ".join(f"{pystr(p.wire_name)}: {p.python_name}" for p in cookies) + "}"
        styles = _styles(cookies, "cookie")
        styled = ", {" + ", ".join(f"{pystr(wire)}: {style}" for wire, style in styles) + "}" if styles else ""
        headers.append(("Cookie", f"cookie_header({values}{styled})"))
    if op.stream is not None:  # a server that can answer in several forms picks the stream
        media = pystr(op.stream.media_type)
        accept = [i for i, (wire, _) in enumerate(headers) if wire.lower() == "accept"]
        if accept:  # the spec's own Accept parameter: the caller's value, else the stream's (Unset is falsy)
            wire, name = headers[accept[0]]
            headers[accept[0]] = (wire, f"{name} or {media}")
        else:
            headers.append(("Accept", media))
    body = op.body
    if body is not None and (
        body.kind in ("binary", "text") or (body.kind == "json" and body.content_type != "application/json")
    ):  # a raw body is sent with its declared type (httpx sets none); JSON other than application/json too
        given = body_given(body)
        content_type = pystr(body.content_type)
        headers.append(("Content-Type", content_type if given is None else f"{content_type} if {given} else None"))
    return headers


def _styles(params: list[Param], location: str) -> list[tuple[str, str]]:
    """(wire name, `ParamStyle(...)`) of the parameters not serialised in the location's default style."""
    styles: list[tuple[str, str]] = []
    for p in params:
        style = p.serialization.expression(location) if p.serialization is not None else None
        if p.location == location and style is not None:
            styles.append((p.wire_name, style))
    return styles


def _error_tables(resource: Resource) -> dict[str, str | None]:
    """Module-level status → error-model tables, one per distinct table: operations that document the
    same errors share one constant (`_ERRORS`, then `_ERRORS_2`, ...) instead of repeating it."""
    tables: dict[tuple[tuple[str, str], ...], str] = {}
    table_of: dict[str, str | None] = {}
    for op in resource.operations:
        entries = tuple((str(e.status), e.model_class) for e in op.errors if e.model_class) + tuple(
            (pystr(r.pattern), r.model_class) for r in op.error_ranges if r.model_class
        )
        if not entries:
            table_of[op.key] = None
            continue
        if entries not in tables:
            tables[entries] = "_ERRORS" if not tables else f"_ERRORS_{len(tables) + 1}"
        table_of[op.key] = tables[entries]
    resource.error_tables = [ErrorTable(name, entries) for entries, name in tables.items()]
    return table_of


def _parses(op: Operation) -> list[SuccessParse]:
    """No body; one model read straight from the JSON; anything else through openapi-python-client's macro.
    A stream's items are each read from their decoded data (`data`), through the macro."""
    if op.stream is not None:
        if op.stream.decoder != "parse":
            return []
        response = item_response(op.success_responses[0])
        return [SuccessParse(200, "", "property", response)]
    parses: list[SuccessParse] = []
    for response in op.success_responses:
        low, high = response.status_code.range or (200, 299)
        condition = f"response.status_code == {low}" if low == high else f"{low} <= response.status_code <= {high}"
        status = low
        if response.source["attribute"] == "None":
            parses.append(SuccessParse(status, condition, "none", response))
        elif (
            len(op.success_responses) == 1
            and isinstance(response.prop, ModelProperty)
            and response.source["attribute"] == "response.json()"
        ):
            parses.append(SuccessParse(status, condition, "model", response, str(response.prop.class_info.name)))
        else:
            parses.append(SuccessParse(status, condition, "property", response))
    return parses


def _method_signature(op: Operation, shadowed: list[str], positional: str = "path") -> list[Argument]:
    """Spec arguments, then the SDK's own: max_items / iterator (pagers), to_file (downloads), request_options."""
    signature = _spec_arguments(op, shadowed, positional)
    if op.pagination is not None and op.pagination.max_items_kwarg:
        signature.append(Argument("max_items", qualify_builtins("int | None", shadowed), "None", "keyword"))
    if op.pagination is not None and op.pagination.iterator_kwarg:
        signature.append(Argument("iterator", qualify_builtins("bool", shadowed), "False", "keyword"))
    if op.download:
        signature.append(Argument("to_file", "DownloadTarget | None", "None", "keyword"))
    signature.append(Argument("request_options", "RequestOptions | None", "None", "keyword"))
    return signature


def _returns(op: Operation, shadowed: list[str]) -> tuple[str, str]:
    """The sync and async result annotations."""
    if op.pagination is not None:
        item = qualify_builtins(op.pagination.item_type, shadowed)
        return f"SyncPager[{item}]", f"AsyncPager[{item}]"
    if op.stream is not None:
        item = qualify_builtins(op.stream.yields, shadowed)
        return f"Stream[{item}]", f"AsyncStream[{item}]"
    result = qualify_builtins(op.return_type, shadowed)
    return result, result


def _plan_operation(
    op: Operation, shadowed: list[str], later: list[str], error_table: str | None, positional: str = "path"
) -> None:
    op.parses = _parses(op)
    op.signature = _method_signature(op, shadowed, positional)
    op.returns, op.async_returns = _returns(op, shadowed)
    op.twin_signature = _method_signature(op, later, positional)  # `a<name>` coroutine twins follow every operation
    op.twin_returns = _returns(op, later)[1]
    op.call = Call(
        http_method=op.method.upper(),
        path=path_expression(op),
        query=[(p.wire_name, p.python_name) for p in op.params if p.location == "query"],
        query_styles=_styles(op.params, "query"),
        headers=_headers(op),
        header_styles=_styles([p for p in op.params if p.constant is None], "header"),
        body=_body_argument(op.body) if op.body is not None else None,
        error_table=error_table,
        events=op.stream.events(op.name) if op.stream is not None else None,
    )


def _plan_lro(lro: Lro, shadowed: list[str], positional: str = "path") -> None:
    spec_arguments = _spec_arguments(lro.start, shadowed, positional)
    request_options = Argument("request_options", "RequestOptions | None", "None", "keyword")
    lro.start_args = [*spec_arguments, request_options]
    lro.signature = [
        *spec_arguments,
        Argument("polling_interval", qualify_builtins("float", shadowed), repr(lro.polling_interval), "keyword"),
        request_options,
    ]
    result = qualify_builtins(lro.status.return_type, shadowed)
    lro.returns, lro.async_returns = f"PollingFuture[{result}]", f"AsyncPollingFuture[{result}]"


def plan_calls(plan: SdkPlan) -> None:
    """Decide every method's signature, request and returns, resource by resource."""
    for resource in plan.all_resources():
        resource.lros = [lro for lro in plan.lros if lro.resource == resource.path]
        before, after = shadowed_builtins(resource, plan.config.raw_alias, [lro.name for lro in resource.lros])
        table_of = _error_tables(resource)
        for op in resource.operations:
            _plan_operation(op, before[op.key], after, table_of[op.key], plan.config.positional)
        for lro in resource.lros:
            _plan_lro(lro, after, plan.config.positional)
