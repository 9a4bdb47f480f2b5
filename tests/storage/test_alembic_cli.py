"""Developers run Alembic by hand on DATABASE_URL as people write it (no driver named)."""

import sqlite3
import subprocess
import sys
from pathlib import Path

ALEMBIC_INI = Path(__file__).resolve().parents[2] / "storage" / "alembic.ini"


def _alembic(tmp_path, *args):
    environment = {"DATABASE_URL": f"sqlite:///{tmp_path / 'tzk.sqlite3'}", "PATH": ""}
    return subprocess.run([sys.executable, "-m", "alembic", "-c", str(ALEMBIC_INI), *args],
                          env=environment, capture_output=True, text=True, timeout=120, check=False)


def test_upgrade_and_check_run_on_a_plain_sqlite_url(tmp_path):
    upgraded = _alembic(tmp_path, "upgrade", "head")
    assert upgraded.returncode == 0, upgraded.stderr
    with sqlite3.connect(tmp_path / "tzk.sqlite3") as connection:
        head = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert head == max(p.name[:4] for p in (ALEMBIC_INI.parent / "migrations" / "versions")
                       .glob("0*.py"))
    checked = _alembic(tmp_path, "check")  # the models and the migrations agree
    assert checked.returncode == 0, checked.stdout + checked.stderr
