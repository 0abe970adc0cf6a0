"""`nox -s bench`: the performance table of issue 19, every figure a ratio to a floor measured in the same run.

Rows (README.md, "Benchmarks", says what each one means):
- import + client ready: `import <pkg>; <Client>(...)` in a fresh interpreter, timed inside it (interpreter
  start-up is the same for everyone and left out), vs the floor `import httpx; httpx.Client()`.
- per call, small JSON GET, warm: `client.users.show()` on a loopback server vs `httpx.Client.get` +
  `json.loads` (Frame.io, ours and Fern's).
- parse 5,000-item list: bytes to objects, vs `json.loads` alone: plain models (LaunchDarkly Tokens) and
  a discriminated union (Frame.io assets: file, folder, version stack).
- generate: our CLI vs stock openapi-python-client's CLI, each a whole process, on the real LaunchDarkly,
  Civis (converted to OpenAPI 3.0 for stock, which reads no Swagger 2.0) and GitHub specs; and the peak
  memory (max RSS) and the CPU time (user + system, its child processes included) of the same runs.

Every measurement runs in a child process (peers in their own venvs, `benchmarks/peers.py`). Candidates
of one row alternate within each round, in an order that rotates from round to round, so a slow patch
of a busy machine hits all of them; a ratio is the median over rounds of candidate/floor of the same
round, with the min-max over rounds beside it. Bytecode is compiled before anything is timed, and each
probe counts imported modules without a .pyc (non-zero means compile time is in the figure, e.g. a
PYTHONDONTWRITEBYTECODE=1 machine whose .pyc files could not be written).

The timers are `timeit` (calls and parses) and `time.perf_counter` around one import in a fresh
process. pyperf and hyperfine were considered: neither alternates candidates of different venvs
within a round, and hyperfine is not installed here; a small loop around `timeit` does.

`python -m benchmarks.bench [--rounds N] [--only import,call,parse,generate,faults] [--no-faults]`;
JSON (the rows of this run) in build/bench.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import peers  # noqa: E402
from benchmarks.payloads import frameio_assets, launchdarkly_tokens, profile  # noqa: E402

GENERATED = ROOT / "generated"
OURS = Path(sys.executable)

# -- probes: tiny programs run in a child interpreter of the candidate's venv --------------------------

_UNCOMPILED = """
import os as _os, sys as _sys
_uncompiled = sum(
    1 for _m in list(_sys.modules.values())
    if str(getattr(_m, "__file__", None) or "").endswith(".py")
    and getattr(_m, "__cached__", None) and not _os.path.exists(_m.__cached__)
)
"""

IMPORT_PROBE = (
    """
import json, sys, time
t0 = time.perf_counter()
exec(compile(sys.argv[1], "<setup>", "exec"), {})
seconds = time.perf_counter() - t0
"""
    + _UNCOMPILED
    + """print(json.dumps({"seconds": seconds, "uncompiled": _uncompiled}))"""
)

# setup defines `call()`; URL is the loopback server. Warm-up, then the best of 5 batches per call.
CALL_PROBE = (
    """
import json, sys, timeit
ns = {"URL": sys.argv[2]}
exec(compile(sys.argv[1], "<setup>", "exec"), ns)
call = ns["call"]
for _ in range(300):
    call()
number = int(sys.argv[3])
seconds = min(timeit.repeat(call, number=number, repeat=5)) / number
"""
    + _UNCOMPILED
    + """print(json.dumps({"seconds": seconds, "uncompiled": _uncompiled}))"""
)

# setup defines `parse(body: bytes)`; BODY is the payload file. Warm-up, then the best of 7 parses.
PARSE_PROBE = (
    """
