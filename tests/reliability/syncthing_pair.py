"""Two real Syncthing instances on this machine, talking only over the loopback interface.

Each gets its own home (keys, config, index) made by `syncthing generate`, then its
`config.xml` is rewritten so that nothing leaves 127.0.0.1: no global or local discovery,
no relays, no NAT traversal, no usage reports, crash reports or upgrades, no web GUI.
Each knows the other by an explicit `tcp://127.0.0.1:PORT` address and they share one
folder. Ports are chosen by reading /proc/net/tcp*, so this process opens no socket.
Where strace can run, each instance runs under it, so a test can show every address it
connected to, bound or sent to was the loopback one.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FOLDER_ID = "kith-sync-test"
_ADDRESS = re.compile(r'inet_(?:addr|pton)\((?:AF_INET6?, )?"([^"]*)"')
_DEVICE_ID = re.compile(r"Device ID:\s*([A-Z0-9]{7}(?:-[A-Z0-9]{7}){7})")

# Everything that would reach past this machine, or start anything but the sync itself.
_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "restartOnWakeup": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
}


def syncthing_program() -> str:
    """The syncthing program; missing, the test skips (and fails in CI, which installs it)."""
    found = shutil.which("syncthing")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("syncthing is missing: .ci/run installs Debian's syncthing package")
        pytest.skip("syncthing is not installed (Debian: apt-get install syncthing)")
    return found


def strace_program() -> str | None:
    found = shutil.which("strace")
    if found is None:
        return None
    probe = subprocess.run([found, "-f", "-e", "trace=connect", "true"], capture_output=True)
    return found if probe.returncode == 0 else None


def ports_in_use() -> set[int]:
    """Local TCP ports bound on this machine, read from the kernel's tables."""
    used: set[int] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local = line.split()[1]
            used.add(int(local.rsplit(":", 1)[1], 16))
    return used


def free_ports(count: int) -> list[int]:
    used = ports_in_use()
    rng = random.Random(os.getpid() ^ time.time_ns())
    chosen: list[int] = []
    while len(chosen) < count:
        port = rng.randrange(30000, 61000)
        if port not in used and port not in chosen:
            chosen.append(port)
    return chosen


class Syncthing:
    """One instance: its home, the folder it keeps in step with the other, its process."""

    def __init__(self, program: str, home: Path, folder: Path, port: int) -> None:
        self.program = program
        self.home = home
        self.folder = folder
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None
        home.mkdir(parents=True)
        folder.mkdir(parents=True)
        (folder / ".stfolder").mkdir()  # the marker Syncthing wants before it syncs a folder
        made = subprocess.run(
            [program, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
            capture_output=True,
            text=True,
            timeout=60,
            env=self._env(),
            check=True,
        )
        found = _DEVICE_ID.search(made.stdout + made.stderr)
        assert found, made.stdout + made.stderr
        self.device_id = found.group(1)

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def _env(self) -> dict[str, str]:
        # Its own HOME, so nothing of it lands in the real one.
        return {
            **os.environ,
            "HOME": str(self.home),
            "STNODEFAULTFOLDER": "1",
            "STNOUPGRADE": "1",
            "STNORESTART": "1",
        }

    def configure(self, peer: Syncthing) -> None:
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        for folder in root.findall("folder"):
            root.remove(folder)
        options = root.find("options")
        assert options is not None
        for listen in options.findall("listenAddress"):
            options.remove(listen)
        ET.SubElement(options, "listenAddress").text = self.address
        for name, value in _OPTIONS.items():
            element = options.find(name)
            if element is None:
                element = ET.SubElement(options, name)
            element.text = value
        gui = root.find("gui")
        if gui is not None:
            gui.set("enabled", "false")
            address = gui.find("address")
            if address is not None:
                address.text = "127.0.0.1:0"
        for device in root.findall("device"):
            root.remove(device)
        for who, address in ((self, self.address), (peer, peer.address)):
            device = ET.Element(
                "device",
                id=who.device_id,
                name=who.home.name,
                compression="metadata",
                introducer="false",
            )
            ET.SubElement(device, "address").text = address
            ET.SubElement(device, "autoAcceptFolders").text = "false"
            root.insert(1, device)
        folder = ET.Element(
            "folder",
            id=FOLDER_ID,
            label="Kith",
            path=str(self.folder),
            type="sendreceive",
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        for who in (self, peer):
            ET.SubElement(folder, "device", id=who.device_id)
        ET.SubElement(folder, "markerName").text = ".stfolder"
        root.insert(0, folder)
        tree.write(path)

    def start(self, strace: str | None = None) -> None:
        """Run it; under `strace` (recording where it connects, binds and sends) if given."""
        command = [
            self.program,
            "serve",
            f"--home={self.home}",
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
            f"--logfile={self.log}",
        ]
        if strace is not None:
            calls = "trace=connect,bind,sendto,sendmsg"
            watch = [strace, "-f", "-qq", "-e", calls, "-e", "signal=none", "-o", str(self.trace)]
            command = [*watch, "--", *command]
        self.process = subprocess.Popen(
            command,
            env=self._env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # stopped as a group: nothing of it outlives the test
        )

    def stop(self) -> None:
        process = self.process
        if process is None:
            return
        self.process = None
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    @property
    def trace(self) -> Path:
        return self.home / "strace.log"

    def addresses(self) -> list[str]:
        """Every IP address it connected to, bound or sent to (with strace only)."""
        try:
            text = self.trace.read_text(errors="replace")
        except OSError:
            return []
        return _ADDRESS.findall(text)

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def connected_to(self, peer: Syncthing) -> bool:
        return f"Established secure connection to {peer.device_id[:7]}" in self.log_text()


def wait_until(what: str, ready: object, timeout: float, *instances: Syncthing) -> None:
    """Poll `ready()` until it is true; on timeout, fail with the instances' logs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(ready) and ready():
            return
        for instance in instances:
            if instance.process is not None and instance.process.poll() is not None:
                pytest.fail(f"syncthing stopped early:\n{instance.log_text()[-3000:]}")
        time.sleep(0.25)
    logs = "\n".join(f"--- {i.home.name}\n{i.log_text()[-3000:]}" for i in instances)
    pytest.fail(f"{what} within {timeout:.0f} s did not happen\n{logs}")
