"""Contract tests: every operation of every generated SDK, called against its own spec.

For each SDK in generated/ (with its openapi/<api>/sdk.yaml), and each SDK generated from the real
specs in ../shared/specs (into build/contract-real/; skipped without them), and every operation in its
generation-report.json, the method is called with arguments built from the spec; openapi-core validates
each request the SDK sends, and the mock answers with a body synthesised from the success response
schema, which the SDK must parse into a result whose `to_dict()` carries the same data. A method that
returns a pager with a next page also fetches that page, so the pager's own request (cursor, offset,
page) is checked.

The mock is one `SpecMock` (tests/contract/validating_transport.py) reached two ways:
- over real HTTP: a `MockServer` (tests/contract/mock_server.py; our equivalent of Prism in validating
  mode) on a free 127.0.0.1 port, started and stopped by the module-scoped `mock_server` fixture, one
  per spec. The main passes (sync and async, every required argument) build the SDK client with
  `base_url=<server>` and nothing else, so the SDK's own httpx client, transport, connection pool,
  timeouts and retry loop carry every request;
- in-process: a `ValidatingTransport` (an httpx MockTransport), for the extra passes, which need no
  sockets: sync and async with every optional argument (and response bodies with every optional
  property), and sync with up to 5 hypothesis-drawn spec-valid response bodies per operation (the
  committed SDKs only).
A second test is the property-based round trip of models (`Model.from_dict(d).to_dict() == d`,
tests/contract/roundtrip.py). Exceptions live in tests/contract/allowlist.yaml; the test fails on an
unlisted failure and on a listed operation that passes every pass.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("openapi_core", reason="openapi-core is installed by `nox -s contract`")

from tests.contract.conftest import SUMMARY  # noqa: E402
from tests.contract.driver import Outcome, generated_apis, report_for, run_sdk, summary  # noqa: E402
from tests.contract.mock_server import MockServer  # noqa: E402
from tests.contract.validating_transport import REAL_SPECS, ensure_real_build  # noqa: E402

ALLOWLIST_FILE = Path(__file__).with_name("allowlist.yaml")
RESPONSE_EXAMPLES = 5
# "http": over real HTTP against the spec's MockServer (the `mock_server` fixture); else in-process
PASSES: dict[str, dict[str, Any]] = {
    "sync": {"is_async": False, "optional": False, "http": True},
    "sync-optional": {"is_async": False, "optional": True},
    "async": {"is_async": True, "optional": False, "http": True},
    "async-optional": {"is_async": True, "optional": True},
    # up to 5 hypothesis-drawn spec-valid response bodies per operation (unions, nulls, optional parts)
    "responses": {"is_async": False, "optional": False, "responses": RESPONSE_EXAMPLES},
}
APIS = generated_apis()
REAL = sorted(REAL_SPECS)  # SDKs generated from ../shared/specs into build/contract-real/<api>, as `real-<api>`
REAL_PASSES = {name: PASSES[name] for name in ("sync", "sync-optional", "async", "async-optional")}


# models per SDK in the round trip (evenly spaced over the sorted schema names); CONTRACT_MODELS=all for every one
MODELS_PER_SDK = 10**6 if os.environ.get("CONTRACT_MODELS") == "all" else int(os.environ.get("CONTRACT_MODELS", "30"))
EXAMPLES_PER_MODEL = 10


def allowlist(section: str = "operations") -> dict[str, dict[str, str]]:
    data = yaml.safe_load(ALLOWLIST_FILE.read_text(encoding="utf-8")) or {}
    return {api: dict(entries or {}) for api, entries in (data.get(section) or {}).items()}


def test_allowlist_names_known_operations_and_models() -> None:
    """Every allowlisted operation and model exists in its SDK and has a reason."""
    from tests.contract.roundtrip import model_candidates
    from tests.contract.validating_transport import load_api

    for api, entries in allowlist("operations").items():
        if api.startswith("real-"):
            assert api[len("real-") :] in REAL, f"allowlist.yaml: no real spec {api!r}"
            if not ensure_real_build(api[len("real-") :]):
                continue  # ../shared/specs absent
        else:
            assert api in APIS, f"allowlist.yaml: no generated SDK {api!r}"
        known = {op["python"] for op in report_for(api)["operations"]}
        for python, reason in entries.items():
            assert python in known, f"allowlist.yaml: {api}: {python} is not an operation of the SDK"
            assert isinstance(reason, str) and reason.strip(), f"allowlist.yaml: {api}: {python} needs a reason"
    for api, entries in allowlist("models").items():
        if api.startswith("real-"):
            assert api[len("real-") :] in REAL, f"allowlist.yaml: no real spec {api!r}"
            if not ensure_real_build(api[len("real-") :]):
                continue
        else:
            assert api in APIS, f"allowlist.yaml: no generated SDK {api!r}"
        known = {name for name, _ in model_candidates(load_api(api))}
        for name, reason in entries.items():
            assert name in known, f"allowlist.yaml: models: {api}: {name} is not a model of the SDK"
            assert isinstance(reason, str) and reason.strip(), f"allowlist.yaml: models: {api}: {name} needs a reason"


def _fmt(pass_name: str, outcome: Outcome) -> str:
    detail = " / ".join(line.strip() for line in outcome.detail.splitlines())
    return f"  [{pass_name}] {outcome.kind}: {outcome.python} ({outcome.operation}): {detail[:500]}"


@pytest.fixture(scope="module")
def mock_server(request: pytest.FixtureRequest) -> Iterator[MockServer]:
    """A `MockServer` for the API named by the (indirect) parameter, on a free loopback port; one per spec
    (tests are grouped by parameter, so each server is stopped before the next spec's starts)."""
    api: str = request.param
    if api.startswith("real-") and not ensure_real_build(api[len("real-") :]):
        pytest.skip(f"../shared/specs has no {REAL_SPECS[api[len('real-') :]][0]}")
    with pytest.MonkeyPatch.context() as patch:
        # an HTTP(S)_PROXY in the environment must not take loopback requests elsewhere
        for var in ("NO_PROXY", "no_proxy"):
            patch.setenv(var, ",".join(filter(None, [os.environ.get(var), "127.0.0.1", "localhost"])))
        with MockServer(api) as server:
            yield server


@pytest.mark.parametrize("mock_server", APIS, indirect=True)
def test_every_operation(mock_server: MockServer) -> None:
    """All operations of one SDK in every pass of PASSES (one test per SDK, to keep the output short)."""
    _check_operations(mock_server.mock.api.name, PASSES, mock_server)


@pytest.mark.parametrize("mock_server", [f"real-{name}" for name in REAL], indirect=True)
def test_every_operation_of_real_spec_sdk(mock_server: MockServer) -> None:
    """The same over the SDKs generated from the real specs in ../shared/specs (without the hypothesis pass)."""
    _check_operations(mock_server.mock.api.name, REAL_PASSES, mock_server)


def _check_operations(api: str, passes: dict[str, dict[str, Any]], server: MockServer) -> None:
    total = len(report_for(api)["operations"])
    allowed = allowlist("operations").get(api, {})
    results: dict[str, list[Outcome]] = {}
    where: dict[str, str] = {}
    started = time.monotonic()
    for pass_name, options in passes.items():
        options = dict(options)
        over_http = options.pop("http", False)
        where[pass_name] = f"over HTTP {server.url}" if over_http else "in-process"
        results[pass_name] = run_sdk(api, **options, server=server if over_http else None)
    elapsed = time.monotonic() - started
    for pass_name, outcomes in results.items():
        SUMMARY.append(f"{summary(api, outcomes, total)} [{pass_name}, {where[pass_name]}]")
    SUMMARY.append(f"{api}: allowlisted {len(allowed)}; {elapsed:.1f}s")

    failing: dict[str, list[str]] = {}
    for pass_name, outcomes in results.items():
        assert len(outcomes) == total, f"{pass_name}: {len(outcomes)} outcomes for {total} operations"
        for outcome in outcomes:
            if not outcome.ok:
                failing.setdefault(outcome.python, []).append(_fmt(pass_name, outcome))
    unexpected = {python: lines for python, lines in failing.items() if python not in allowed}
    stale = sorted(python for python in allowed if python not in failing)
    problems: list[str] = []
    if unexpected:
        problems.append(f"{len(unexpected)} operation(s) fail and are not in allowlist.yaml:")
        for lines in unexpected.values():
            problems.extend(lines)
    if stale:
        problems.append("allowlisted operation(s) now pass every pass; remove them from allowlist.yaml:")
        problems.extend(f"  {python}" for python in stale)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("over_http", [False, True], ids=["in-process", "over-http"])
def test_mock_rejects_an_invalid_request(over_http: bool) -> None:
    """The validator is not a rubber stamp, in-process or over HTTP: a wrong type in a body, an unknown
    path, a missing credential; a valid request is answered with a synthesised body."""
    import contextlib

    import httpx

    from tests.contract.validating_transport import SpecMock, ValidatingTransport

    with contextlib.ExitStack() as stack:
        mock: SpecMock
        if over_http:
            server = stack.enter_context(MockServer("bookshelf"))
            mock, base = server.mock, server.base_url
            http = stack.enter_context(httpx.Client(trust_env=False))
        else:
            mock = ValidatingTransport("bookshelf")
            base = mock.api.base_url
            http = stack.enter_context(httpx.Client(transport=mock))  # type: ignore[arg-type]
        auth = {"Authorization": "Bearer t"}
        http.post(f"{base}/shelves", json={"name": 3}, headers=auth)
        http.get(f"{base}/no-such-path", headers=auth)
        http.get(f"{base}/shelves/s1")
        ok = http.get(f"{base}/shelves/s1", headers=auth)
    assert [bool(e.errors) for e in mock.exchanges] == [True, True, True, False]
    assert "Security" in mock.exchanges[2].errors[0]
    assert ok.status_code == 200 and isinstance(ok.json(), dict)


def test_mock_server_is_real_http_and_stops() -> None:
    """The server listens on a free loopback port, keeps connections alive, and is gone after stop()."""
    import socket

    import httpx

    with MockServer("bookshelf") as server:
        url = server.url
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0")
        with httpx.Client(trust_env=False, headers={"Authorization": "Bearer t"}) as http:
            first = http.get(f"{server.base_url}/shelves/s1")
            second = http.get(f"{server.base_url}/shelves/s1")
        assert first.status_code == second.status_code == 200 and not server.mock.rejected
        assert first.http_version == "HTTP/1.1" and int(first.headers["content-length"]) == len(first.content)
    host, port = url[len("http://") :].split(":")
    with pytest.raises(OSError), socket.create_connection((host, int(port)), timeout=1):
        pass


def test_sdk_retries_over_http() -> None:
    """Over HTTP the SDK's own retry loop runs: a 503 then the real answer is one successful call."""
    from tests.contract.driver import _client
    from tests.contract.validating_transport import load_api

    api = load_api("bookshelf")
    with MockServer(api) as server:
        client = _client(api, None, is_async=False, base_url=server.base_url)
        server.mock.inject = [503]
        try:
            shelf = client.shelves.get(shelf_id="s1")
        finally:
            client.close()
    assert [e.status for e in server.mock.exchanges] == [503, 200]
    assert not server.mock.rejected and shelf.to_dict() == server.mock.exchanges[-1].body


def test_a_broken_serializer_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model whose to_dict() drops a required field makes its operation fail with `rejected`."""
    from bookshelf.models import BookInput

    original = BookInput.to_dict

    def broken(self: Any) -> dict[str, Any]:
        data = original(self)
        data.pop("title", None)
        return data

    monkeypatch.setattr(BookInput, "to_dict", broken)
    outcomes = {o.python: o for o in run_sdk("bookshelf")}
    assert outcomes["client.shelves.books.add"].kind == "rejected"
    assert "title" in outcomes["client.shelves.books.add"].detail


def test_a_lossy_parser_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model whose from_dict() loses a field makes its operation fail with `parse`."""
    from bookshelf.models import Shelf

    original = Shelf.from_dict.__func__  # type: ignore[attr-defined]

    def lossy(cls: Any, data: Any) -> Any:
        shelf = original(cls, data)
        shelf.name = "something else"
        return shelf

    monkeypatch.setattr(Shelf, "from_dict", classmethod(lossy))
    outcomes = {o.python: o for o in run_sdk("bookshelf")}
    assert outcomes["client.shelves.get"].kind == "parse"


def test_synthesised_values_follow_the_schema() -> None:
    from tests.contract.validating_transport import synthesise

    doc: dict[str, Any] = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "required": ["id", "child"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "child": {"$ref": "#/components/schemas/Node"},
                    },
                },
                "Pet": {
                    "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                    "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat"}},
                },
                "Cat": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
                "Dog": {"type": "object", "properties": {"bark": {"type": "boolean"}}},
            }
        }
    }
    node = synthesise(doc, {"$ref": "#/components/schemas/Node"})
    assert node["id"] == "3fa85f64-5717-4562-b3fc-2c963f66afa6" and isinstance(node["child"], dict)
    assert synthesise(doc, {"$ref": "#/components/schemas/Pet"}) == {"kind": "cat"}
    assert synthesise(doc, {"type": "string", "enum": ["b", "a"]}) == "b"
    assert synthesise(doc, {"type": "array", "items": {"type": "string", "format": "date-time"}}) == [
        "2024-01-02T03:04:05Z"
    ]
    merged = synthesise(
        doc,
        {
            "allOf": [
                {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer", "minimum": 5}}},
                {"required": ["b"], "properties": {"b": {"type": "string", "format": "date"}}},
            ]
        },
    )
    assert merged == {"a": 5, "b": "2024-01-02"}


@pytest.mark.parametrize("api", [*APIS, *(f"real-{name}" for name in REAL)])
def test_models_round_trip(api: str) -> None:
    """Property: for a sample of models, spec-valid dicts parse with from_dict and to_dict() gives them back.

    A model for which no spec-valid dict can be drawn (an unsatisfiable schema, or one this strategy
    cannot reach) is counted as undrawable and named in the summary, not failed.
    """
    from hypothesis.errors import Unsatisfiable

    from tests.contract.roundtrip import model_candidates, sample
    from tests.contract.validating_transport import load_api

    if api.startswith("real-") and not ensure_real_build(api[len("real-") :]):
        pytest.skip(f"../shared/specs has no {REAL_SPECS[api[len('real-') :]][0]}")
    spec = load_api(api)
    candidates = model_candidates(spec)
    chosen = sample(candidates, MODELS_PER_SDK)
    allowed = allowlist("models").get(api, {})
    failures: dict[str, str] = {}
    undrawable: list[str] = []
    started = time.monotonic()
    valid_examples = 0
    for name, cls in chosen:
        drawn = {"valid": 0}
        round_trip = _round_trip_property(spec, name, cls, drawn)
        try:
            round_trip()
        except Unsatisfiable:
            undrawable.append(name)
        except Exception as exc:  # noqa: BLE001 - every model reported at once
            text = " ".join(f"{type(exc).__name__}: {exc}".split())
            failures[name] = text[:400]
        valid_examples += drawn["valid"]
    elapsed = time.monotonic() - started
    SUMMARY.append(
        f"{api}: round trip {len(chosen)}/{len(candidates)} models, {valid_examples} valid examples "
        f"(max {EXAMPLES_PER_MODEL} per model), failed {len(failures)} (allowlisted {len(allowed)}), "
        f"undrawable {len(undrawable)}{' ' + str(undrawable) if undrawable else ''}; {elapsed:.1f}s"
    )
    unexpected = {name: why for name, why in failures.items() if name not in allowed}
    sampled = {name for name, _ in chosen}  # an allowlisted model outside the sample is not judged
    stale = sorted(name for name in allowed if name in sampled and name not in failures)
    problems = [f"  {name}: {why}" for name, why in unexpected.items()]
    if problems:
        problems.insert(0, f"{len(unexpected)} model(s) fail the round trip and are not in allowlist.yaml (models):")
    if stale:
        problems.append("allowlisted model(s) now round-trip; remove them from allowlist.yaml (models):")
        problems.extend(f"  {name}" for name in stale)
    assert not problems, "\n".join(problems)


def _round_trip_property(spec: Any, name: str, cls: Any, drawn: dict[str, int]) -> Any:
    import copy

    from hypothesis import HealthCheck, assume, given, settings

    from tests.contract.driver import canonical
    from tests.contract.roundtrip import SCHEMAS, own_strategy, validator

    check = validator(spec, name)

    @settings(
        max_examples=EXAMPLES_PER_MODEL,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(own_strategy(spec, {"$ref": f"{SCHEMAS}{name}"}))
    def round_trip(value: Any) -> None:
        assume(check.is_valid(value))  # the strategy aims at valid instances; the validator has the last word
        drawn["valid"] += 1
        parsed = cls.from_dict(copy.deepcopy(value))
        back = parsed.to_dict()
        assert canonical(back) == canonical(value), f"to_dict() differs: in {value!r}, out {back!r}"

    return round_trip
