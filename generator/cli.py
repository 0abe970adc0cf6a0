"""Command line: `python -m generator all|api NAME|generate SPEC --out DIR|diff [BASE_REF]`.

Exit codes: 0 generated with no skips; 1 generated but some operations were skipped; 2 the spec or
config could not be used (one clear message, no traceback, nothing written).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
from pathlib import Path

from generator.config import SdkConfig, config_from_dict, load_config
from generator.errors import GenerateError

ROOT = Path(__file__).resolve().parent.parent
OPENAPI_DIR = ROOT / "openapi"
GENERATED_DIR = ROOT / "generated"


def api_names(openapi_dir: Path = OPENAPI_DIR) -> list[str]:
    return sorted(p.name for p in openapi_dir.iterdir() if (p / "sdk.yaml").is_file())


def generate_api(name: str, *, openapi_dir: Path = OPENAPI_DIR, out_dir: Path = GENERATED_DIR) -> int:
    """Regenerate `out_dir/<name>` from `openapi_dir/<name>`; returns the exit code."""
    from generator.pipeline import generate

    folder = openapi_dir / name
    config = load_config(folder / "sdk.yaml")
    result = generate(folder / config.spec, config, out_dir / name, name=name)
    return _summarise(name, result)


def _summarise(name: str, result: object) -> int:
    from generator.pipeline import Result

    assert isinstance(result, Result)
    counts = result.report["counts"]
    auth = result.report.get("auth") or {}
    auth_text = f"auth {auth.get('kind', 'none')}" + (f" ({auth['scheme']})" if auth.get("scheme") else "")
    paginated = f"{counts['operations_paginated']} paginated, " if "operations_paginated" in counts else ""
    print(
        f"[{name}] {counts['operations_generated']}/{counts['operations_in_spec']} operations, "
        f"{counts['resources']} resources, {paginated}{auth_text}, {counts['operations_skipped']} skipped",
        file=sys.stderr,
    )
    findings = result.report.get("spec_findings") or []
    if findings:  # problems in the spec that were repaired or ignored; each is in the report
        print(f"[{name}] {len(findings)} spec problem(s) repaired or ignored, e.g. {findings[0]['pointer']}: "
              f"{findings[0]['message'][:120]} ({findings[0]['action']})", file=sys.stderr)  # fmt: skip
    bad = result.unaccepted_skips
    for skip in bad:
        print(f"[{name}] SKIPPED {skip['what']} ({skip['pointer']}): {skip['reason']}", file=sys.stderr)
    return 1 if bad else 0


def _title_name(spec: Path) -> str | None:
    """A short package name from the spec's `info.title` ("Swagger Petstore" → swagger_petstore), if usable."""
    from generator.load import load_spec
    from generator.plan.naming import snake

    title = (load_spec(spec, validate=False).data.get("info") or {}).get("title")
    words = [w for w in snake(str(title or "")).split("_") if w][:4]  # a hostile or 100k-character title stays short
    if len(words) > 1 and words[-1] == "api":  # "Bookshelf API" → bookshelf
        words.pop()
    text = "_".join(w for w in words if w)[:40].strip("_")
    return text if text and text not in ("api", "openapi", "swagger") else None


def _default_config(spec: Path, name: str | None) -> SdkConfig:
    """Defaults for a spec with no sdk.yaml: names from --name, else the spec's title, else the file name.

    Naming is `dotted`, which falls back per operation (`a.b.c` ids nest, other ids are snake_cased
    under their first tag, operations without an id are named from method and path); auth comes from
    securitySchemes with the credential also read from `<PACKAGE>_TOKEN`; pagination is detected.
    """
    from generator.plan.naming import identifier, pascal

    base = identifier(name or _title_name(spec) or spec.stem.replace("openapi", "api"))
    client = pascal(base) or "Api"
    env_var = re.sub(r"[^A-Z0-9]+", "_", base.upper()).strip("_") + "_TOKEN"
    config = config_from_dict(
        {
            "spec": spec.name,
            "package": base,
            "distribution": base.replace("_", "-"),
            "client": client,
            "async_client": "Async" + client,
            "naming": "dotted",
            "auth": {"param": "token", "env_var": env_var},
        },
        str(spec),
    )
    return dataclasses.replace(config, inferred=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Generate Python SDKs from OpenAPI specs.")
    sub = parser.add_subparsers(dest="command", required=True)
    every = sub.add_parser("all", help="regenerate every API under openapi/ (or the ones named)")
    every.add_argument("names", nargs="*")
    one = sub.add_parser("generate", help="generate one SDK project from any spec file")
    one.add_argument("spec", type=Path)
    one.add_argument("--out", type=Path)
    one.add_argument("--config", type=Path)
    one.add_argument("--name")
    one.add_argument("--check", action="store_true", help="validate and plan without writing")
    one.add_argument("--report", type=Path, help="also write the JSON report here")
    one.add_argument(
        "--strict", action="store_true", help="refuse a spec with any validation problem (default: repair and warn)"
    )
    from generator.diff.command import add_arguments, run

    add_arguments(sub.add_parser("diff", help="review a spec change: API and SDK-surface diff against a git ref"))
    args = parser.parse_args(argv)
    try:
        if args.command == "diff":
            return run(args)
        if args.command == "all":
            names = args.names or api_names()
            unknown = [n for n in names if not (OPENAPI_DIR / n / "sdk.yaml").is_file()]
            if unknown:
                print(f"error: no API named {unknown[0]!r} under {OPENAPI_DIR} (have: {', '.join(api_names())})")
                return 2
            worst = 0
            for name in names:  # one bad API does not stop the others; its output stays as it was
                try:
                    worst = max(worst, generate_api(name))
                except GenerateError as exc:
                    print(f"[{name}] error: {exc.message}", file=sys.stderr)
                    worst = max(worst, exc.exit_code)
            return worst
        from generator.pipeline import generate

        config = load_config(args.config) if args.config else _default_config(args.spec, args.name)
        if not args.check and args.out is None:
            print("error: --out DIR is required unless --check is given", file=sys.stderr)
            return 2
        result = generate(
            args.spec, config, None if args.check else args.out, report_path=args.report, strict=args.strict
        )
        return _summarise(config.package, result)
    except GenerateError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except (Exception, RecursionError) as exc:  # never a traceback: one line naming the spec (a bug to report)
        if os.environ.get("GENERATOR_TRACEBACK"):  # for whoever fixes it
            raise
        where = getattr(args, "spec", None) or "generate"
        print(
            f"error: {where}: internal error ({type(exc).__name__}: {str(exc)[:300]}); please report it",
            file=sys.stderr,
        )
        return 2
