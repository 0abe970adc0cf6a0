"""Long-running operations declared in sdk.yaml: a start operation, a status operation to poll and,
optionally, a cancel operation. Each becomes a `begin_<start>` method returning a PollingFuture.

    lro:
      - start: {method: post, path: /scripts/sql/{id}/runs}
        status: {method: get, path: /scripts/sql/{id}/runs/{run_id}}
        cancel: {method: delete, path: /scripts/sql/{id}/runs/{run_id}}
        state_field: state
        pending: [queued, running]      # or terminal: [succeeded, failed, cancelled]
        failed: [failed, cancelled]
        ids: {run_id: id}               # status path parameter <- field of the start response
        name: begin_post_sql_runs       # optional
        polling_interval: 1.0           # optional, seconds
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.parser.properties import ModelProperty, Property

from generator.errors import ConfigError
from generator.plan.parsed import config_entries, text

if TYPE_CHECKING:
    from generator.plan.model import Argument, Operation

_KEYS = {"start", "status", "cancel", "state_field", "pending", "terminal", "failed", "ids", "name", "polling_interval"}


@dataclass(frozen=True)
class OperationRef:
    """`{method, path}` in sdk.yaml, and the config key it was read from (for error messages)."""

    method: str
    path: str
    key: str


@dataclass(frozen=True)
class LroSpec:
    """One validated sdk.yaml `lro:` entry, before it is matched against the planned operations."""

    key: str  # "lro[0]"
    start: OperationRef
    status: OperationRef
    cancel: OperationRef | None
    state_field: str
    pending: tuple[str, ...]
    terminal: tuple[str, ...]
    failed: tuple[str, ...]
    ids: tuple[tuple[str, str], ...]  # (status path parameter, start-response field)
    name: str | None
    polling_interval: float


@dataclass
class Lro:
    """One `begin_*` method: start, then poll status until the state is final."""

    name: str
    resource: tuple[str, ...]
    start: Operation
    status: Operation
    cancel: Operation | None
    state_attr: str  # python attribute path on the status model, dotted
    pending: tuple[str, ...]
    terminal: tuple[str, ...]
    failed: tuple[str, ...]
    status_args: list[str] = field(default_factory=list)
    cancel_args: list[str] = field(default_factory=list)
    polling_interval: float = 1.0
    # Decided by `calls.plan_calls`:
    signature: list[Argument] = field(default_factory=list)
    start_args: list[Argument] = field(default_factory=list)  # forwarded to the start method
    returns: str = ""
    async_returns: str = ""

    @property
    def states_kwargs(self) -> str:
        parts = []
        for name in ("pending", "terminal", "failed"):
            values = getattr(self, name)
            if values:
                parts.append(f"{name}=" + repr(tuple(values)))
        return ", ".join(parts)

    @property
    def doc(self) -> str:
        done = (
            f"its `{self.state_attr}` is one of {', '.join(self.terminal)}"
            if self.terminal
            else f"its `{self.state_attr}` is no longer {' or '.join(self.pending)}"
        )
        finish = (
            f"Returns a future as soon as `{self.start.key}` answered; `result(timeout)` waits for the final status"
        )
        if self.failed:
            finish += f" and raises `RunFailedError` when it is {' or '.join(self.failed)}"
        cancel = f"`cancel()` calls `{self.cancel.name}`" if self.cancel else "`cancel()` stops polling"
        lines = [
            f"Start `{self.start.name}` and poll `{self.status.name}` until {done}.",
            "",
            finish + f"; {cancel}.",
            "Polling starts after `polling_interval` seconds and backs off exponentially (up to 30 s).",
        ]
        return "\n".join(lines)


def _ref(file: str, key: str, value: object) -> OperationRef:
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("method"), str)
        or not isinstance(value.get("path"), str)
    ):
        raise ConfigError(file, key, "expected {method, path}")
    return OperationRef(value["method"].lower(), value["path"], key)


def _find(operations: list[Operation], ref: OperationRef, file: str) -> Operation:
    for op in operations:
        if op.method == ref.method and op.path == ref.path:
            return op
    raise ConfigError(file, ref.key, f"no operation {ref.method.upper()} {ref.path} in the spec")


def _model_props(prop: Property, models: dict[str, ModelProperty]) -> list[Property]:
    if isinstance(prop, ModelProperty) and prop.required_properties is None:
        prop = models.get(str(prop.class_info.name), prop)
    if not isinstance(prop, ModelProperty):
        return []
    return [*(prop.required_properties or []), *(prop.optional_properties or [])]


def _attr_path(op: Operation, wire_path: str, models: dict[str, ModelProperty]) -> str | None:
    """The python attribute path of a dotted wire path in the operation's (first) response model."""
    props = [r.prop for r in op.success_responses if r.source["attribute"] != "None"]
    if not props:
        return None
    prop = props[0]
    names = []
    for part in wire_path.split("."):
        match = next((p for p in _model_props(prop, models) if text(p.name) == part), None)
        if match is None:
            return None
        names.append(str(match.python_name))
        prop = match
    return ".".join(names)