import json, sys, timeit
body = open(sys.argv[2], "rb").read()
ns = {}
exec(compile(sys.argv[1], "<setup>", "exec"), ns)
parse = ns["parse"]
parse(body)
seconds = min(timeit.repeat(lambda: parse(body), number=1, repeat=7))
"""
    + _UNCOMPILED
    + """print(json.dumps({"seconds": seconds, "uncompiled": _uncompiled}))"""
)


@dataclass
class Candidate:
    label: str
    python: Path
    setup: str
    cwd: Path = ROOT
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Row:
    figure: str
    floor: str
    target: float | None
    ours: dict[str, list[float]] = field(default_factory=dict)  # label -> per-round ratios
    peers: dict[str, list[float]] = field(default_factory=dict)
    raw: dict[str, list[float]] = field(default_factory=dict)  # label -> per-round figures (s or MiB)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _run_probe(probe: str, candidate: Candidate, *args: str) -> dict[str, Any]:
    env = {**os.environ, **candidate.env}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [str(candidate.python), "-c", probe, candidate.setup, *args],
        cwd=candidate.cwd, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode:
        raise RuntimeError(f"{candidate.label}: exit {done.returncode}: {done.stderr.strip()[-600:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _rounds(
    row: Row,
    floor: Candidate,
    candidates: list[tuple[Candidate, bool]],
    rounds: int,
    measure: Callable[[Candidate], dict[str, Any]],
) -> None:
    """A/B alternation: every round measures the floor and each candidate, in a rotated order."""
    everyone: list[tuple[Candidate, bool | None]] = [(floor, None), *candidates]
    failed: set[str] = set()
    for i in range(rounds):
        order = everyone[i % len(everyone) :] + everyone[: i % len(everyone)]
        figures: dict[str, float] = {}
        for candidate, _ in order:
            if candidate.label in failed:
                continue
            try:
                result = measure(candidate)
            except RuntimeError as exc:
                failed.add(candidate.label)
                row.skipped.append(str(exc))
                continue
            figures[candidate.label] = result["seconds"]
            if result.get("uncompiled"):
                row.notes.append(f"{candidate.label}: {result['uncompiled']} modules imported without bytecode")
            row.raw.setdefault(candidate.label, []).append(result["seconds"])
        if floor.label not in figures:
            raise SystemExit(f"the floor of {row.figure!r} failed: {row.skipped[-1]}")
        for candidate, is_ours in candidates:
            if candidate.label in figures:
                target = row.ours if is_ours else row.peers
                target.setdefault(candidate.label, []).append(figures[candidate.label] / figures[floor.label])


# -- rows ------------------------------------------------------------------------------------------------


def _ours_sdks() -> list[tuple[str, str, str, str]]:
    """(api, package, client class, auth parameter) of every generated SDK."""
    from generator.cli import OPENAPI_DIR, api_names
    from generator.config import load_config

    found = []
    for name in api_names():
        config = load_config(OPENAPI_DIR / name / "sdk.yaml")
        found.append((name, config.package, config.client, config.auth_param))
    return found


def _client_setup(package: str, client: str, param: str, base_url: str | None = None) -> str:
    args = [f"{param}='x'"] if param else []
    if base_url is not None:
        args.append(f"base_url={base_url}")
    return f"import {package}\nclient = {package}.{client}({', '.join(args)})"


def bench_import(rounds: int, available: set[str], stock_ld: tuple[Path, str] | None) -> Row:
    row = Row("import + client ready", "`import httpx; httpx.Client()`", 1.05)
    floor = Candidate("floor", OURS, "import httpx\nhttpx.Client()")
    candidates: list[tuple[Candidate, bool]] = []
    for api, package, client, param in _ours_sdks():
        candidates.append(
            (Candidate(f"ours {api}", OURS, _client_setup(package, client, param), GENERATED / api), True)
        )
    peer_setups = {
        peers.FERN_FRAMEIO: ("Fern frameio", "from frameio import Frameio\nFrameio(token='x')"),
        peers.FERN_FLATFILE: ("Fern flatfile", "from flatfile import Flatfile\nFlatfile(token='x')"),
        # offline: its bundled spec (by default it first downloads the spec from the API)
        peers.CIVIS: (
            "civis",
            "import civis, os\n"
            "civis.APIClient(api_key='x', local_api_spec=os.path.join(os.path.dirname(civis.__file__),"
            " 'resources', 'civis_api_spec.json'))",
        ),
        peers.LAUNCHDARKLY_API: (
            "launchdarkly-api",
            "import launchdarkly_api\n"
            "launchdarkly_api.ApiClient(launchdarkly_api.Configuration(api_key={'ApiKey': 'x'}))",
        ),
    }
    for peer, (label, setup) in peer_setups.items():
        if peer.name in available:
            candidates.append((Candidate(label, peer.python, setup), False))
    if stock_ld is not None:
        folder, package = stock_ld
        setup = f"import {package}\n{package}.AuthenticatedClient(base_url='http://localhost', token='x')"
        candidates.append((Candidate("stock opc output (LaunchDarkly)", OURS, setup, folder), False))
    _rounds(row, floor, candidates, rounds, lambda c: _run_probe(IMPORT_PROBE, c))
    return row


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # headers and body leave in two writes; with Nagle's algorithm on, the body waits for the client's
    # delayed ACK of the headers (~40 ms on Linux), and every candidate would time that wait, not itself
    disable_nagle_algorithm = True
    body = json.dumps(profile()).encode()

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


def _server() -> tuple[str, Callable[[], None]]:
    """A loopback server answering every GET with the same small JSON body (in a child process)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from benchmarks.bench import serve\nserve()\n"
    )  # fmt: skip
    proc = subprocess.Popen([sys.executable, "-c", code, str(ROOT)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    port = int(proc.stdout.readline())

    def stop() -> None:
        proc.terminate()
        proc.wait(timeout=10)

    return f"http://127.0.0.1:{port}", stop


def serve() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()  # until the bench terminates this process


def bench_call(rounds: int, available: set[str]) -> Row:
    row = Row("per call, small JSON GET, warm", "raw `httpx.Client.get` + `json.loads`", 1.15)
    floor = Candidate(
        "floor",
        OURS,
        "import httpx, json\nc = httpx.Client()\ndef call():\n    return json.loads(c.get(URL + '/v4/me').content)",
    )
    ours = Candidate(
        "ours frameio",
        OURS,
        "import frameio\nc = frameio.Frameio(token='x', base_url=URL)\ndef call():\n    return c.users.show()",
        GENERATED / "frameio",
    )
    candidates = [(ours, True)]
    if peers.FERN_FRAMEIO.name in available:
        fern = (
            "from frameio import Frameio\nc = Frameio(token='x', base_url=URL)\ndef call():\n    return c.users.show()"
        )
        candidates.append((Candidate("Fern frameio", peers.FERN_FRAMEIO.python, fern), False))
    url, stop = _server()
    try:
        _rounds(row, floor, candidates, rounds, lambda c: _run_probe(CALL_PROBE, c, url, "300"))
    finally:
        stop()
    return row


def bench_parse(rounds: int, available: set[str], stock_ld: tuple[Path, str] | None) -> list[Row]:
    payloads = peers.BUILD / "payloads"
    payloads.mkdir(parents=True, exist_ok=True)
    tokens = payloads / "launchdarkly-tokens-5000.json"
    tokens.write_text(json.dumps(launchdarkly_tokens(5000)), encoding="utf-8")
    assets = payloads / "frameio-assets-5000.json"
    assets.write_text(json.dumps(frameio_assets(5000)), encoding="utf-8")
    floor = Candidate("floor", OURS, "import json\ndef parse(body):\n    return json.loads(body)")

    plain = Row("parse 5,000-item list, plain models (LaunchDarkly Tokens)", "`json.loads`", 2.5)
    ld = "from launch_darkly_python_sdk.models.tokens import Tokens\nimport json\n"
    candidates = [
        (
            Candidate(
                "ours launchdarkly",
                OURS,
                ld + "def parse(body):\n    return Tokens.from_dict(json.loads(body))",
                GENERATED / "launchdarkly",
            ),
            True,
        )
    ]
    if stock_ld is not None:
        folder, package = stock_ld
        setup = f"from {package}.models.tokens import Tokens\nimport json\ndef parse(body):\n    return Tokens.from_dict(json.loads(body))"
        candidates.append((Candidate("stock opc output", OURS, setup, folder), False))
    if peers.LAUNCHDARKLY_API.name in available:
        setup = "from launchdarkly_api.models.tokens import Tokens\ndef parse(body):\n    return Tokens.from_json(body)"
        candidates.append((Candidate("launchdarkly-api", peers.LAUNCHDARKLY_API.python, setup), False))
    _rounds(plain, floor, candidates, rounds, lambda c: _run_probe(PARSE_PROBE, c, str(tokens)))

    union = Row("parse 5,000-item list, discriminated union (Frame.io assets)", "`json.loads`", 4.0)
    setup = (
        "from frameio.models.assets_with_includes_response import AssetsWithIncludesResponse as R\nimport json\n"
        "def parse(body):\n    return R.from_dict(json.loads(body))"
    )
    candidates = [(Candidate("ours frameio", OURS, setup, GENERATED / "frameio"), True)]
    if peers.FERN_FRAMEIO.name in available:
        setup = (
            "import json\nfrom frameio.core.unchecked_base_model import construct_type\n"
            "from frameio.types.folder_assets_with_includes_response import FolderAssetsWithIncludesResponse as R\n"
            "def parse(body):\n    return construct_type(type_=R, object_=json.loads(body))"
        )
        candidates.append((Candidate("Fern frameio", peers.FERN_FRAMEIO.python, setup), False))
    _rounds(union, floor, candidates, rounds, lambda c: _run_probe(PARSE_PROBE, c, str(assets)))
    return [plain, union]


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int, float]:
    """(wall seconds, peak RSS in MiB, exit code, CPU seconds) of one child process. The CPU time (user +
    system) includes the processes it started and waited for (ruff, our background validation), so work
    moved to another core still counts there."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime


def _openapi3_copy(spec: Path, folder: Path) -> Path:
    """Stock openapi-python-client reads no Swagger 2.0: give it our loader's OpenAPI 3.0 conversion."""
    from generator.load import load_spec

    loaded = load_spec(spec, validate=False)
    if not loaded.converted_from_swagger:
        return spec
    target = folder / f"{spec.parent.name}-openapi3.json"
    target.write_text(json.dumps(loaded.data), encoding="utf-8")
    return target


def bench_generate(rounds: int, available: set[str]) -> list[Row]:
    time_row = Row("generate real LaunchDarkly / Civis / GitHub spec", "stock openapi-python-client, same spec", 1.0)
    memory_row = Row("peak memory while generating (Civis / GitHub)", "stock openapi-python-client, same spec", 1.0)
    cpu_row = Row("CPU time while generating (user + system)", "stock openapi-python-client, same spec", None)
    specs = {
        "LaunchDarkly": peers.SHARED_SPECS / "launchdarkly" / "openapi.json",
        "Civis": peers.SHARED_SPECS / "civis" / "swagger.json",
        "GitHub": peers.GITHUB_SPEC,
    }
    if peers.STOCK.name not in available:
        for row in (time_row, memory_row, cpu_row):
            row.skipped.append("stock openapi-python-client could not be installed")
        return [time_row, memory_row, cpu_row]
    work = peers.BUILD / "generate"
    work.mkdir(parents=True, exist_ok=True)
    for label, spec in specs.items():
        if not spec.is_file():
            why = "run `nox -s corpus` once to install it" if label == "GitHub" else "../shared/specs is absent"
            skipped = f"{label}: {spec} not found ({why})"
            for row in (time_row, cpu_row) if label == "LaunchDarkly" else (time_row, memory_row, cpu_row):
                row.skipped.append(skipped)
            continue
        stock_spec = _openapi3_copy(spec, work)
        ours_cmd = [
            str(OURS),
            "-m",
            "generator",
            "generate",
            str(spec),
            "--out",
            str(work / f"ours-{label}"),
            "--force",
        ]
        stock_cmd = peers.stock_command(stock_spec, work / f"stock-{label}")
        for i in range(rounds):
            runs = [("ours", ours_cmd, None), ("stock", stock_cmd, peers.stock_env())]
            if i % 2:
                runs.reverse()
            figures = {}
            for who, command, env in runs:
                seconds, mib, code, cpu = _timed(command, env)
                figures[who] = (seconds, mib, cpu)
                time_row.raw.setdefault(f"{who} {label} s", []).append(round(seconds, 2))
                memory_row.raw.setdefault(f"{who} {label} MiB", []).append(round(mib, 1))
                cpu_row.raw.setdefault(f"{who} {label} CPU s", []).append(round(cpu, 2))
                if code not in (0, 1):
                    time_row.notes.append(f"{who} {label}: exit {code}")
            time_row.ours.setdefault(label, []).append(figures["ours"][0] / figures["stock"][0])
            cpu_row.ours.setdefault(label, []).append(figures["ours"][2] / figures["stock"][2])
            if label != "LaunchDarkly":
                memory_row.ours.setdefault(label, []).append(figures["ours"][1] / figures["stock"][1])
    return [time_row, memory_row, cpu_row]


# -- output ----------------------------------------------------------------------------------------------


def _ratio(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}× ({min(values):.2f}–{max(values):.2f})"


def _cell(ratios: dict[str, list[float]]) -> str:
    return "; ".join(f"{label} {_ratio(v)}" for label, v in ratios.items()) or "—"


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | ours (median, min–max over rounds) | peers, same run | floor | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        worst = max((statistics.median(v) for v in row.ours.values()), default=None)
        met = "—" if worst is None or row.target is None else ("yes" if worst <= row.target else "no")
        target = "—" if row.target is None else f"≤ {row.target:.2f}×"
        lines.append(f"| {row.figure} | {_cell(row.ours)} | {_cell(row.peers)} | {row.floor} | {target} | {met} |")
    for row in rows:
        for line in [*row.skipped, *sorted(set(row.notes))]:
            lines.append(f"- {row.figure}: {line}")
    return "\n".join(lines)


def _stock_launchdarkly(log: list[str]) -> tuple[Path, str] | None:
    """Stock openapi-python-client's output for openapi/launchdarkly, generated now."""
    out = peers.BUILD / "stock-launchdarkly"
    with tempfile.TemporaryDirectory() as tmp:
        spec = _openapi3_copy(ROOT / "openapi" / "launchdarkly" / "openapi.yaml", Path(tmp))
        done = peers.stock_generate(spec, out)
    packages = [p for p in out.glob("*/__init__.py")] if out.is_dir() else []
    if done.returncode or not packages:
        log.append(f"stock openapi-python-client on openapi/launchdarkly: exit {done.returncode}")
        return None
    return out, packages[0].parent.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s bench --", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of A/B alternation (generation: at most 3)")
    parser.add_argument("--only", default="import,call,parse,generate", help="comma-separated rows")
    parser.add_argument("--faults", action="store_true", help="also time one call per network fault")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    log: list[str] = []
    available = {p.name for p in peers.PEERS if peers.ensure(p, log)}
    # the stock output for LaunchDarkly is a candidate of the import and parse rows only
    wants_stock_output = peers.STOCK.name in available and bool(only & {"import", "parse"})
    stock_ld = _stock_launchdarkly(log) if wants_stock_output else None
    # bytecode first, for everyone (the floor and ours use this interpreter's site-packages)
    peers.compile_bytecode(OURS, GENERATED, ROOT / "generator", peers.own_site_packages())
    if stock_ld is not None:
        peers.compile_bytecode(OURS, stock_ld[0])
    for peer in peers.PEERS:
        if peer.name in available:
            peers.compile_bytecode(peer.python, peers.site_packages(peer.python))
    rows: list[Row] = []
    if "import" in only:
        rows.append(bench_import(args.rounds * 2, available, stock_ld))
    if "call" in only:
        rows.append(bench_call(args.rounds, available))
    if "parse" in only:
        rows.extend(bench_parse(args.rounds, available, stock_ld))
    if "generate" in only:
        rows.extend(bench_generate(min(args.rounds, 3), available))
    print(table(rows))
    for line in log:
        print(f"- setup: {line}")
    out = ROOT / "build" / "bench.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"rounds": args.rounds, "setup": log, "rows": [vars(r) for r in rows]}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"JSON: {out.relative_to(ROOT)}")
    if args.faults or "faults" in only:
        from benchmarks.faults import bench_faults
        from benchmarks.faults import table as faults_table

        print("== faults (runtime clients under a hostile network: timeout=2, max_retries=2, default limits) ==")
        print(faults_table(bench_faults()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
