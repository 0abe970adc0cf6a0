"""Which runtime modules an SDK ships, which runtime names its package exports, and its compatibility modules.

`generator/runtime/` holds the runtime as real, tested Python modules. An SDK gets the private copy
`<pkg>/_core/` with only what it uses: the pager module only when an operation paginates, the poller
module only when sdk.yaml declares long-running operations, the response-metadata mixin only when
sdk.yaml asks for it, the streaming module only when an operation answers with events (SSE, JSON lines). Vendor-compatible aliases (e.g. LaunchDarkly's `.status` and `.round_trip_time`)
sit in marked regions of the runtime (`# region compat: NAME` ... `# endregion compat`) and are kept only
when sdk.yaml lists NAME under `compat`. Import paths a previous SDK documented into its `core`
(`from flatfile.core import ApiError`) become thin lazy modules when sdk.yaml lists them under
`compat_modules`.

Hand-written: a text filter and a name table; no library does this job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.plan.error_table import status_error_names

RUNTIME = Path(__file__).resolve().parent / "runtime"

# Shipped only when the SDK uses them: feature -> its files (the public module first).
_FEATURE_FILES = {
    "pagination": ("pagination.py", "_paging.py", "_async_pagination.py", "_sync_pagination.py"),
    "polling": ("polling.py",),
    "response_metadata": ("response_metadata.py",),
    "streaming": ("_streaming.py", "_events.py", "_async_streaming.py", "_sync_streaming.py"),
}
_OPTIONAL = {name: feature for feature, names in _FEATURE_FILES.items() for name in names}

# The runtime's user-facing names, by module: what `import <pkg>` offers next to the clients.
_PUBLIC: dict[str, tuple[str, ...]] = {
    # the status-specific classes come from the one status -> error table (runtime/errors.py STATUS_ERRORS)
    "errors": tuple(
        sorted(
            {
                "ApiConnectionError",
                "ApiError",
                "ApiTimeoutError",
                "MissingCredentialsError",
                "ParseError",
                "ResponseTooLargeError",
                "SdkError",
            }
            | set(status_error_names())
        )
    ),
    "request_options": ("RequestOptions",),
    "raw_response": ("RateLimit", "RawResponse"),
    "_types": ("File",),
    "pagination": ("AsyncPager", "NoNextPageError", "Page", "SyncPager"),
    "polling": ("AsyncPollingFuture", "PollingFuture", "RunFailedError"),
    "_streaming": ("AsyncStream", "ServerSentEvent", "Stream"),
}

COMPAT_SETS = ("konfig",)
"""Names of the alias sets sdk.yaml `compat` may list (konfig: `.status`, `.reason`-style names of
Konfig/OpenAPI-Generator SDKs, e.g. LaunchDarkly's: `ApiError.status`, `.round_trip_time`,
`RawResponse.status`, `.body`, `.round_trip_time`)."""

_REGION = re.compile(r"^[ \t]*# region compat: (?P<name>\w+)\n(?P<body>.*?)^[ \t]*# endregion compat\n", re.M | re.S)


@dataclass(frozen=True)
class RuntimeFeatures:
    """What one SDK uses of the runtime."""

    pagination: bool = False
    polling: bool = False
    response_metadata: bool = False
    streaming: bool = False
    compat: frozenset[str] = frozenset()


def runtime_modules(features: RuntimeFeatures) -> list[str]:
    """The runtime files the SDK ships (file names in `generator/runtime/`), sorted."""
    wanted = {name for name, feature in _OPTIONAL.items() if getattr(features, feature)}
    return sorted(
        path.name
        for path in RUNTIME.iterdir()
        if (path.suffix == ".py" or path.name == "py.typed") and (path.name not in _OPTIONAL or path.name in wanted)
    )


def strip_compat(source: str, keep: Iterable[str]) -> str:
    """``source`` with the compat regions not in ``keep`` removed (and the markers of the others)."""
    kept = set(keep)
    return _REGION.sub(lambda m: m.group("body") if m.group("name") in kept else "", source)


def copy_runtime(features: RuntimeFeatures, target: Path) -> None:
    """Write the SDK's private runtime package into ``target`` (which must not exist)."""
    target.mkdir()
    for name in runtime_modules(features):
        text = (RUNTIME / name).read_text(encoding="utf-8")
        (target / name).write_text(strip_compat(text, features.compat), encoding="utf-8", newline="\n")


def public_exports(features: RuntimeFeatures, package: str = "._core") -> dict[str, str]:
    """User-facing runtime name -> the module it is imported from (relative to the SDK package)."""
    shipped = {name.removesuffix(".py") for name in runtime_modules(features)}
    return {name: f"{package}.{module}" for module, names in _PUBLIC.items() if module in shipped for name in names}


@dataclass(frozen=True)
class CompatModule:
    """One alias module: its path in the package and how deep it sits."""

    dotted: str  # e.g. "core.api_error"
    path: str  # e.g. "core/api_error.py"
    parents: int  # the leading dots of a relative import of the package root


def compat_modules(dotted_names: Iterable[str]) -> list[CompatModule]:
    """The alias modules to write for sdk.yaml `compat_modules` (parents of a listed module included)."""
    wanted: set[str] = set()
    for dotted in dotted_names:
        parts = dotted.split(".")
        wanted.update(".".join(parts[: i + 1]) for i in range(len(parts)))
    modules = []
    for dotted in sorted(wanted):
        parts = dotted.split(".")
        if any(other.startswith(dotted + ".") for other in wanted):
            modules.append(CompatModule(dotted, "/".join(parts) + "/__init__.py", len(parts) + 1))
        else:
            modules.append(CompatModule(dotted, "/".join(parts) + ".py", len(parts)))
    return modules
