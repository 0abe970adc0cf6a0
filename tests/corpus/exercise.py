"""Run in a subprocess: import a generated package and call every operation once against a mock transport.

`python tests/corpus/exercise.py PROJECT_DIR PACKAGE` prints one JSON line:
{"modules": N, "methods": N, "requests": N, "failures": [...]}

Every module of the package is imported, every model class loaded, then every method of every
resource (sync and async) is called with made-up arguments of the declared types. The transport
answers `{}` with status 200 for everything; parse errors of that answer are expected and ignored, but
a method that raises before sending its request is a failure.
"""

from __future__ import annotations

import asyncio
import collections.abc
import datetime
import enum
import functools
import importlib
import inspect
import io
import json
import pkgutil
import sys
import types
import typing
import uuid
from typing import Any

import httpx

_PLAIN_INIT = {
    "base_url", "environment", "timeout", "max_retries", "deadline", "max_response_bytes", "headers", "httpx_client",
    "follow_redirects",
}  # fmt: skip


def _import_everything(package: str) -> int:
    root = importlib.import_module(package)
    count = 1
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        importlib.import_module(info.name)
        count += 1
    models = importlib.import_module(package + ".models")
    for name in getattr(models, "__all__", []):
        getattr(models, name)
    return count


def _value(tp: Any, module: types.ModuleType, depth: int = 0) -> Any:
    """A made-up value of type `tp` (an annotation, resolved)."""
    if depth > 6:
        return None
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        arms = [a for a in args if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
        return _value(arms[0], module, depth + 1) if arms else None
    if origin in (list, typing.List, tuple, set, collections.abc.Sequence):  # noqa: UP006
        return [_value(args[0], module, depth + 1)] if args else []
    if origin in (dict, typing.Dict) or tp is dict:  # noqa: UP006
        return {}
    if tp is str or tp is typing.Any:
        return "x"
    if tp is bool:
        return True
    if tp is int:
        return 1
    if tp is float:
        return 1.5
    if tp is bytes:
        return b"x"
    if tp is datetime.datetime:
        return datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    if tp is datetime.date:
        return datetime.date(2020, 1, 1)
    if tp is uuid.UUID:
        return uuid.UUID(int=1)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    if isinstance(tp, type) and tp.__name__ == "File":
        return tp(payload=io.BytesIO(b"x"), file_name="x.txt")
    if isinstance(tp, type) and hasattr(tp, "__attrs_attrs__"):
        return _model(tp, depth + 1)
    return None


def _model(cls: type, depth: int) -> Any:
    import attrs

    hints = typing.get_type_hints(cls, _namespace(sys.modules[cls.__module__]))
    kwargs = {}
    for field in attrs.fields(cls):
        if field.default is attrs.NOTHING and field.init:
            kwargs[field.alias or field.name] = _value(hints.get(field.name, str), sys.modules[cls.__module__], depth)
    return cls(**kwargs)


def _namespace(module: types.ModuleType) -> dict[str, Any]:
    """The module's globals plus every model of the package (some are imported only for type checking)."""
    package = module.__name__.split(".")[0]
    models = importlib.import_module(package + ".models")
    names = {name: getattr(models, name) for name in getattr(models, "__all__", [])}
    return {**names, **vars(module)}


def _arguments(method: Any) -> tuple[list[Any], dict[str, Any]]:
    module = sys.modules[method.__module__]
    hints = typing.get_type_hints(method, _namespace(module))
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(method).parameters.values():
        if param.default is not inspect.Parameter.empty or param.name == "self":
            continue
        value = _value(hints.get(param.name, str), module)
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[param.name] = value
        else:
            args.append(value)
    return args, kwargs


def _resources(obj: Any, seen: set[int]) -> list[Any]:
    out = [obj]
    seen.add(id(type(obj)))
    for name, member in vars(type(obj)).items():
        if isinstance(member, functools.cached_property) and name != "with_raw_response":
            child = getattr(obj, name)
            if type(child).__name__.endswith("WithRawResponse") or id(type(child)) in seen:
                continue
            out.extend(_resources(child, seen))
    return out


def _methods(resource: Any) -> list[tuple[str, Any]]:
    out = []
    for name, member in vars(type(resource)).items():
        if inspect.isfunction(member) and not name.startswith("_") and name not in ("close", "aclose"):
            out.append((f"{type(resource).__name__}.{name}", getattr(resource, name)))
    return out


def _client(cls: type, transport: Any, is_async: bool) -> Any:
    extra: dict[str, Any] = {}
    for param in inspect.signature(cls).parameters.values():
        if param.kind is inspect.Parameter.KEYWORD_ONLY and param.name not in _PLAIN_INIT:
            annotation = str(param.annotation)
            extra[param.name] = ("user", "secret") if "tuple" in annotation else "secret"
    http = httpx.AsyncClient(transport=transport) if is_async else httpx.Client(transport=transport)
    return cls(base_url="http://sdk.test", httpx_client=http, max_retries=0, **extra)


async def _first(pager: Any) -> None:
    async for _ in pager:
        break


async def _wait(awaitable: Any) -> Any:
    return await awaitable  # a coroutine, or an awaitable such as an async pager


def main(package: str) -> dict[str, Any]:
    modules = _import_everything(package)
    root = importlib.import_module(package)
    requests: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(f"{request.method} {request.url}")
        return httpx.Response(200, json={})

    transport = httpx.MockTransport(handler)
    failures: list[str] = []
    called = 0
    sync_name = next(n for n in root.__all__ if n.endswith("Environment")).removesuffix("Environment")
    for is_async in (False, True):
        cls = getattr(root, ("Async" if is_async else "") + sync_name, None) or getattr(root, sync_name)
        client = _client(cls, transport, is_async)
        for resource in _resources(client, set()):
            for label, method in _methods(resource):
                if resource is client:
                    continue
                before = len(requests)
                called += 1
                try:
                    args, kwargs = _arguments(method)
                    result = method(*args, **kwargs)
                    if inspect.isawaitable(result):
                        asyncio.run(_wait(result))
                    elif hasattr(result, "__aiter__"):  # an async pager sends on first iteration
                        asyncio.run(_first(result))
                    elif hasattr(result, "__iter__") and type(result).__name__.endswith("Pager"):
                        next(iter(result), None)
                except Exception as exc:  # parse errors of the `{}` answer are expected
                    if len(requests) == before:
                        failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:300]}")
                else:
                    if len(requests) == before:
                        failures.append(f"{label}: returned without sending a request")
    return {"modules": modules, "methods": called, "requests": len(requests), "failures": failures}


if __name__ == "__main__":
    sys.path.insert(0, sys.argv[1])
    print(json.dumps(main(sys.argv[2])))
