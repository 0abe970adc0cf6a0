"""Command line: `sdkgen generate SPEC --out DIR` (any spec), `sdkgen all [NAME ...]` (this repository)
and `sdkgen diff [BASE_REF]` (review a spec change; generator/diff/).

`sdkgen` is the console script `pip install .` installs; `python -m generator` is the same command.
Exit codes: 0 generated with no skips; 1 generated but some operations were skipped; 2 the spec, the
config or the command line could not be used (one clear message, no traceback, nothing written).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import re
import signal
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from generator.config import SdkConfig, config_from_dict, load_config
from generator.errors import GenerateError

if TYPE_CHECKING:
    from generator.load import LoadedSpec

ROOT = Path(__file__).resolve().parent.parent
_IN_CHECKOUT = (ROOT / "openapi").is_dir()  # installed, `all` works on ./openapi and ./generated
OPENAPI_DIR = ROOT / "openapi" if _IN_CHECKOUT else Path("openapi")
GENERATED_DIR = ROOT / "generated" if _IN_CHECKOUT else Path("generated")

EXIT_CODES = """\
exit codes:
  0  generated, no operation skipped
  1  generated, but some operations were skipped (each listed with its reason and JSON pointer in
     generation-report.json; a grouped summary is printed)
  2  nothing generated: the spec, the sdk.yaml or the command line could not be used (one message
     naming the file and the JSON pointer), or --out is a folder this run must not write
