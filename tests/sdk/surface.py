"""Measures a generated SDK against the documented surface of the SDK it replaces.

The facts live in `tests/sdk/surfaces/<api>.json` (copied from the seed surface lists: per documented
method its resource, name and parameters with their positional/keyword style, position and whether
the seed marks them required; LaunchDarkly's also name the endpoint). A method is compatible when
`client.<resource>.<method>` exists, accepts every documented parameter in the documented style
(a positional parameter at its documented position), and requires nothing the seed omits or marks
optional.

`python -m tests.sdk.surface` prints the table of issue 17 (checked-in SDK, and the SDK generated
from the real spec in ../shared/specs with our sdk.yaml when that folder exists); `-v` lists every
incompatible method with its reasons.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import io
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SURFACES = Path(__file__).resolve().parent / "surfaces"
SHARED = ROOT.parent / "shared"
BUILD = ROOT / "build" / "parity"
APIS = ("flatfile", "frameio", "civis", "launchdarkly")
REAL_SPECS = {
    "civis": "civis/swagger.json",
    "launchdarkly": "launchdarkly/openapi.json",
    "frameio": "frameio/openapi.json",
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
_KEYWORD = (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


@dataclass(frozen=True)
class SeedParam:
    name: str
    style: str  # positional | keyword
    position: int | None
    required: bool | None  # None: the seed does not say


@dataclass(frozen=True)
class SeedMethod:
    key: str  # "resource.method", with "#2" for a second entry of the same name
    resource: str
    method: str
    params: tuple[SeedParam, ...]
    endpoint: str | None  # "POST /api/v2/tokens" when the seed names it


def load_surface(api: str) -> list[SeedMethod]:
    doc = json.loads((SURFACES / f"{api}.json").read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    out = []
    for item in doc["methods"]:
        name = f"{item['resource']}.{item['method']}"
        seen[name] = seen.get(name, 0) + 1
        key = name if seen[name] == 1 else f"{name}#{seen[name]}"
        params = tuple(SeedParam(p["name"], p["style"], p["position"], p["required"]) for p in item["params"])
        out.append(SeedMethod(key, item["resource"], item["method"], params, item.get("endpoint")))
    return out


def python_resource(resource: str) -> str:
    """The seed's resource as an attribute path: Konfig's `account_usage_(beta)` cannot be typed in
    Python (it is a call of `account_usage_`); the SDK it documents names it `account_usage_beta`."""
    return re.sub(r"_\((\w+)\)", r"_\1", resource)


def _resolve(client: object, dotted: str) -> Any:
    target: Any = client
    for part in dotted.split("."):
        target = getattr(target, part, None)
        if target is None:
            return None
    return target


def check_method(client: object, seed: SeedMethod) -> list[str]:
    """Why `seed` cannot be called as documented on `client` (empty: compatible)."""
    method = _resolve(client, f"{python_resource(seed.resource)}.{seed.method}")
    if method is None or not callable(method):
        return ["missing method"]
    parameters = inspect.signature(method).parameters
    positional = [p.name for p in parameters.values() if p.kind in _POSITIONAL]
    problems = []
    for param in seed.params:
        ours = parameters.get(param.name)
        if ours is None:
            problems.append(f"no parameter {param.name}")
        elif param.style == "positional":
            if ours.kind not in _POSITIONAL:
                problems.append(f"{param.name} is keyword-only, documented positional #{param.position}")
            elif param.position is not None and positional.index(param.name) != param.position:
                problems.append(
                    f"{param.name} is positional #{positional.index(param.name)}, documented #{param.position}"
                )
        elif ours.kind not in _KEYWORD:
            problems.append(f"{param.name} cannot be passed by keyword")
    documented = {p.name: p for p in seed.params}
    for ours in parameters.values():
        if ours.default is not inspect.Parameter.empty or ours.kind in (ours.VAR_POSITIONAL, ours.VAR_KEYWORD):
            continue
        if ours.name not in documented:
            problems.append(f"requires {ours.name}, which the seed does not document")
        elif documented[ours.name].required is False:
            problems.append(f"requires {ours.name}, which the seed documents as optional")
    return problems


@dataclass
class Measurement:
    api: str
    column: str  # checked-in | real-spec
    problems: dict[str, list[str]]  # seed key -> reasons; empty list = compatible
    absent: dict[str, str] = field(default_factory=dict)  # seed key -> endpoint the real spec lacks

    @property
    def compatible(self) -> int:
        return sum(1 for key, reasons in self.problems.items() if not reasons)

    @property
    def measured(self) -> int:
        """Documented methods the API can serve (those whose operation the spec has)."""
        return len(self.problems) - len(self.absent)

    def incompatible(self) -> dict[str, list[str]]:
        return {k: v for k, v in self.problems.items() if v and k not in self.absent}

    def summary(self) -> str:
        total = len(self.problems)
        text = f"{self.compatible}/{total}"
        if self.absent:
            text += f" ({self.compatible}/{self.measured} of the methods the real spec has)"
        return text


def _sdk_config(api: str) -> Any:
    from generator.config import load_config

    return load_config(ROOT / "openapi" / api / "sdk.yaml")


def make_client(package: str, api: str) -> object:
    config = _sdk_config(api)
    module = importlib.import_module(package)
    client_class: Callable[..., object] = getattr(module, config.client)
    return client_class(**{config.auth_param: "surface-check"})


def measure_checked_in(api: str) -> Measurement:
    """The checked-in SDK under generated/<api>."""
    project = ROOT / "generated" / api
    if str(project) not in sys.path:
        sys.path.insert(0, str(project))
    client = make_client(_sdk_config(api).package, api)
    return Measurement(api, "checked-in", {s.key: check_method(client, s) for s in load_surface(api)})


def real_spec_path(api: str) -> Path | None:
    relative = REAL_SPECS.get(api)
    if relative is None or not (SHARED / "specs" / relative).is_file():
        return None
    return SHARED / "specs" / relative


def generate_real(api: str) -> tuple[Path, str, dict[str, Any]]:
    """Generate the real spec with our sdk.yaml into build/parity/<api> (package `<package>_real`)."""
    from generator.pipeline import generate

    spec = real_spec_path(api)
    assert spec is not None
    config = _sdk_config(api)
    package = f"{config.package}_real"  # never the checked-in package's name: imports cannot mix them up
    config = dataclasses.replace(config, spec=spec.name, package=package, distribution=package.replace("_", "-"))
    result = generate(spec, config, BUILD / api, name=f"{api}-real", stream=io.StringIO())
    assert result.output is not None
    return result.output, package, result.report


def _spec_operations(path: Path) -> set[str]:
    from generator.load import load_spec

    doc = load_spec(path, validate=False).data
    return {
        f"{method.upper()} {route}"
        for route, item in doc["paths"].items()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }


def _endpoints_of_checked_in(api: str) -> dict[str, str]:
    """Seed key -> endpoint, from the seed itself or from the checked-in SDK's generation report."""
    report = json.loads((ROOT / "generated" / api / "generation-report.json").read_text(encoding="utf-8"))
    by_python = {op["python"].removeprefix("client."): op["operation"] for op in report["operations"]}
    return {
        s.key: s.endpoint or by_python.get(f"{python_resource(s.resource)}.{s.method}", "") for s in load_surface(api)
    }


