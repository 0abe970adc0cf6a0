"""Runs the stages for one API: load → normalize → plan → docs → render → format → report.

Output is rendered into a temporary folder beside the destination and swapped in only when every
stage succeeded, so a failed run leaves the destination exactly as it was. Which destinations may be
written, and what the swap keeps, is decided in `generator.output`.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, TypeVar

from generator.config import SdkConfig
from generator.docs import build_docs
from generator.drops import find_drops
from generator.errors import Finding, GenerateError, SpecError
from generator.load import LoadedSpec, load_spec, validate_in_background
from generator.normalize import analyse, normalize
from generator.normalize.parser_input import prune_parser_rejects
from generator.normalize.repairs import repair
from generator.normalize.reserved_names import rename_reserved_schemas, reserved_names
from generator.output import check_destination, staging_beside, swap_in
from generator.plan.build import build_plan
from generator.plan.model import SdkPlan
from generator.report import REPORT_NAME, build_report, dumps
from generator.resources import TEMPLATES

T = TypeVar("T")


@dataclass
class Result:
    plan: SdkPlan
    report: dict[str, Any]
    output: Path | None
    kept: list[str] = dataclasses.field(default_factory=list)  # entries of --out carried over (not ours)

    @property
    def unaccepted_skips(self) -> list[dict[str, Any]]:
        return [s for s in self.report["skipped"] if s["kind"] == "operation" and not s["accepted"]]


class Progress:
    """One line per stage per API with its duration."""

    def __init__(self, name: str, stream: TextIO | None = None) -> None:
        self.name = name
        self.stream = stream if stream is not None else sys.stderr

    def run(self, stage: str, func: Callable[[], T]) -> T:
        start = time.perf_counter()
        value = func()
        self.report(stage, time.perf_counter() - start)
        return value

    def report(self, stage: str, seconds: float) -> None:
        print(f"[{self.name}] {stage:<9} {seconds:6.2f}s", file=self.stream, flush=True)


def _openapi_python_client_config(
    config: SdkConfig,
    output: Path,
    spec_file: str,
    module_overrides: dict[str, str] | None = None,
    content_types: dict[str, str] | None = None,
) -> Any:
    from openapi_python_client.config import ClassOverride, Config, ConfigFile, MetaType

    config_file = ConfigFile(
        project_name_override=config.distribution,
        package_name_override=config.package,
        package_version_override=config.version,
        post_hooks=[],
        literal_enums=True,  # enum values are plain strings (typing.Literal), so `role="reader"` just works
        # {class: module} from normalize.names.model_name_clashes (`Errors` with property `errors` → errors_model)
        class_overrides={
            k: ClassOverride.model_validate({"class_name": k, "module_name": v})
            for k, v in (module_overrides or {}).items()
        },
        content_type_overrides=content_types or {},  # normalize.media_types: image/png etc. answered as bytes
    )
    return Config.from_sources(config_file, MetaType.UV, Path(spec_file), "utf-8", True, output)


def _parse(
    doc: dict[str, Any], oapc_config: Any, file: str, findings: list[Finding] | None = None, *, strict: bool = False
) -> Any:
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    from generator.parser_copies import shallow_sort_parameters
    from generator.parser_names import distinct_property_names

    for attempt in range(2):
        try:
            with shallow_sort_parameters(), distinct_property_names():  # no deep copies; no dropped models
                data = GeneratorData.from_dict(doc, config=oapc_config)
        except RecursionError:
            raise SpecError(file, "/components/schemas", "schemas nest or refer to each other too deeply") from None
        except Exception as exc:  # a parser bug must still end in one line naming the file
            raise SpecError(file, "/", f"openapi-python-client failed: {type(exc).__name__}: {exc}"[:500]) from None
        if not isinstance(data, GeneratorError):
            return data
        if attempt == 0:  # its document models refused something: remove it (strict: name it) and retry
            removed = prune_parser_rejects(doc, file, strict=strict)
            if findings is not None:
                findings.extend(removed)
            if removed:
                continue
        detail = (str(data.detail or "").strip().splitlines() or [""])[0]
        raise SpecError(file, "/", f"{data.header}: {detail}"[:500])
    raise AssertionError("unreachable")


def generate(
    spec_path: Path,
    config: SdkConfig,
    destination: Path | None,
    *,
    name: str | None = None,
    stream: TextIO | None = None,
    report_path: Path | None = None,
    force: bool = False,
    config_path: Path | None = None,
    strict: bool = False,
    loaded: LoadedSpec | None = None,
) -> Result:
    """Generate one SDK project into `destination` (replaced atomically); None plans without writing.

    `destination` must be new, empty or an earlier output of this generator unless `force` is set
    (see `generator.output`); the input spec and `config_path` are never deleted. `loaded` is
    `spec_path` as `load_spec(spec_path, validate=False)` returned it, when the caller has read it
    already (the CLI names a package from the spec's title); the pipeline edits it in place.
    """
    from generator.format import Formatter
    from generator.render import SdkProject

    if destination is not None:
        destination = Path(os.path.abspath(destination))
        inputs = [spec_path, *([config_path] if config_path else [])]
        check_destination(destination, config.package, force=force, inputs=inputs)
    progress = Progress(name or config.package, stream)
    if loaded is None:
        loaded = progress.run("load", lambda: load_spec(spec_path, validate=False))
    else:  # read once, not twice (GitHub's 13 MB spec: 0.35 s)
        progress.report("load", loaded.seconds)
    # Slightly invalid specs are repaired (each repair a warning); --strict refuses them as before.
    findings = [] if strict else repair(loaded.data)
    reserved = reserved_names(TEMPLATES, config.client, config.async_client)
    renamed = rename_reserved_schemas(loaded.data, reserved)  # first: later name fixes see the final names
    changes = [*renamed, *progress.run("normalize", lambda: normalize(loaded.data))]
    # after normalize: it fixes what the validator rejects. --strict refuses an invalid spec here; otherwise the
    # findings are warnings, computed beside the next stages and awaited for the report ("validated").
    validation = progress.run("validate", lambda: validate_in_background(loaded, strict=strict))
    parser_findings: list[Finding] = []  # what the parser refused, removed from the spec (after validation's)
    analysis = analyse(loaded.data)  # reads the normalized document; edits nothing
    module_overrides, content_types = analysis.class_overrides, analysis.content_types
    changes = [*changes, *analysis.changes]

    def plan_stage() -> tuple[Any, SdkPlan]:
        oapc_config = _openapi_python_client_config(
            config, Path("unused"), loaded.file, module_overrides, content_types
        )
        data = _parse(loaded.data, oapc_config, loaded.file, parser_findings, strict=strict)
        plan = build_plan(loaded.data, config, data, file=loaded.file)
        plan.warnings.extend(analysis.warnings)  # e.g. unions decoded by trying variants in order
        plan.warnings.extend(f"{c.pointer}: {c.detail}" for c in renamed)  # a model not named as the spec says
        plan.warnings.extend(f.warning() for f in [*findings, *parser_findings])
        return data, plan

    data, plan = progress.run("plan", plan_stage)
    dropped = find_drops(loaded.data, plan)  # reads no validator finding (see drops._response_drops)

    def build_report_with_findings() -> dict[str, Any]:
        validated = progress.run("validated", validation)
        plan.warnings.extend(f.warning() for f in validated)
        return build_report(
            plan,
            spec_file=spec_path.name,
            source_format=loaded.source_format,
            changes=changes,
            dropped=dropped,
            findings=[*findings, *validated, *parser_findings],
        )

    if destination is None:
        report = build_report_with_findings()
        if report_path is not None:
            report_path.write_text(dumps(report), encoding="utf-8")
        return Result(plan, report, None)
    docs = progress.run("docs", lambda: build_docs(plan, data))
    with staging_beside(destination) as staging:
        project_dir = staging / destination.name
        oapc_config = _openapi_python_client_config(config, project_dir, loaded.file, module_overrides, content_types)
        with Formatter(project_dir) as formatter:  # formats modules while the rest renders (generator.format)
            project = SdkProject(openapi=data, config=oapc_config, plan=plan, docs=docs, formatter=formatter)
            try:
                progress.run("render", project.build_tree)
            except OSError as exc:  # e.g. a name from the spec too long for a file name
                raise GenerateError(
                    f"cannot write the generated code: {exc.strerror or exc}: {str(exc.filename)[-120:]}"
                ) from None
            progress.run("format", formatter.finish)
        report = build_report_with_findings()

        def write_report() -> None:
            text = dumps(report)
            (project_dir / REPORT_NAME).write_text(text, encoding="utf-8", newline="\n")
            if report_path is not None:
                report_path.write_text(text, encoding="utf-8")

        progress.run("report", write_report)
        carried = swap_in(project_dir, destination, config.package)
    return Result(plan, report, destination, carried)
