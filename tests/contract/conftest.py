"""Contract-suite plumbing: per-SDK summary lines printed at the end of the run, whatever the outcome."""

from __future__ import annotations

from typing import Any

SUMMARY: list[str] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if SUMMARY:
        terminalreporter.section("contract summary")
        for line in SUMMARY:
            terminalreporter.write_line(line)
