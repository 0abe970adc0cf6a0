"""Every ```python block of every generated README.md and reference.md compiles, and every usage snippet runs.

Snippets run for real against a local HTTP server that answers each operation of the API's spec with
a 2xx body synthesised from the operation's success schema (`tests/docs/spec_server.py`): the only
change made to a snippet is `base_url=<server>` added to its client construction. Method
declarations (`def name(self, ...) -> T: ...` stubs in reference.md) are compiled and checked to be
declarations; they have nothing to run. Counts are printed per SDK; nothing is skipped silently.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import logging
import re
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from tests.docs.spec_server import install, routes_for, spec_for_api

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
DOC_FILES = ("README.md", "reference.md")
APIS = sorted(
    p.name
    for p in GENERATED.glob("*")
    if (p / "README.md").is_file() and (ROOT / "openapi" / p.name / "sdk.yaml").is_file()
)
_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)


def python_blocks(text: str) -> list[tuple[int, str]]:
    """(line number, code) of every ```python fenced block."""
    out = []
    for match in _FENCE.finditer(text):
        if match.group(1).lower() in ("python", "py", "python3"):
            out.append((text.count("\n", 0, match.start()) + 2, match.group(2)))
    return out


def is_declaration(code: str) -> bool:
    """A method stub: only function definitions whose body is `...`."""
    tree = ast.parse(code)
    return bool(tree.body) and all(
        isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and len(node.body) == 1
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
        and node.body[0].value.value is Ellipsis
        for node in tree.body
    )


def point_at(code: str, clients: tuple[str, ...], base_url: str, extra: str = "") -> str:
    """Add `base_url=` (and `extra` keywords) to every construction of the SDK's clients."""
    names = "|".join(re.escape(c) for c in clients)
    extra = "".join(
        f"{kw.strip()}, " for kw in extra.split(",") if kw.strip() and kw.split("=")[0].strip() + "=" not in code
    )
    changed, count = re.subn(rf"(?<![\w.])({names})\(", rf"\1(base_url={base_url!r}, {extra}", code)
    return changed if count else code


@contextlib.contextmanager
def _quiet(package: str) -> Iterator[io.StringIO]:
    """Capture stdout; undo logging changes a snippet makes; ignore the deprecation warnings it triggers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    sdk_logger = logging.getLogger(package)
    sdk_level = sdk_logger.level
    out = io.StringIO()
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(out):
            warnings.simplefilter("ignore", DeprecationWarning)
            yield out
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
        sdk_logger.setLevel(sdk_level)


@pytest.fixture(autouse=True)
def _reuse_ssl_contexts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every snippet builds a client, and httpx loads the CA bundle for each (~50 ms); load it once.

    The snippets talk plain HTTP to the local server, so this changes nothing they do, only how fast.
    """
    import httpx._transports.default as transports

    original = transports.create_ssl_context
    cache: dict[tuple[object, ...], object] = {}

    def cached(verify: object = True, cert: object = None, trust_env: bool = True) -> object:
        key = (verify, cert, trust_env)
        try:
            hash(key)
        except TypeError:
            return original(verify=verify, cert=cert, trust_env=trust_env)
        if key not in cache:
            cache[key] = original(verify=verify, cert=cert, trust_env=trust_env)
        return cache[key]

    monkeypatch.setattr(transports, "create_ssl_context", cached)


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    srv = HTTPServer()
    srv.start()
    try:
        yield srv
    finally:
        srv.clear()
        srv.stop()


def _load(api: str) -> list[tuple[str, int, str]]:
    blocks = []
    for name in DOC_FILES:
        path = GENERATED / api / name
        if path.is_file():
            blocks.extend((name, line, code) for line, code in python_blocks(path.read_text(encoding="utf-8")))
    return blocks


def test_docs_exist() -> None:
    assert APIS, "no generated SDKs with a README.md"
    missing = [
        f"{api}/{name}" for api in APIS for name in (*DOC_FILES, "models.md") if not (GENERATED / api / name).is_file()
    ]
    assert not missing, f"generated docs missing: {missing}"


@pytest.mark.parametrize("api", APIS)
def test_every_snippet_compiles(api: str, capsys: pytest.CaptureFixture[str]) -> None:
    failures = []
    blocks = _load(api)
    for name, line, code in blocks:
        try:
            compile(code, f"{api}/{name}:{line}", "exec")
        except SyntaxError as exc:
            failures.append(f"{name}:{line}: {exc.msg} (line {exc.lineno} of the block)")
    with capsys.disabled():
        print(f"\n[docs] {api}: {len(blocks)} python blocks compiled ({len(failures)} failed)")
    assert blocks, f"{api}: no python blocks in {DOC_FILES}"
    assert not failures, "\n".join(failures)


@dataclass
class RunResult:
    ran: int = 0
    declarations: int = 0
    skipped: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self, label: str) -> str:
        return (
            f"[docs] {label}: {self.ran} snippets run against the spec server, {self.declarations} declarations "
            f"compiled only, {len(self.skipped)} skipped, {len(self.failures)} failed ({self.seconds:.1f}s)"
        )


def run_blocks(
    label: str,
    blocks: list[tuple[str, int, str]],
    clients: tuple[str, str],
    package: str,
    base_url: str,
    routes: Any,
    extra: str = "",
) -> RunResult:
    """Run every usage snippet in `blocks` with `base_url=` added to its client construction."""
    result = RunResult()
    started = time.perf_counter()
    names = "|".join(re.escape(c) for c in clients)
    for name, line, code in blocks:
        where = f"{name}:{line}"
        if is_declaration(code):
            result.declarations += 1
            continue
        if not re.search(rf"(?<![\w.])({names})\(", code):
            result.skipped.append(f"{where}: constructs no client, so it calls nothing")
            continue
        runnable = point_at(code, clients, base_url, extra)
        before = len(routes.misses)
        try:
            with _quiet(package):
                exec(compile(runnable, f"{label}/{where}", "exec"), {"__name__": f"snippet_{package}"})
        except BaseException as exc:  # noqa: BLE001 - every failure is reported with its snippet
            first_call = next((ln.strip() for ln in code.splitlines() if "client." in ln), code.splitlines()[-1])
            result.failures.append(f"{where}: {type(exc).__name__}: {str(exc)[:300]}\n    {first_call}")
            continue
        if len(routes.misses) > before:
            result.failures.append(f"{where}: requested an unknown path: {routes.misses[before:]}")
            continue
        result.ran += 1
    result.seconds = time.perf_counter() - started
    return result


@pytest.mark.parametrize("api", APIS)
def test_every_snippet_runs_against_the_spec(
    api: str, server: HTTPServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    doc, config = spec_for_api(api)
    spec_routes = routes_for(doc)
    install(server, spec_routes)
    base_url = server.url_for("/").rstrip("/")
    if config.auth_env_var:
        monkeypatch.setenv(config.auth_env_var, "test-credential-from-env")
    result = run_blocks(api, _load(api), (config.client, config.async_client), config.package, base_url, spec_routes)
    with capsys.disabled():
        print("\n" + result.summary(api))
        for item in result.skipped:
            print(f"[docs] {api}: skipped {item}")
    assert not result.failures, f"{len(result.failures)} snippet(s) failed:\n" + "\n".join(result.failures[:30])
    assert result.ran, f"{api}: no snippet ran"
    report = json.loads((GENERATED / api / "generation-report.json").read_text(encoding="utf-8"))
    never_called = sorted({op["operation"] for op in report["operations"]} - set(spec_routes.hits))
    assert not never_called, f"{api}: operations no snippet called: {never_called[:20]}"
