"""Contract tests: every operation of every generated SDK, called against its own spec in-process.

For each SDK in generated/ (with its openapi/<api>/sdk.yaml), and each SDK generated from the real
specs in ../shared/specs (into build/contract-real/; skipped without them), and every operation in its
generation-report.json, the method is called with arguments built from the spec through a
`ValidatingTransport` (tests/contract/validating_transport.py): openapi-core validates each request the
SDK sends, and the transport answers with a body synthesised from the success response schema, which
the SDK must parse into a result whose `to_dict()` carries the same data. A method that returns a pager
with a next page also fetches that page, so the pager's own request (cursor, offset, page) is checked.

Five passes per committed SDK (the first four for the real-spec ones): sync with every required
argument; sync with every optional argument too (and response bodies with every optional property);
async (`AsyncClient`) with every required argument; async with every optional one; sync with up to 5
hypothesis-drawn spec-valid response bodies per operation. A second test is the
property-based round trip of models (`Model.from_dict(d).to_dict() == d`, tests/contract/roundtrip.py).
Exceptions live in tests/contract/allowlist.yaml; the test fails on an unlisted failure and on a
listed operation that passes every pass. Prism (a mock server over real HTTP) is not part of this suite.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("openapi_core", reason="openapi-core is installed by `nox -s contract`")

from tests.contract.conftest import SUMMARY  # noqa: E402
from tests.contract.driver import Outcome, generated_apis, report_for, run_sdk, summary  # noqa: E402
from tests.contract.validating_transport import REAL_SPECS, ensure_real_build  # noqa: E402

ALLOWLIST_FILE = Path(__file__).with_name("allowlist.yaml")
RESPONSE_EXAMPLES = 5
PASSES: dict[str, dict[str, Any]] = {
    "sync": {"is_async": False, "optional": False},
    "sync-optional": {"is_async": False, "optional": True},
    "async": {"is_async": True, "optional": False},
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


@pytest.mark.parametrize("api", APIS)
def test_every_operation(api: str) -> None:
    """All operations of one SDK in every pass of PASSES (one test per SDK, to keep the output short)."""
    _check_operations(api, PASSES)


@pytest.mark.parametrize("name", REAL)
def test_every_operation_of_real_spec_sdk(name: str) -> None:
    """The same over the SDKs generated from the real specs in ../shared/specs (without the hypothesis pass)."""
    if not ensure_real_build(name):
        pytest.skip(f"../shared/specs has no {REAL_SPECS[name][0]}")
    _check_operations(f"real-{name}", REAL_PASSES)


def _check_operations(api: str, passes: dict[str, dict[str, Any]]) -> None:
    total = len(report_for(api)["operations"])
    allowed = allowlist("operations").get(api, {})
    results: dict[str, list[Outcome]] = {}
    started = time.monotonic()
    for pass_name, options in passes.items():
        results[pass_name] = run_sdk(api, **options)
    elapsed = time.monotonic() - started
    for pass_name, outcomes in results.items():
        SUMMARY.append(f"{summary(api, outcomes, total)} [{pass_name}]")
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


def test_transport_rejects_an_invalid_request() -> None:
    """The validator is not a rubber stamp: a wrong type in a body, an unknown path, a missing parameter."""
    import httpx

    from tests.contract.validating_transport import ValidatingTransport

    transport = ValidatingTransport("bookshelf")
    base = transport.api.base_url
    with httpx.Client(transport=transport) as http:
        http.post(f"{base}/shelves", json={"name": 3}, headers={"Authorization": "Bearer t"})
        http.get(f"{base}/no-such-path", headers={"Authorization": "Bearer t"})
        ok = http.get(f"{base}/shelves/s1", headers={"Authorization": "Bearer t"})
    assert [bool(e.errors) for e in transport.exchanges] == [True, True, False]
    assert ok.status_code == 200 and isinstance(ok.json(), dict)


def test_transport_rejects_a_request_without_credentials() -> None:
    import httpx

    from tests.contract.validating_transport import ValidatingTransport

    transport = ValidatingTransport("bookshelf")
    with httpx.Client(transport=transport) as http:
        http.get(f"{transport.api.base_url}/shelves/s1")
    assert transport.rejected and "Security" in transport.rejected[0].errors[0]


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