def measure_real(api: str) -> Measurement | None:
    """The SDK generated from the real spec with our sdk.yaml; None when the spec is absent."""
    spec = real_spec_path(api)
    if spec is None:
        return None
    project, package, _ = generate_real(api)
    if str(project) not in sys.path:
        sys.path.insert(0, str(project))
    for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
        del sys.modules[name]  # a fresh generation replaces the modules of an earlier one
    client = make_client(package, api)
    surface = load_surface(api)
    real_operations = _spec_operations(spec)
    endpoints = _endpoints_of_checked_in(api)
    problems = {s.key: check_method(client, s) for s in surface}
    absent = {
        key: endpoints[key]
        for key, reasons in problems.items()
        if reasons and endpoints.get(key) and endpoints[key] not in real_operations
    }
    return Measurement(api, "real-spec", problems, absent)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    apis = [a for a in argv if not a.startswith("-")] or list(APIS)
    print(f"{'SDK':<14} {'checked-in SDK':<16} SDK from the real spec with our sdk.yaml")
    for api in apis:
        checked = measure_checked_in(api)
        real = measure_real(api)
        print(f"{api:<14} {checked.summary():<16} {real.summary() if real else '-'}")
        if verbose:
            for measurement in (checked, real):
                if measurement is None:
                    continue
                for key, reasons in measurement.incompatible().items():
                    print(f"    [{measurement.column}] {key}: {'; '.join(reasons)}")
                for key, endpoint in measurement.absent.items():
                    print(f"    [{measurement.column}] {key}: absent from the real spec ({endpoint})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
