"""Finding the system validators the packaging tests run, installing them when we may."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT_DIR = Path(__file__).resolve().parents[2]


def require_tool(command: str, debian_package: str) -> str:
    """The tool's path; installs its Debian package when root with apt-get, else skips."""
    found = shutil.which(command)
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip(
            f"{command} is missing; install the {debian_package} package "
            "(not root or no apt-get here, so the test cannot install it)"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", debian_package]
    if subprocess.run(install, env=env, capture_output=True, check=False).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
        subprocess.run(install, env=env, capture_output=True, check=False)
    found = shutil.which(command)
    if not found:
        pytest.fail(f"could not install {debian_package} to get {command}")
    return found
