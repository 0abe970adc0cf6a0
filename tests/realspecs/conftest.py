"""Print the real-spec generation summaries at the end of the pytest run."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from tests.realspecs.test_real_specs import SUMMARY

    if SUMMARY:
        terminalreporter.section("real specs")
        for line in SUMMARY:
            terminalreporter.write_line(line)
