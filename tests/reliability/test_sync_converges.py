"""Three devices syncing through copies of a folder always converge (see sync_machine)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.reliability.sync_machine import SyncMachine


def _run(template: Path, work: Path, examples: int, steps: int) -> None:
    class Checked(SyncMachine):
        def teardown(self) -> None:
            try:
                if self.devices:
                    self.check_converged()
            finally:
                super().teardown()

    Checked.template = template
    Checked.work = work
    run_state_machine_as_test(
        Checked,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
            # KITH_SYNC_SHRINK=0 reports a failure as found, without minutes of shrinking.
            phases=(
                list(Phase)
                if os.environ.get("KITH_SYNC_SHRINK", "1") != "0"
                else [Phase.explicit, Phase.reuse, Phase.generate]
            ),
        ),
    )


def test_three_devices_converge_quickly_checked(migrated_template: Path, tmp_path: Path) -> None:
    _run(migrated_template, tmp_path, examples=6, steps=25)


@pytest.mark.slow
def test_three_devices_converge_in_a_thousand_runs(migrated_template: Path, tmp_path: Path) -> None:
    examples = int(os.environ.get("KITH_SYNC_EXAMPLES", "1000"))
    _run(migrated_template, tmp_path, examples=examples, steps=30)
