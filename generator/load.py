"""Stage 1, load: read a spec file (YAML or JSON), convert Swagger 2.0, check `$ref`s, validate.

Every failure is a `SpecError` naming the file and the JSON pointer of the problem.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Finding, SpecError, pointer
from generator.refs import canonical_ref, lookup, walk

MAX_SPEC_BYTES = 64 * 1024 * 1024
MAX_YAML_ALIASES = 10_000
MAX_DEPTH = 200
MAX_EXPANDED_NODES = 5_000_000  # nodes the document would have with every YAML alias expanded
MAX_REF_CHAIN = 64  # `$ref`s followed from one reference before reaching a real schema


@dataclass
class LoadedSpec:
    """A parsed OpenAPI 3.x document and where it came from."""

    file: str
    data: dict[str, Any]
    source_format: str  # "swagger-2.0", "openapi-3.0", "openapi-3.1"
    converted_from_swagger: bool = False
    objects: int = 0  # mappings and lists in the document: what validation time grows with
    seconds: float = 0.0  # how long `load_spec` took (the pipeline's "load" line when the CLI loaded it first)


class _CountingLoader(yaml.SafeLoader):
    """A safe loader that refuses documents with an unreasonable number of aliases (billion laughs)."""

    aliases_seen = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):  # type: ignore[no-untyped-call]
            self.aliases_seen += 1
            if self.aliases_seen > MAX_YAML_ALIASES:
                raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} YAML aliases; refusing to expand")
        return super().compose_node(parent, index)


def _parse(file: str, raw: bytes) -> Any:
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError(file, "/", f"file is larger than {MAX_SPEC_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(file, "/", f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if file.endswith(".json") or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            if file.endswith(".json"):
                raise SpecError(
                    file, "/", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
                ) from None
    try:
        doc = yaml.load(text, Loader=_CountingLoader)  # noqa: S506 - a SafeLoader subclass
        _check_expanded_size(file, doc)
        return doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SpecError(file, "/", f"invalid YAML{where}: {exc.problem or exc}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise SpecError(file, "/", f"invalid YAML: {exc}") from None


def _check_expanded_size(file: str, doc: Any) -> None:
    """Refuse documents whose aliases expand to too many nodes (billion laughs) or refer to themselves."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: Any) -> int:
        if not isinstance(node, (dict, list)):
            return 1
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise SpecError(file, "/", "a YAML alias refers to a node that contains it (a recursive document)")
        active.add(key)
        children = node.values() if isinstance(node, dict) else node
        total = 1 + sum(size(child) for child in children)
        active.discard(key)
        if total > MAX_EXPANDED_NODES:
            raise SpecError(
                file, "/", f"YAML aliases expand to more than {MAX_EXPANDED_NODES} nodes (a billion-laughs document?)"
            )
        sizes[key] = total
        return total

    size(doc)


def _check_ref_chain(file: str, doc: dict[str, Any], ref: str, where: str) -> None:
    """Follow a `$ref` through schemas that are only references: refuse cycles and very long chains."""
    chain = [ref]
    target = _resolve_ref(file, doc, ref, where)
    while isinstance(target, dict) and isinstance(target.get("$ref"), str):
        following = target["$ref"]
        if following in chain:
            loop = " → ".join([*chain[chain.index(following) :], following])
            raise SpecError(file, where, f"cyclic reference: {loop} never reaches a schema")
        chain.append(following)
        if len(chain) > MAX_REF_CHAIN:
            raise SpecError(
                file, where, f"reference chain longer than {MAX_REF_CHAIN} ($ref to $ref to ...) from {ref!r}"
            )
        target = _resolve_ref(file, doc, following, where)


