"""The README's how-to snippets: construct a client, handle errors, raw responses, retries, timeouts,
a custom httpx client, logging, async twins, long-running operations and pagination. Each one runs
as it stands against a reachable server (the docs tests run them against a local one)."""

from __future__ import annotations

from generator.docs.snippets import Snippets
from generator.plan.model import Operation


def _statement(op: Operation, call: str) -> str:
    return call if op.return_type.strip() == "None" else f"result = {call}"


def readme_snippets(
    s: Snippets, first: Operation | None, paginated: Operation | None, failing: Operation | None = None
) -> dict[str, str]:
    """Snippet name → Python code, for README.md.jinja (a snippet is left out when the API has nothing to show)."""
    plan = s.plan
    cls = plan.config.client
    ctor = s.client_ctor(False)
    out: dict[str, str] = {"construct": s.snippet(s.builder(), [cls], [f"client = {ctor}"])}
    if plan.auth.env_var and plan.auth.kind in ("bearer", "api_key"):
        out["construct_env"] = s.snippet(s.builder(), [cls], [f"client = {cls}()  # reads {plan.auth.env_var}"])
    if len(plan.environments) > 1:
        env_class = cls + "Environment"
        member = list(plan.environments)[1].upper()
        ctor_env = s.client_ctor(False, f"environment={env_class}.{member}")
        out["environment"] = s.snippet(s.builder(), [cls, env_class], [f"client = {ctor_env}"])
    if first is None:
        return out
    op = first
    builder = s.builder()
    args = s.call_args(op, builder)
    call = ", ".join(args)
    failing = failing or first
    ebuilder = s.builder()
    failing_call = f"client.{failing.qualified_name}({', '.join(s.call_args(failing, ebuilder))})"
    out["errors"] = s.snippet(
        ebuilder,
        [cls, "ApiError", "NotFoundError"],
        [
            f"client = {ctor}",
            "try:",
            f"    {_statement(failing, failing_call)}",
            "except NotFoundError as exc:",
            '    print("not found:", exc.status_code, exc.body)',
            "except ApiError as exc:",
            "    print(exc.status_code, exc.headers, exc.body)",
        ],
    )
    resource = "client." + ".".join(op.resource)
    out["raw"] = s.snippet(
        builder,
        [cls],
        [
            f"client = {ctor}",
            f"raw = {resource}.with_raw_response.{op.name}({call})",
            'print(raw.status_code, raw.headers.get("content-type"), raw.elapsed)',
            "if raw.rate_limit is not None:",
            "    print(raw.rate_limit.limit, raw.rate_limit.remaining, raw.rate_limit.reset)",
            "print(raw.data)  # what the method returns normally",
        ],
    )
    for name, client_arg, client_note, option, call_note in (
        ("retries", "max_retries=5", "default: 2", '{"max_retries": 0}', "  # this call: no retries"),
        ("timeouts", "timeout=20.0", "seconds; default: 60", '{"timeout_in_seconds": 5}', ""),
    ):
        with_option = ", ".join([*args, f"request_options={option}"])
        lines = [
            f"client = {s.client_ctor(False, client_arg)}  # {client_note}",
            f"client.{op.qualified_name}({with_option}){call_note}",
        ]
        out[name] = s.snippet(builder, [cls], lines)
    httpx_client = 'httpx_client=httpx.Client(headers={"X-Request-Source": "docs"}, timeout=30.0)'
    out["httpx"] = s.snippet(
        builder,
        [cls],
        [f"client = {s.client_ctor(False, httpx_client)}", f"client.{op.qualified_name}({call})"],
        ("import httpx",),
    )
    out["logging"] = s.snippet(
        s.builder(),
        [cls],
        [
            "logging.basicConfig()",
            f'logging.getLogger("{plan.config.package}").setLevel(logging.DEBUG)',
            "",
            f"client = {ctor}",
        ],
        ("import logging",),
    )
    if plan.config.async_prefix:
        out["async_prefix"] = s.snippet(
            builder,
            [cls],
            [
                f"client = {ctor}",
                "",
                "",
                "async def main() -> None:",
                f"    result = await client.{'.'.join(op.resource)}.a{op.name}({call})",
                "    print(result)",
                "",
                "",
                "asyncio.run(main())",
            ],
            ("import asyncio",),
        )
    if plan.lros:
        lro = plan.lros[0]
        lbuilder = s.builder()
        largs = ", ".join(s.call_args(lro.start, lbuilder))
        out["lro"] = s.snippet(
            lbuilder,
            [cls],
            [
                f"client = {ctor}",
                f"future = client.{'.'.join(lro.resource)}.{lro.name}({largs})",
                "print(future.done())  # False while the job runs",
                "final = future.result(timeout=600)  # waits, polling with back-off; raises if the job failed",
                "print(final)",
            ],
        )
    if paginated is not None:
        out.update(_pagination_snippets(s, paginated))
    return out


def _pagination_snippets(s: Snippets, op: Operation) -> dict[str, str]:
    cls = s.plan.config.client
    ctor = s.client_ctor(False)
    builder = s.builder()
    args = s.call_args(op, builder)
    call = f"client.{op.qualified_name}({', '.join(args)})"
    out = {
        "pagination": s.snippet(
            builder,
            [cls],
            [
                f"client = {ctor}",
                f"for item in {call}:  # fetches further pages as needed",
                "    print(item)",
                "",
                f"pager = {call}",
                "for page in pager.iter_pages():  # page.items, page.data (the page model), page.response",
                "    print(len(page.items), page.response.status_code)",
            ],
        )
    }
    if op.pagination is not None and op.pagination.iterator_kwarg:
        out["iterator"] = s.snippet(
            builder,
            [cls],
            [
                f"client = {ctor}",
                f"for item in client.{op.qualified_name}({', '.join([*args, 'iterator=True'])}):",
                "    print(item)",
            ],
        )
    return out
