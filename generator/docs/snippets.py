"""Runnable Python snippets for the docs: the usage example of every operation (sync and async) and
the README's how-to snippets (errors, raw responses, retries, pagination, ...).

Every snippet is imports + client construction + a call whose arguments come from one place,
`Snippets.call_args`, so the README and reference.md call an operation the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from openapi_python_client.parser.properties import ModelProperty

from generator.docs.examples import ExampleBuilder
from generator.docs.spec import NO_VALUE, SpecReader
from generator.plan.lro import Lro
from generator.plan.model import Operation, Param, SdkPlan

MAX_OPTIONAL_EXAMPLES = 3  # optional parameters the spec gives an example for, shown in the usage example


class Snippets:
    """Snippet writer for one plan: example values from the spec, models fully built by the parser."""

    def __init__(self, plan: SdkPlan, reader: SpecReader, models: dict[str, ModelProperty]) -> None:
        self.plan = plan
        self.reader = reader
        self.models = models

    def builder(self) -> ExampleBuilder:
        """A fresh example builder (each snippet collects its own imports)."""
        return ExampleBuilder(self.plan.config.package, models=self.models, enum_orders=self.reader.enum_orders)

    def call_args(self, op: Operation, builder: ExampleBuilder, *, optional_examples: bool = False) -> list[str]:
        """Arguments for a call of `op`: path parameters positionally, then every required keyword
        (flattened body fields included) and, if asked, a few optional ones the spec has examples for."""
        reader = self.reader
        args = [self._param_value(builder, op, p) for p in op.path_params]
        args += [f"{p.python_name}={self._param_value(builder, op, p)}" for p in op.keyword_params if p.required]
        if optional_examples:
            shown = [
                (p, raw)
                for p in op.keyword_params
                if not p.required and (raw := reader.param_example(op, p, defaults=False)) is not NO_VALUE
            ]
            args += [
                f"{p.python_name}={builder.value(p.prop, p.python_name, raw)}"
                for p, raw in shown[:MAX_OPTIONAL_EXAMPLES]
            ]
        if op.body is None:
            return args
        body_raw = reader.body_example(op)
        if op.body.flattened:
            raw_dict = body_raw if isinstance(body_raw, dict) else {}
            formats = reader.body_field_formats(op)
            for f in op.body.fields:
                if f.required and f.default is None:  # a value the SDK fills in is not shown
                    raw = raw_dict.get(f.wire_name, NO_VALUE)
                    args.append(f"{f.python_name}={builder.value(f.prop, f.wire_name, raw, formats.get(f.wire_name))}")
        elif op.body.required and op.body.kind == "text":  # a str (File and bytes work too)
            text = body_raw if isinstance(body_raw, str) else "example text"
            args.append(f"{op.body.param_name}={json.dumps(text)}")
        elif op.body.required:
            args.append(f"{op.body.param_name}={builder.value(op.body.prop, op.body.param_name, body_raw)}")
        return args

    def _param_value(self, builder: ExampleBuilder, op: Operation, param: Param) -> str:
        raw = self.reader.param_example(op, param)
        return builder.value(param.prop, param.python_name, raw, self.reader.param_format(op, param))

    # ----------------------------------------------------------------------------------------------

    def client_ctor(self, is_async: bool, extra: str = "") -> str:
        """`Client(token="YOUR_TOKEN")`, with `extra` keyword arguments."""
        config = self.plan.config
        cls = config.async_client if is_async else config.client
        return f"{cls}({', '.join(a for a in (self._auth_arg(), extra) if a)})"

    def _auth_arg(self) -> str:
        auth = self.plan.auth
        if auth.kind == "none":
            return ""
        if auth.kind == "basic":
            return f'{auth.param}=("YOUR_USERNAME", "YOUR_PASSWORD")'
        return f'{auth.param}="YOUR_{auth.param.upper()}"'

    def imports(self, builder: ExampleBuilder, names: Iterable[str], extra: tuple[str, ...] = ()) -> list[str]:
        """The import block: standard library first, then the SDK's own modules, sorted."""
        stdlib = sorted(
            (i for i in {*builder.imports, *extra} if i.startswith("import ") or i.startswith("from uuid")),
            key=lambda line: (line.split()[1], line),
        )
        modules: dict[str, set[str]] = {}
        for line in builder.imports:
            if line.startswith("from ") and not line.startswith("from uuid"):
                module, _, name = line[5:].partition(" import ")
                modules.setdefault(module, set()).add(name)
        modules[self.plan.config.package] = set(names)
        lines = [*stdlib, *([""] if stdlib else [])]
        for module, imported in sorted(modules.items()):
            lines.append(f"from {module} import {', '.join(sorted(imported))}")
        return lines

    def snippet(self, builder: ExampleBuilder, names: list[str], body: list[str], extra: tuple[str, ...] = ()) -> str:
        return "\n".join([*self.imports(builder, names, extra), "", *body])

    def usage_example(self, op: Operation, is_async: bool) -> str:
        """A runnable snippet: imports, client construction with auth, the call with every required argument."""
        builder = self.builder()
        return self._usage_example(op, is_async, builder, self.call_args(op, builder, optional_examples=True))

    def usage_examples(self, op: Operation) -> tuple[str, str]:
        """The sync and the async usage example, from one set of example arguments."""
        builder = self.builder()
        args = self.call_args(op, builder, optional_examples=True)
        return self._usage_example(op, False, builder, args), self._usage_example(op, True, builder, args)

    def _usage_example(self, op: Operation, is_async: bool, builder: ExampleBuilder, args: list[str]) -> str:
        returns_none = op.return_type.strip() == "None"
        cls = self.plan.config.async_client if is_async else self.plan.config.client
        if op.stream is not None:  # iterated, not awaited: events are printed as they arrive
            name = "event" if op.stream.kind == "sse" else "item"
            call = _call_lines(f"client.{op.qualified_name}", args, "        " if is_async else "")
            call = [f"{'async ' if is_async else ''}for {name} in " + call[0], *call[1:]]
            call[-1] += ":"
            call.append(f"    print({name})")
            if not is_async:
                return "\n".join([*self.imports(builder, [cls]), "", f"client = {self.client_ctor(False)}", *call])
            lines = [*self.imports(builder, [cls], ("import asyncio",)), "", "", "async def main() -> None:"]
            lines.append(f"    async with {self.client_ctor(True)} as client:")
            return "\n".join([*lines, *("        " + line for line in call), "", "", "asyncio.run(main())"])
        if not is_async:
            call = _call_lines(f"client.{op.qualified_name}", args, "")
            if op.pagination is not None:
                call[0] = "for item in " + call[0]
                call[-1] = call[-1] + ":"
                call.append("    print(item)")
            elif not returns_none:
                call = ["result = " + call[0], *call[1:], "print(result)"]
            return "\n".join([*self.imports(builder, [cls]), "", f"client = {self.client_ctor(False)}", *call])
        indent = "        "
        call = _call_lines(f"await client.{op.qualified_name}", args, indent)
        if op.pagination is not None:
            call = ["pager = " + call[0], *call[1:], "async for item in pager:", "    print(item)"]
        elif not returns_none:
            call = ["result = " + call[0], *call[1:], "print(result)"]
        lines = [*self.imports(builder, [cls], ("import asyncio",)), "", "", "async def main() -> None:"]
        lines.append(f"    async with {self.client_ctor(True)} as client:")
        return "\n".join([*lines, *(indent + line for line in call), "", "", "asyncio.run(main())"])

    def lro_example(self, lro: Lro) -> str:
        """Start a long-running operation and wait for its final state."""
        builder = self.builder()
        args = self.call_args(lro.start, builder)
        return self.snippet(
            builder,
            [self.plan.config.client],
            [
                f"client = {self.client_ctor(False)}",
                f"future = client.{'.'.join(lro.resource)}.{lro.name}({', '.join(args)})",
                "final = future.result(timeout=600)  # waits for a final state; raises if the job failed",
                "print(final)",
            ],
        )


def _call_lines(call: str, args: list[str], indent: str) -> list[str]:
    one = f"{call}({', '.join(args)})"
    if len(indent) + len(one) <= 96 or not args:
        return [one]
    return [f"{call}(", *[f"    {a}," for a in args], ")"]