def _check_depth_and_refs(file: str, doc: dict[str, Any]) -> int:
    """Walk the document once: bounded depth, every `$ref` local and resolvable; returns the number of
    mappings and lists walked."""
    walked = 0
    for node, path in walk(doc):
        walked += 1
        if len(path) > MAX_DEPTH:
            raise SpecError(file, pointer(*path[:MAX_DEPTH]), f"nesting deeper than {MAX_DEPTH} levels")
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str):
            if "%" in ref:  # RFC 6901 §6: a pointer in a URI fragment is percent-encoded
                ref = node["$ref"] = canonical_ref(doc, ref)
            _check_ref_chain(file, doc, ref, pointer(*path, "$ref"))
    return walked


def _resolve_ref(file: str, doc: dict[str, Any], ref: str, where: str) -> Any:
    if not ref.startswith("#"):
        raise SpecError(file, where, f"external reference {ref!r} is not supported; bundle the spec into one file")
    found, target = lookup(doc, ref)
    if not found:
        raise SpecError(file, where, f"unresolvable reference {ref!r}")
    return target


# Above this many mappings and lists, openapi-spec-validator takes minutes (GitHub's 1,200-operation spec:
# 90,000 objects, about as long as generating it); without --strict it is then skipped, and says so.
MAX_VALIDATED_OBJECTS = 40_000
MAX_FINDINGS = 50  # validator findings listed one by one; the rest are counted
_TOP_LEVEL = {"openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs", "webhooks"}


def _finding_pointer(doc: dict[str, Any], error: Any) -> str:
    """The JSON pointer of a validator error, narrowed to the deepest sub-error when the validator only
    says a whole object matched none of its alternatives; "/" when its path is not from the root
    (openapi-spec-validator's own checks report paths relative to the schema they were looking at)."""
    context = list(getattr(error, "context", None) or [])
    best = max(context, key=lambda e: len(e.absolute_path)) if context else error
    path = list(best.absolute_path)
    if path and str(path[0]) in _TOP_LEVEL:
        return pointer(*path)
    return "/"


def _validate(file: str, doc: dict[str, Any], *, strict: bool = True) -> list[Finding]:
    """Validate with openapi-spec-validator. Strict: the first problem is a `SpecError` (exit 2). Otherwise
    every problem is a `Finding` (the generator goes on, and the parser skips what it cannot use)."""
    from generator.load_validator import spec_validator_class

    version = str(doc.get("openapi", ""))
    validator_cls = spec_validator_class(version)  # openapi-spec-validator's, asking jsonschema-rs first
    errors: list[Any] = []
    findings: list[Finding] = []  # the validator's own failure, listed after what it found before failing
    try:
        for error in validator_cls(doc).iter_errors():
            errors.append(error)
            if not strict and len(errors) > 5 * MAX_FINDINGS:
                break
    except RecursionError:
        if strict:
            raise SpecError(file, "/", "schema references are cyclic or nested too deeply to validate") from None
        findings.append(Finding("/", "schema references are too deeply nested to validate", "not validated further"))
    except Exception as exc:  # the validator itself can trip over malformed input
        message = f"{type(exc).__name__}: {str(exc)[:200]}"
        if strict:
            raise SpecError(file, "/", f"not a valid OpenAPI {version} document ({message})") from None
        findings.append(Finding("/", f"openapi-spec-validator failed ({message})", "not validated further"))
    if strict and errors:
        first = min(errors, key=lambda e: [str(p) for p in e.absolute_path])
        where = pointer(*first.absolute_path)
        more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
        raise SpecError(file, where, f"not a valid OpenAPI {version} document: {first.message[:300]}{more}")
    found = [Finding(_finding_pointer(doc, e), str(e.message)[:300], "ignored") for e in errors[:MAX_FINDINGS]]
    if len(errors) > MAX_FINDINGS:
        found.append(Finding("/", f"{len(errors) - MAX_FINDINGS} more validator findings", "ignored"))
    return [*found, *findings]


