"""A power cut in the middle of a batch: a child process writes batches of findings, each one transaction, and
is killed (SIGKILL, no clean-up) at random moments. After every kill the file must be whole, the audit chain
unbroken, and every batch either all there or absent."""

from __future__ import annotations

import datetime as dt
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lz_desktop.services import rectification
from lz_desktop.services.integrity import verify
from lz_desktop.services.office import Office, open_office

from ..services.district import build

BATCH = 150
WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from lz_desktop.domain.accountability import LeadSource
    from lz_desktop.domain.rectification import FindingSeverity
    from lz_desktop.services import rectification as r
    from lz_desktop.services.office import open_office
    from lz_desktop.storage.transaction import transaction

    office = open_office(sys.argv[1])
    unit = int(sys.argv[2])
    batch = 0
    print("ready", flush=True)
    while True:
        batch += 1
        with transaction(office.db):  # one batch, one transaction: whole or absent
            for i in range({batch}):
                r.record_finding(office.db, r.FindingDraft(unit, LeadSource.PETITION, f"第{{batch}}批第{{i}}件",
                                 "", FindingSeverity.GENERAL, dt.date(2026, 11, 2)), today=dt.date(2026, 11, 25))
        print("batch", batch, flush=True)
""").format(batch=BATCH)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is how a power cut is simulated here")
def test_killed_mid_batch_the_file_stays_whole(office: Office, tmp_path: Path) -> None:
    d = build(office)
    path = office.path
    office.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(2026)
    kills = 0
    for _round in range(12):
        child = subprocess.Popen([sys.executable, str(script), str(path), str(d.bureau)], stdout=subprocess.PIPE,
                                 text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        kills += 1
        reopened = open_office(path)
        try:
            assert verify(reopened.db).ok, verify(reopened.db).problems
            found = len(rectification.ledger(reopened.db, dt.date(2026, 11, 25)))
            assert found % BATCH == 0, f"a batch was cut in half: {found} findings"
        finally:
            reopened.close()
    assert kills == 12 and found > 0  # the kills did land between and inside batches
