"""Calls every operation of a generated SDK (through a `ValidatingTransport` in-process, or over real HTTP
against a `MockServer`) and classifies the outcome.

Arguments come from the spec: for each required parameter of the method (path, query, header, cookie,
flattened body field or whole body) a value is synthesised from the parameter's schema and converted to
the Python type the method declares (attrs models via `from_dict`, enums, UUIDs, dates, lists, unions,
`File`). Which spec parameter a Python argument carries is read from the names (see
`build_arguments`), not from the generator's plan: the test treats the SDK as a black box.

Outcome of one call (`Outcome.kind`):
  ok        request valid, response parsed
  rejected  the request the SDK sent is not valid against the spec
  parse     the SDK raised while parsing a valid response, or its result's `to_dict()` lost data
  request   the SDK raised before sending anything (argument serialisation)
  args      no arguments could be built from the method's signature (a bug here or an unusable type)
  norequest the method returned without sending a request
  synth     the response synthesised by the transport is not valid (a bug in this suite)
  annotation the call worked but an annotation of the method names something the module lacks
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import inspect
import io
import json
import re
import types
import typing
import uuid
import warnings
from dataclasses import dataclass
from typing import Any

import httpx

if typing.TYPE_CHECKING:
    from tests.contract.mock_server import MockServer

from tests.contract.validating_transport import (
    _UNSET,
    Api,
    SpecMock,
    ValidatingTransport,
    load_api,
    merge_all_of,
    resolve,
    synthesise,
    targets,
)


@dataclass
class Outcome:
    python: str  # "client.shelves.get"
    operation: str  # "GET /shelves/{shelfId}"
    kind: str
    detail: str = ""
    examples: int = 1  # responses parsed (more than one under the hypothesis response pass)

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def report_for(name: str) -> dict[str, Any]:
    return json.loads((targets()[name].project / "generation-report.json").read_text(encoding="utf-8"))


def generated_apis(*, real: bool = False) -> list[str]:
    """The committed SDKs (generated/<api>), or with `real` the real-spec builds (`real-<api>`)."""
    return [
        name
        for name, target in targets().items()
        if (target.project / "generation-report.json").is_file() and (target.config_file is None) == real
    ]


# ------------------------------------------------------------------------------------ type conversion


class Unconvertible(Exception):
    pass


def _is_unset(tp: Any) -> bool:
    return getattr(tp, "__name__", "") in ("Unset", "NotGiven")


def convert(value: Any, tp: Any, depth: int = 0) -> Any:
    """The JSON value `value` as an instance of the annotation `tp` (raises Unconvertible)."""
    if depth > 30:
        raise Unconvertible("too deep")
    if isinstance(tp, BadAnnotation):
        raise Unconvertible(str(tp))
    if tp is Any or tp is object or tp is inspect.Parameter.empty:
        return value
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        arms = [a for a in typing.get_args(tp) if not _is_unset(a)]
        if value is None and type(None) in arms:
            return None
        errors = []
        for arm in arms:
            if arm is type(None):
                continue
            try:
                return convert(value, arm, depth + 1)
            except Exception as exc:  # noqa: BLE001
                errors.append(f"{arm}: {exc}")
        raise Unconvertible(f"{value!r} fits no arm of {tp}: {errors}")
    if origin is typing.Literal:
        if value in typing.get_args(tp):
            return value
        raise Unconvertible(f"{value!r} not in {tp}")
    if origin in (list, typing.List, tuple, set):  # noqa: UP006
        if not isinstance(value, list):
            raise Unconvertible(f"{value!r} is not a list")
        (item_tp,) = typing.get_args(tp)[:1] or (Any,)
        return [convert(v, item_tp, depth + 1) for v in value]
    if origin in (dict, typing.Dict) or origin is getattr(typing, "Mapping", None):  # noqa: UP006
        if not isinstance(value, dict):
            raise Unconvertible(f"{value!r} is not a dict")
        args = typing.get_args(tp)
        val_tp = args[1] if len(args) == 2 else Any
        return {k: convert(v, val_tp, depth + 1) for k, v in value.items()}
    if origin is not None:
        import collections.abc as cabc

        if origin in (cabc.Mapping, cabc.MutableMapping):
            return convert(value, dict[tuple(typing.get_args(tp))] if typing.get_args(tp) else dict, depth)  # type: ignore[misc]
        if origin in (cabc.Sequence, cabc.Iterable):
            return convert(value, list[typing.get_args(tp)[0]], depth)  # type: ignore[misc]
        return value
    if not isinstance(tp, type):
        return value
    if tp is type(None):
        if value is None:
            return None
        raise Unconvertible("not None")
    if hasattr(tp, "from_dict"):
        if not isinstance(value, dict):
            raise Unconvertible(f"{value!r} is not an object for {tp.__name__}")
        # Strictly: a value that does not fit this arm must fail (lenient decoding would keep it as is).
        decode = importlib.import_module(tp.__module__.split(".")[0] + "._core._decode")
        with decode.decoding(strict=True):
            return tp.from_dict(value)
    if issubclass(tp, enum.Enum):
        return tp(value)
    if tp is uuid.UUID:
        return uuid.UUID(str(value))
    if tp is datetime.datetime:
        if not isinstance(value, str):
            raise Unconvertible("datetime from non-string")
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if tp is datetime.date:
        return datetime.date.fromisoformat(str(value))
    if tp.__name__ == "File" and hasattr(tp, "to_tuple"):
        return tp(payload=io.BytesIO(b"data"), file_name="data.txt", mime_type="text/plain")
    if tp is bytes:
        return value.encode() if isinstance(value, str) else b"data"
    if tp is bool:
        if isinstance(value, bool):
            return value
        raise Unconvertible(f"{value!r} is not bool")
    if tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise Unconvertible(f"{value!r} is not int")
    if tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise Unconvertible(f"{value!r} is not float")
    if tp is str:
        if isinstance(value, str):
            return value
        raise Unconvertible(f"{value!r} is not str")
    if tp in (dict, list):
        if isinstance(value, tp):
            return value
        raise Unconvertible(f"{value!r} is not {tp}")
    if isinstance(value, tp):
        return value
    raise Unconvertible(f"cannot make {tp} from {value!r}")


# -------------------------------------------------------------------------------------- arguments


def _raw_params(api: Api, path: str, method: str) -> dict[tuple[str, str], dict[str, Any]]:
    item = resolve(api.doc, api.doc["paths"][path])
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*(item.get("parameters") or []), *(item[method].get("parameters") or [])]:
        raw = resolve(api.doc, raw)
        out[(raw["in"], raw["name"])] = raw
    return out


def _param_schema(api: Api, raw: dict[str, Any]) -> Any:
    if "schema" in raw:
        return raw["schema"]
    for media in (raw.get("content") or {}).values():
        return media.get("schema", {})
    return {}


def _body_schema(api: Api, path: str, method: str, content_type: str) -> dict[str, Any]:
    op = resolve(api.doc, api.doc["paths"][path])[method]
    body = resolve(api.doc, op.get("requestBody") or {})
    content = body.get("content") or {}
    media = content.get(content_type) or next(iter(content.values()), {})
    schema = resolve(api.doc, media.get("schema", {}))
    if "allOf" in schema:
        schema = merge_all_of(api.doc, schema)
    return schema


class BadAnnotation(Exception):
    pass


def _hints(method: Any) -> dict[str, Any]:
    """Each annotation of `method` evaluated on its own (one unresolvable name does not hide the others)."""
    func = getattr(method, "__func__", method)
    out: dict[str, Any] = {}
    for name, annotation in getattr(func, "__annotations__", {}).items():
        if isinstance(annotation, str):
            try:
                annotation = eval(annotation, func.__globals__)  # noqa: S307 - generated code's own annotations
            except Exception as exc:  # noqa: BLE001
                annotation = BadAnnotation(f"annotation of {name!r} does not resolve: {_short(exc)}")
        out[name] = annotation
    return out


def annotation_problems(method: Any) -> list[str]:
    return [str(v) for v in _hints(method).values() if isinstance(v, BadAnnotation)]


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def build_arguments(api: Api, key: str, method: Any, *, optional: bool = False) -> dict[str, Any]:
    """Keyword arguments for every required parameter of `method` (and every optional one if asked).

    Which spec parameter (or body property, or the whole body) a Python argument carries is read from the
    names alone (`shelf_id` ↔ `shelfId`, `for_` ↔ `for`, the sdk.yaml `body_param` for a whole body), so
    the test does not rely on the generator's own account of what it generated.
    """
    http_method, path = key.split(" ", 1)
    http_method = http_method.lower()
    hints = _hints(method)
    signature = inspect.signature(method)
    raw = _raw_params(api, path, http_method)
    operation = resolve(api.doc, api.doc["paths"][path])[http_method]
    body_content = resolve(api.doc, operation.get("requestBody") or {}).get("content") or {}
    # a required spec parameter or body field may have a default in Python when an alias can stand in for it
    # (sdk.yaml `param_aliases`): the spec, not the default, says it is needed
    required_by_spec = {_norm(name) for (_, name), p in raw.items() if p.get("required")}
    for media in body_content:
        required_by_spec.update(_norm(n) for n in _body_schema(api, path, http_method, media).get("required") or [])
    wanted = [
        name
        for name, p in signature.parameters.items()
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
        and (p.default is inspect.Parameter.empty or optional or _norm(name) in required_by_spec)
        and name not in ("request_options",)
    ]
    # the media type whose properties name the most arguments (an operation may take a JSON Patch array
    # under application/json and a semantic patch object under another media type); else the first JSON one
    content_type = next((c for c in body_content if "json" in c), next(iter(body_content), ""))
    best = 0
    for media in body_content:
        names = {_norm(p) for p in (_body_schema(api, path, http_method, media).get("properties") or {})}
        hits = sum(1 for name in wanted if _norm(name) in names)
        if hits > best:
            content_type, best = media, hits
    body_schema = _body_schema(api, path, http_method, content_type) if body_content else {}
    props = body_schema.get("properties") or {}

    # python name -> ("param", raw parameter) | ("field", property name) | ("body", None)
    carries: dict[str, tuple[str, Any]] = {}
    flattened = any(_norm(name) in {_norm(p) for p in props} for name in wanted)
    by_norm_param = {_norm(name): p for (_, name), p in raw.items()}
    by_norm_prop = {_norm(name): name for name in props}
    for name in wanted:
        if name in carries:
            continue
        if _norm(name) in by_norm_param:
            carries[name] = ("param", by_norm_param[_norm(name)])
        elif _norm(name) in by_norm_prop:
            carries[name] = ("field", by_norm_prop[_norm(name)])
        elif body_content and (name == api.config.get("body_param") or name in ("body", "request", "data")):
            required = signature.parameters[name].default is inspect.Parameter.empty
            if required or not (flattened and optional):  # the whole-body escape hatch is not mixed with fields
                carries[name] = ("body", None)

    values: dict[str, Any] = {}
    for name in wanted:
        if name not in carries:
            continue
        kind, what = carries[name]
        if kind == "param":
            value = synthesise(api.doc, _param_schema(api, what), full=optional, name=what["name"])
        elif kind == "field":
            value = synthesise(api.doc, props.get(what, {}), full=optional, name=what)
        else:
            value = synthesise(api.doc, body_schema, full=optional)
        values[name] = convert(value, hints.get(name, Any))
    missing = [
        name for name in wanted if name not in values and signature.parameters[name].default is inspect.Parameter.empty
    ]
    if missing:
        raise Unconvertible(f"no spec parameter for required argument(s) {missing}")
    return values


# ------------------------------------------------------------------------------------------ running


def _client(api: Api, transport: ValidatingTransport | None, *, is_async: bool, base_url: str = "") -> Any:
    """The SDK's client; through `transport` in-process, or (transport None) the SDK's own httpx client,
    transport and retry policy against `base_url` (a `MockServer`)."""
    import importlib

    module = importlib.import_module(api.config["package"])
    cls = getattr(module, api.config["async_client" if is_async else "client"])
    kwargs: dict[str, Any] = {api.config["auth"]["param"]: "test-credential"}
    if transport is None:
        kwargs["base_url"] = base_url
    else:
        http = httpx.AsyncClient(transport=transport) if is_async else httpx.Client(transport=transport)
        kwargs.update(base_url=api.base_url, httpx_client=http, max_retries=0)
    return cls(**kwargs)


def _resolve_method(client: Any, python: str) -> Any:
    obj = client
    for part in python.split(".")[1:]:
        obj = getattr(obj, part)
    return obj


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) < 400 else text[:400] + "..."


def jsonish(value: Any) -> Any:
    """The JSON form of what an SDK method returned (models via `to_dict`)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dict):
        return {k: jsonish(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonish(v) for v in value]
    return value


def canonical(value: Any) -> Any:
    """`value` with date-times, dates and UUIDs in one spelling, so equal data compares equal."""
    if isinstance(value, str):
        if len(value) >= 19 and value[4:5] == "-" and value[10:11] in ("T", " "):
            try:
                parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
                return parsed.astimezone(datetime.UTC) if parsed.tzinfo else parsed
            except ValueError:
                return value
        if len(value) == 36 and value.count("-") == 4:
            return value.lower()
        return value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def _compare_result(result: Any, transport: SpecMock) -> str | None:
    """Why the parsed result does not carry the body the server sent (None when it does, or cannot tell)."""
    if not transport.exchanges or type(result).__name__.endswith("Pager") or result is None:
        return None
    body = transport.exchanges[-1].body
    if body is None:
        return None
    if type(result).__name__ == "File" or isinstance(result, (bytes, str)) and not isinstance(body, str):
        return None
    got = jsonish(result)
    if canonical(got) != canonical(body):
        return f"parsed result differs from the body: sent {json.dumps(body)[:300]} got {json.dumps(got, default=str)[:300]}"
    return None


def _classify(outcome: Outcome, transport: SpecMock, error: BaseException | None) -> Outcome:
    exchanges = transport.exchanges
    synth = [e for e in exchanges if any(x.startswith("response:") for x in e.errors)]
    rejected = [e for e in exchanges if any(x.startswith("request:") for x in e.errors)]
    if rejected:
        outcome.kind = "rejected"
        outcome.detail = rejected[0].errors[0]
    elif synth:
        outcome.kind = "synth"
        outcome.detail = synth[0].errors[0]
    elif error is not None and not exchanges:
        outcome.kind = "request"
        outcome.detail = _short(error)
    elif error is not None:
        outcome.kind = "parse"
        outcome.detail = _short(error)
    elif not exchanges:
        outcome.kind = "norequest"
    else:
        outcome.kind = "ok"
    return outcome


def _follows_page(result: Any) -> bool:
    """A pager whose next request the SDK computes (cursor, offset, page number), with a next page.

    Next-link pagers are not followed: the link is whatever the server says, and a synthesised string
    is no link to the same collection.
    """
    if not type(result).__name__.endswith("Pager"):
        return False
    strategy = getattr(result, "_strategy", None)
    if strategy is None or type(strategy).__name__ == "NextLinkStrategy":
        return False
    return bool(result.has_next_page())


def _call_once(method: Any, kwargs: dict[str, Any], transport: SpecMock, loop: Any, outcome: Outcome) -> Outcome:
    transport.reset()
    error: BaseException | None = None
    result: Any = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # deprecated operations are called too
            result = method(**kwargs)
            if loop is not None:
                result = loop.run_until_complete(result)
            if _follows_page(result):
                # the second page's request is built by the pager from the first page: check it too
                try:
                    following = result.next_page()
                    if loop is not None:
                        loop.run_until_complete(following)
                except LookupError as exc:  # NoNextPageError: the synthesised page repeats the request
                    if type(exc).__name__ != "NoNextPageError":
                        raise
    except Exception as exc:  # noqa: BLE001
        error = exc
    outcome = _classify(Outcome(outcome.python, outcome.operation, "args"), transport, error)
    if outcome.ok:
        difference = _compare_result(result, transport)
        if difference:
            outcome.kind, outcome.detail = "parse", difference
    if outcome.ok:
        problems = annotation_problems(method)
        if problems:
            outcome.kind, outcome.detail = "annotation", "; ".join(problems)
    return outcome


def _response_property(
    api: Api,
    key: str,
    method: Any,
    kwargs: dict[str, Any],
    transport: SpecMock,
    outcome: Outcome,
    examples: int,
) -> Outcome:
    """Hypothesis over response bodies: every spec-valid body drawn for the success schema must parse."""
    from hypothesis import HealthCheck, assume, given, settings

    from tests.contract.roundtrip import own_strategy
    from tests.contract.validating_transport import success_response

    http_method, path = key.split(" ", 1)
    operation = resolve(api.doc, api.doc["paths"][path])[http_method.lower()]
    status, media, schema = success_response(api, operation)
    if media is None or not (media == "application/json" or media.endswith("+json")) or status == 204:
        return _call_once(method, kwargs, transport, None, outcome)
    last: dict[str, Outcome] = {}
    valid = [0]

    @settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(own_strategy(api, schema or {}))
    def parses(body: Any) -> None:
        transport.next_body = body
        result = _call_once(method, kwargs, transport, None, outcome)
        assume(result.kind != "synth")  # a drawn body the spec rejects is not a test case
        valid[0] += 1
        result.examples = valid[0]
        last["outcome"] = result
        if not result.ok:
            result.detail = f"body {json.dumps(body, default=str)[:300]}: {result.detail}"
            raise AssertionError(result.detail)

    try:
        parses()
    except AssertionError:
        return last["outcome"]
    except Exception as exc:  # noqa: BLE001 - hypothesis itself (e.g. no valid body drawn)
        return Outcome(outcome.python, outcome.operation, "synth", _short(exc))
    finally:
        transport.next_body = _UNSET
    return last.get("outcome") or _call_once(method, kwargs, transport, None, outcome)


def run_sdk(
    name: str,
    *,
    is_async: bool = False,
    optional: bool = False,
    responses: int = 0,
    only: set[str] | None = None,
    server: MockServer | None = None,
) -> list[Outcome]:
    """One call per operation of `generated/<name>` (the report's list), each classified.

    In-process through a `ValidatingTransport` by default; with `server` (a started `MockServer` of this
    API) over real HTTP, the SDK client built with the server's `base_url` and nothing else (its own
    httpx client, transport, timeouts and retries). `responses=N` (sync only): instead of one
    synthesised response, up to N hypothesis-drawn valid bodies.
    """
    api = load_api(name)
    mock: SpecMock
    if server is None:
        transport = ValidatingTransport(api, full=optional)
        mock = transport
        client = _client(api, transport, is_async=is_async)
    else:
        assert server.mock.api is api, f"the server mocks {server.mock.api.name}, not {name}"
        mock = server.mock
        mock.full, mock.next_body, mock.inject = optional, _UNSET, []
        mock.reset()
        client = _client(api, None, is_async=is_async, base_url=server.base_url)
    outcomes: list[Outcome] = []
    loop = asyncio.new_event_loop() if is_async else None
    try:
        for entry in report_for(name)["operations"]:
            python, key = entry["python"], entry["operation"]
            if only is not None and python not in only:
                continue
            outcome = Outcome(python, key, "args")
            try:
                method = _resolve_method(client, python)
                kwargs = build_arguments(api, key, method, optional=optional)
            except Exception as exc:  # noqa: BLE001
                outcome.detail = _short(exc)
                outcomes.append(outcome)
                continue
            if responses and loop is None:
                outcomes.append(_response_property(api, key, method, kwargs, mock, outcome, responses))
            else:
                outcomes.append(_call_once(method, kwargs, mock, loop, outcome))
    finally:
        if loop is not None:
            loop.run_until_complete(client.close()) if hasattr(client, "close") else None
            loop.close()
        elif hasattr(client, "close"):
            client.close()
    return outcomes


def summary(name: str, outcomes: list[Outcome], total: int) -> str:
    covered = sum(1 for o in outcomes if o.kind != "args")
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.kind] = counts.get(o.kind, 0) + 1
    other = {k: v for k, v in sorted(counts.items()) if k not in ("ok", "rejected", "parse")}
    text = (
        # methods, not operations: a media-type variant (sdk.yaml content_types) is a second method of one
        # operation, so LaunchDarkly's 184 operations are 186 methods here (`nox -s generate` counts both).
        f"{name}: methods covered {covered}/{total}, ok {counts.get('ok', 0)}, "
        f"requests rejected {counts.get('rejected', 0)}, bodies failed to parse {counts.get('parse', 0)}"
    )
    if other:
        text += ", other " + ", ".join(f"{k}={v}" for k, v in other.items())
    examples = sum(o.examples for o in outcomes if o.kind != "args")
    if examples != covered:
        text += f"; {examples} response bodies"
    return text