def validate_spec(loaded: LoadedSpec, *, strict: bool = True) -> list[Finding]:
    """Validate an already loaded (and possibly normalized) document; the pipeline calls this after
    normalize, so fixes such as `dedupe_enum_values` apply before the validator sees the spec.
    Strict raises on the first problem; otherwise the problems come back as findings (warnings)."""
    if not strict and loaded.objects > MAX_VALIDATED_OBJECTS:
        return [
            Finding(
                "/",
                f"openapi-spec-validator was not run: {loaded.objects} objects would take it longer than the "
                "whole generation (the repairs and the parser's own checks still ran)",
                "not validated; --strict validates",
            )
        ]
    return _validate(loaded.file, loaded.data, strict=strict)


def validate_in_background(loaded: LoadedSpec, *, strict: bool = False) -> Callable[[], list[Finding]]:
    """`validate_spec(loaded, strict=strict)`, run while the pipeline goes on; returns the function that
    waits for its findings.

    The validator is a large cost of a generation (openapi-spec-validator's keyword checks over every
    schema of a large spec: 1.2 s of CPU on LaunchDarkly's, after `load_validator` took the document
    check to jsonschema-rs), and nothing before the report needs its
    findings when they are warnings. On Linux, with no other thread running (forking a threaded process
    can deadlock the child), a forked child validates the document as it is at the fork, a snapshot the
    later stages cannot change (the parser's retry prunes the document), and sends its findings back
    through a pipe. It is the same validation of the same document with the same findings, on another
    core; the CPU time is not smaller. Elsewhere, for a document the validator skips, and with `strict`
    (an invalid spec is refused before anything else, by a `SpecError` raised here) it runs here and now.
    """
    background = sys.platform == "linux" and threading.active_count() == 1
    if strict or not background or loaded.objects > MAX_VALIDATED_OBJECTS:
        found_here = validate_spec(loaded, strict=strict)
        return lambda: found_here
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=_validate_and_send, args=(loaded, sending), daemon=True)
    child.start()
    sending.close()

    def wait() -> list[Finding]:
        try:
            found: list[Finding] = receiving.recv()
        except EOFError:  # the child ended without an answer (killed, out of memory)
            found = [Finding("/", "openapi-spec-validator failed (its process ended early)", "not validated further")]
        finally:
            receiving.close()
            child.join()
        return found

    return wait


def _validate_and_send(loaded: LoadedSpec, sending: Connection) -> None:
    sending.send(validate_spec(loaded, strict=False))
    sending.close()


def load_spec(path: Path, *, validate: bool = True) -> LoadedSpec:
    """Read, convert and validate one spec file."""
    started = time.perf_counter()
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(file, "/", f"cannot read file: {exc.strerror or exc}") from None
    doc = _parse(file, raw)
    if not isinstance(doc, dict):
        raise SpecError(file, "/", "not an OpenAPI or Swagger document (the top level is not a mapping)")
    converted = False
    if "swagger" in doc:
        if str(doc["swagger"]) != "2.0":
            raise SpecError(file, "/swagger", f"unsupported Swagger version {doc['swagger']!r}")
        _check_depth_and_refs(file, doc)
        from generator.swagger2 import convert

        doc = convert(doc, file)
        converted = True
        source_format = "swagger-2.0"
    elif "openapi" in doc:
        version = str(doc["openapi"])
        if not version.startswith(("3.0", "3.1")):
            raise SpecError(file, "/openapi", f"unsupported OpenAPI version {version!r} (3.0 and 3.1 are supported)")
        source_format = "openapi-" + version[:3]
    else:
        raise SpecError(file, "/", "not an OpenAPI or Swagger document (no 'openapi' or 'swagger' key)")
    if not isinstance(doc.get("paths", {}), dict):
        raise SpecError(file, "/paths", "expected a mapping")
    objects = _check_depth_and_refs(file, doc)
    if validate:
        _validate(file, doc)
    return LoadedSpec(
        file=file,
        data=doc,
        source_format=source_format,
        converted_from_swagger=converted,
        objects=objects,
        seconds=time.perf_counter() - started,
    )
