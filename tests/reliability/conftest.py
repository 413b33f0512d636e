"""The reliability suite: every test here is marked `reliability`; `make reliability` runs them.

Add a part as one more `test_*.py` file here. Tests that take more than a second or two
are also marked `slow`: `make test` leaves those out and `make reliability` runs them all.
A test can hand a figure to the final summary with the `figures` fixture
(e.g. how many kills the crash loop survived), so the numbers are visible on every run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).parent
_FIGURE = "reliability figure"
# Gathered from the reports, in the process that prints the summary (with or without
# worker processes).
_FIGURES: list[str] = []

Figures = Callable[[str], None]


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.reliability)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    if _FIGURES:
        terminalreporter.section("reliability figures")
        for line in _FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Figures:
    # Carried on the test's report, so they reach the summary from a worker process too.
    def add(line: str) -> None:
        request.node.user_properties.append((_FIGURE, f"{request.node.name}: {line}"))

    return add


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "teardown":
        return
    _FIGURES.extend(str(line) for name, line in report.user_properties if name == _FIGURE)


def run_kith(
    *args: str, db: Path | None = None, timeout: float = 60, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """`python -m kith [--db DB] ARGS` as a separate process, as a user would run it."""
    command = [sys.executable, "-m", "kith"]
    if db is not None:
        command += ["--db", str(db)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("KITH_DEBUG", None)
    return subprocess.run(  # type: ignore[call-overload,no-any-return]
        [*command, *args], capture_output=True, text=True, timeout=timeout, env=env, **kwargs
    )