def _call_args(
    target: Operation, start: Operation, ids: dict[str, str], models: dict[str, ModelProperty], file: str, key: str
) -> list[str]:
    """Python expressions for the target operation's path parameters, in order."""
    start_params = {p.wire_name: p.python_name for p in start.path_params}
    args = []
    unresolved = [p for p in target.path_params if p.wire_name not in ids and p.wire_name not in start_params]
    for param in target.path_params:
        if param.wire_name in ids:
            attr = _attr_path(start, ids[param.wire_name], models)
            if attr is None:
                raise ConfigError(
                    file, f"{key}.ids.{param.wire_name}", f"the start response has no `{ids[param.wire_name]}`"
                )
            args.append(f"started.{attr}")
        elif param.wire_name in start_params:
            args.append(start_params[param.wire_name])
        elif len(unresolved) == 1 and _attr_path(start, "id", models):
            args.append(f"started.{_attr_path(start, 'id', models)}")
        else:
            raise ConfigError(file, f"{key}.ids", f"say which start-response field fills `{param.wire_name}`")
    return args


def _strings(file: str, key: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int, bool)) for v in value):
        raise ConfigError(file, key, "expected a list of state values")
    return tuple(str(v).lower() if isinstance(v, bool) else str(v) for v in value)


def lro_specs_from_config(raw: object, file: str = "sdk.yaml") -> tuple[LroSpec, ...]:
    """Validate sdk.yaml's `lro:` list on its own (the operations it names are matched when planning)."""
    out: list[LroSpec] = []
    shape = "{start, status, state_field, pending|terminal, ...}"
    for key, item in config_entries(file, "lro", raw, shape, known=_KEYS):
        pending = _strings(file, f"{key}.pending", item.get("pending"))
        terminal = _strings(file, f"{key}.terminal", item.get("terminal"))
        if not pending and not terminal:
            raise ConfigError(file, key, "give `pending` or `terminal` state values")
        ids = item.get("ids") or {}
        if not isinstance(ids, dict):
            raise ConfigError(file, f"{key}.ids", "expected a mapping of path parameter to response field")
        interval = item.get("polling_interval", 1.0)
        if not isinstance(interval, (int, float)) or isinstance(interval, bool) or interval < 0:
            raise ConfigError(file, f"{key}.polling_interval", "expected a number of seconds")
        name = item.get("name")
        out.append(
            LroSpec(
                key=key,
                start=_ref(file, f"{key}.start", item.get("start")),
                status=_ref(file, f"{key}.status", item.get("status")),
                cancel=_ref(file, f"{key}.cancel", item["cancel"]) if item.get("cancel") else None,
                state_field=str(item.get("state_field", "state")),
                pending=pending,
                terminal=terminal,
                failed=_strings(file, f"{key}.failed", item.get("failed")),
                ids=tuple((str(k), str(v)) for k, v in ids.items()),
                name=str(name) if name else None,
                polling_interval=float(interval),
            )
        )
    return tuple(out)


def plan_lros(
    specs: tuple[LroSpec, ...], operations: list[Operation], data: GeneratorData, file: str = "sdk.yaml"
) -> list[Lro]:
    """Match sdk.yaml's `lro:` entries against the planned operations."""
    models = {str(m.class_info.name): m for m in data.models}
    out: list[Lro] = []
    for spec in specs:
        key = spec.key
        start = _find(operations, spec.start, file)
        status = _find(operations, spec.status, file)
        cancel = _find(operations, spec.cancel, file) if spec.cancel else None
        for role, op in (("status", status), ("cancel", cancel)):
            if op is not None and op.resource != start.resource:
                raise ConfigError(file, f"{key}.{role}", "must be on the same resource as the start operation")
        state_attr = _attr_path(status, spec.state_field, models)
        if state_attr is None:
            raise ConfigError(file, f"{key}.state_field", f"the status response has no `{spec.state_field}`")
        name = spec.name or f"begin_{start.name}"
        taken = {op.name for op in operations if op.resource == start.resource} | {lro.name for lro in out}
        if name in taken:
            raise ConfigError(file, f"{key}.name", f"`{name}` is already a method of `{'.'.join(start.resource)}`")
        ids = dict(spec.ids)
        out.append(
            Lro(
                name=name,
                resource=start.resource,
                start=start,
                status=status,
                cancel=cancel,
                state_attr=state_attr,
                pending=spec.pending,
                terminal=spec.terminal,
                failed=spec.failed,
                status_args=_call_args(status, start, ids, models, file, key),
                cancel_args=_call_args(cancel, start, ids, models, file, key) if cancel else [],
                polling_interval=spec.polling_interval,
            )
        )
    return out