"""

# Shown at most this many skipped operations per reason on the console; the report lists them all.
_SHOWN_PER_REASON = 3


def api_names(openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    return sorted(p.name for p in openapi_dir.iterdir() if (p / "sdk.yaml").is_file())


def generate_api(name: str, *, openapi_dir: Path = OPENAPI_DIR, out_dir: Path = GENERATED_DIR) -> int:
    """Regenerate `out_dir/<name>` from `openapi_dir/<name>`; returns the exit code."""
    from generator.pipeline import generate

    folder = openapi_dir / name
    config = load_config(folder / "sdk.yaml")
    result = generate(folder / config.spec, config, out_dir / name, name=name, config_path=folder / "sdk.yaml")
    return _summarise(name, result)


def _summarise(name: str, result: object) -> int:
    """Print the counts and a grouped summary of what was left out; returns 1 if operations were skipped."""
    from generator.pipeline import Result

    assert isinstance(result, Result)
    report = result.report
    counts = report["counts"]
    auth = report.get("auth") or {}
    auth_text = f"auth {auth.get('kind', 'none')}" + (f" ({auth['scheme']})" if auth.get("scheme") else "")
    paginated = f"{counts['operations_paginated']} paginated, " if "operations_paginated" in counts else ""
    extra_methods = counts.get("methods", counts["operations_generated"]) - counts["operations_generated"]
    methods = f" as {counts['methods']} methods ({extra_methods} media-type variants)" if extra_methods else ""
    print(
        f"[{name}] {counts['operations_generated']}/{counts['operations_in_spec']} operations{methods}, "
        f"{counts['resources']} resources, {paginated}{auth_text}, {counts['operations_skipped']} skipped",
        file=sys.stderr,
    )
    findings = result.report.get("spec_findings") or []
    if findings:  # problems in the spec that were repaired or ignored; each is in the report
        print(f"[{name}] {len(findings)} spec problem(s) repaired or ignored, e.g. {findings[0]['pointer']}: "
              f"{findings[0]['message'][:120]} ({findings[0]['action']})", file=sys.stderr)  # fmt: skip
    bad = result.unaccepted_skips
    by_reason: dict[str, list[str]] = {}
    for skip in bad:
        by_reason.setdefault(skip["reason"], []).append(f"{skip['what']} ({skip['pointer']})")
    for reason, where in sorted(by_reason.items(), key=lambda item: (-len(item[1]), item[0])):
        if len(where) == 1:
            print(f"[{name}] SKIPPED {where[0]}: {reason}", file=sys.stderr)
            continue
        more = f" and {len(where) - _SHOWN_PER_REASON} more" if len(where) > _SHOWN_PER_REASON else ""
        print(
            f"[{name}] SKIPPED {len(where)} operations: {reason}: {', '.join(where[:_SHOWN_PER_REASON])}{more}",
            file=sys.stderr,
        )
    drops = Counter(d["kind"] for d in report.get("dropped") or [])
    if drops:
        parts = ", ".join(f"{n} {kind.replace('_', ' ')}{'s' if n != 1 else ''}" for kind, n in sorted(drops.items()))
        print(f"[{name}] left out: {parts} (each with its reason under `dropped` in the report)", file=sys.stderr)
    if report.get("warnings"):
        count = len(report["warnings"])
        print(f"[{name}] {count} warning{'s' if count != 1 else ''} (under `warnings` in the report)", file=sys.stderr)
    return 1 if bad else 0


_CUT_AT = {"with", "for", "from", "by", "and", "including", "via", "to", "on", "of"}
_GENERIC = {
    "a", "an", "the", "api", "apis", "openapi", "swagger", "rest", "restful", "http", "https", "web",
    "service", "services", "server", "sdk", "spec", "specification", "definition", "documentation", "docs",
    "public", "v", "version", "json", "yaml",
}  # fmt: skip


def _title_name(spec: Path, loaded: LoadedSpec | None = None) -> str | None:
    """A short package name from the spec's `info.title`, if usable.

    The title is cut at a separator (" - ", ":", "(", "|", ",") or a joining word ("with", "for", ...),
    generic words (swagger, openapi, api, web, rest, versions) are dropped and at most three words kept:
    "Swagger Petstore - OpenAPI 3.0" → petstore, "Spotify Web API with fixes" → spotify,
    "Bookshelf API" → bookshelf.
    """
    from generator.load import load_spec
    from generator.plan.naming import snake

    doc = (loaded or load_spec(spec, validate=False)).data
    title = str((doc.get("info") or {}).get("title") or "")[:200]
    head = re.split(r"\s[-–—]\s|[:(|,\[]", title, maxsplit=1)[0]
    words: list[str] = []
    for word in snake(head).split("_"):
        if word in _CUT_AT and words:
            break
        if word and word not in _GENERIC and not re.fullmatch(r"v?\d+", word):
            words.append(word)
    text = "_".join(words[:3])[:40].strip("_")
    return text or None


def _default_config(spec: Path, name: str | None, loaded: LoadedSpec | None = None) -> SdkConfig:
    """Defaults for a spec with no sdk.yaml: names from --name, else the spec's title, else the file name.

    Naming is `dotted`, which falls back per operation (`a.b.c` ids nest, other ids are snake_cased
    under their first tag, operations without an id are named from method and path); auth comes from
    securitySchemes with the credential also read from `<PACKAGE>_TOKEN`; pagination is detected. The
    distribution is `<package>-sdk` (the sdk.yaml default), so it is not mistaken for a PyPI project.
    """
    from generator.plan.naming import identifier, pascal

    base = identifier(name or _title_name(spec, loaded) or spec.stem.replace("openapi", "api"))
    client = pascal(base) or "Api"
    env_var = re.sub(r"[^A-Z0-9]+", "_", base.upper()).strip("_") + "_TOKEN"
    config = config_from_dict(
        {
            "spec": spec.name,
            "package": base,
            "client": client,
            "async_client": "Async" + client,
            "naming": "dotted",
            "auth": {"param": "token", "env_var": env_var},
        },
        str(spec),
    )
    return dataclasses.replace(config, inferred=True)


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (and exit code 2) instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(
        prog="sdkgen",
        description="Generate Python SDKs (attrs + httpx) from OpenAPI 3.x or Swagger 2.0 specs. "
        "`python -m generator` is the same command.",
        epilog=EXIT_CODES,
        formatter_class=formatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="{generate,all,diff}", parser_class=_Parser)
    one = sub.add_parser(
        "generate",
        help="generate one SDK project from any spec file",
        description="Generate one SDK project from a spec file. With no --config, names, auth and "
        "pagination are inferred from the spec (package name from info.title).",
        epilog=EXIT_CODES,
        formatter_class=formatter,
    )
    one.add_argument("spec_arg", nargs="?", type=Path, metavar="SPEC", help="the OpenAPI/Swagger file (YAML or JSON)")
    one.add_argument("--spec", type=Path, metavar="SPEC", help="the same, as an option")
    one.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="folder for the generated project; must be new, empty or an earlier output of sdkgen "
        "(recognised by its generation-report.json), which is replaced as a whole except for files "
        "sdkgen does not write. Required unless --check",
    )
    one.add_argument("--force", action="store_true", help="write into a non-empty --out that sdkgen did not make: "
                     "same-named files are replaced, every other file is kept")  # fmt: skip
    one.add_argument("--config", type=Path, metavar="SDK_YAML", help="an sdk.yaml with names, auth, overrides "
                     "(format in openapi/README.md); its `spec` key is ignored here")  # fmt: skip
    one.add_argument("--name", help="package name (default: from the spec's title, else its file name)")
    one.add_argument("--check", action="store_true", help="validate and plan without writing anything")
    one.add_argument("--report", type=Path, metavar="FILE", help="also write the JSON report to FILE")
    one.add_argument(
        "--strict", action="store_true", help="refuse a spec with any validation problem (default: repair and warn)"
    )
    every = sub.add_parser(
        "all",
        help="regenerate every API under openapi/ into generated/ (this repository's main job)",
        description="Regenerate generated/<api>/ from openapi/<api>/{spec,sdk.yaml} for every API, or the ones named.",
        epilog=EXIT_CODES,
        formatter_class=formatter,
    )
    every.add_argument("names", nargs="*", metavar="NAME", help="API folder names under openapi/ (default: all)")
    every.add_argument("--openapi", type=Path, default=OPENAPI_DIR, metavar="DIR", help=f"default: {OPENAPI_DIR}")
    every.add_argument("--generated", type=Path, default=GENERATED_DIR, metavar="DIR", help=f"default: {GENERATED_DIR}")
    from generator.diff.command import add_arguments

    add_arguments(
        sub.add_parser(
            "diff",
            help="review a spec change: API and SDK-surface diff against a git ref",
            description="API-level and SDK-surface diff of every API whose spec or sdk.yaml changed since BASE_REF.",
            epilog="exit codes:\n  0  no breaking change (or --allow-breaking)\n  1  a breaking change\n"
            "  2  the diff could not be run (one message)\n",
            formatter_class=formatter,
        )
    )
    return parser


def _run_all(names: list[str], openapi_dir: Path, generated_dir: Path) -> int:
    if not openapi_dir.is_dir():
        print(f"error: no folder {openapi_dir}; run from the repository or pass --openapi DIR", file=sys.stderr)
        return 2
    known = api_names(openapi_dir)
    unknown = [n for n in names if n not in known]
    if unknown:
        print(f"error: no API named {unknown[0]!r} under {openapi_dir} (have: {', '.join(known)})", file=sys.stderr)
        return 2
    worst = 0
    for name in names or known:  # one bad API does not stop the others; its output stays as it was
        try:
            worst = max(worst, generate_api(name, openapi_dir=openapi_dir, out_dir=generated_dir))
        except GenerateError as exc:
            print(f"[{name}] error: {exc.message}", file=sys.stderr)
            worst = max(worst, exc.exit_code)
    return worst


def _outcome(code: int, what: str) -> str:
    if code == 0:
        return f"exit 0: {what}, no operation skipped"
    if code == 1:
        return f"exit 1: {what}, but some operations were skipped (see above and generation-report.json)"
    return "exit 2: nothing generated (see the error above)"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "diff":
        from generator.diff.command import run as run_diff

        try:
            return run_diff(args)
        except GenerateError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return exc.exit_code
    if args.command == "all":
        code = _run_all(args.names, args.openapi, args.generated)
        print(_outcome(code, f"generated into {args.generated}"), file=sys.stderr)
        return code
    spec: Path | None = args.spec or args.spec_arg
    if spec is None:
        print(
            "sdkgen: error: give the spec file: sdkgen generate SPEC --out DIR (see `sdkgen --help`)", file=sys.stderr
        )
        return 2
    if args.spec and args.spec_arg:
        print("sdkgen: error: give the spec once, either as SPEC or as --spec", file=sys.stderr)
        return 2
    if not args.check and args.out is None:
        print("sdkgen: error: --out DIR is required unless --check is given", file=sys.stderr)
        return 2
    try:
        from generator.load import load_spec
        from generator.pipeline import generate

        # Without sdk.yaml or --name the spec's title names the package: read it once, for both.
        loaded = None if args.config or args.name else load_spec(spec, validate=False)
        config = load_config(args.config) if args.config else _default_config(spec, args.name, loaded)
        destination = None if args.check else args.out
        result = generate(
            spec,
            config,
            destination,
            report_path=args.report,
            force=args.force,
            config_path=args.config,
            strict=args.strict,
            loaded=loaded,
        )
        code = _summarise(config.package, result)
    except GenerateError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        print(_outcome(exc.exit_code, ""), file=sys.stderr)
        return exc.exit_code
    except (Exception, RecursionError) as exc:  # never a traceback: one line naming the spec (a bug to report)
        if os.environ.get("GENERATOR_TRACEBACK"):  # for whoever fixes it
            raise
        print(
            f"error: {spec}: internal error ({type(exc).__name__}: {str(exc)[:300]}); please report it", file=sys.stderr
        )
        return 2
    if result.output is None:
        print(_outcome(code, f"checked package {config.package} (nothing written)"), file=sys.stderr)
        return code
    if result.kept:
        print(f"[{config.package}] kept in {result.output}: {', '.join(result.kept)}", file=sys.stderr)
    print(_outcome(code, f"generated package {config.package} into {result.output}"), file=sys.stderr)
    return code


def _exit_on_termination() -> None:
    """SIGTERM and SIGHUP end the run like Ctrl-C does: as an exception, so every `finally` runs and the
    staging folder beside `--out` is removed (by default the process would die with it left behind)."""

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


# A generation keeps millions of objects alive to the end (the spec, the parsed models, the plan, the
# rendered files), and with the default thresholds (700, 10, 10) the cyclic collector walks all of them
# again in every full collection: 0.4 s of LaunchDarkly's 4.5 s of CPU, 1.3 s of GitHub's 14 s. With
# 10,000 allocations between young collections there are no full ones in those runs and the peak memory
# is the same (the generator makes little cyclic garbage). Only the command-line process sets it.
GC_THRESHOLDS = (10_000, 10, 10)


def _nothing_left_running() -> bool:
    """No other thread, no child process, no profiler or tracer (cProfile, coverage) waiting for the exit."""
    if threading.active_count() > 1 or sys.gettrace() is not None or sys.getprofile() is not None:
        return False
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is None or not multiprocessing.active_children()


def run() -> None:
    """Console-script entry point (`sdkgen`, `python -m generator`).

    When the run is over (every `finally` has run, the output is in place) and nothing else is running,
    the process ends with `os._exit` instead of tearing the interpreter down object by object: freeing
    what a generation built took 0.2 s of CPU after LaunchDarkly's and 0.5 s after GitHub's, and the
    system frees a process's memory at once. An exception, Ctrl-C or a signal leaves the usual way.
    """
    _exit_on_termination()
    gc.set_threshold(*GC_THRESHOLDS)
    code = main()
    if _nothing_left_running():
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
                pass
        os._exit(code)
    raise SystemExit(code)
