"""The `tzk` command as an operator runs it: clear errors, and a real deployment on the sandbox."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

TZK = [sys.executable, "-m", "bot"]


def _env(tmp_path: Path, **values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _KEYS}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    env.update(values)
    return env


_KEYS = {"BOT_TOKEN", "DATABASE_URL", "TELEGRAM_API_URL", "STAFF_CHAT_ID", "ADMIN_IDS", "SEND_WINDOW"}


def _tzk(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(TZK + list(args), cwd=tmp_path, env=_env(tmp_path, **env),
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_the_console_script_is_installed_and_helps():
    script = Path(sys.executable).parent / "tzk"
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    for command in ("run", "demo", "migrate", "delivery"):
        assert command in result.stdout


def test_run_without_a_token_says_exactly_what_to_set(tmp_path):
    result = _tzk(tmp_path, "run")
    assert result.returncode != 0
    assert "BOT_TOKEN" in result.stderr and "@BotFather" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("key, value", [
    ("SEND_WINDOW", "25:00-20:00"), ("ADMIN_IDS", "olga"), ("SURVEY_DELAY", "three days"),
    ("TIME_ZONE", "Mars/Olympus"), ("DATABASE_URL", "mysql://x"), ("LOW_SCORE_THRESHOLD", "7"),
])
def test_a_malformed_setting_stops_start_up_in_one_line_naming_the_key(tmp_path, key, value):
    result = _tzk(tmp_path, "run", BOT_TOKEN="1:" + "a" * 35, **{key: value})
    assert result.returncode != 0
    assert key in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_delivery_add_prints_the_survey_time_and_the_deep_link(tmp_path):
    result = _tzk(tmp_path, "delivery", "add", "C-17", "--name", "ООО Ромашка", "--phone",
                  "+7 916 123-45-67", "--manager", "Анна", "--at", "2026-12-01 15:00", "--id", "D-1",
                  BOT_USERNAME="tzk_demo_bot")
    assert result.returncode == 0, result.stderr
    assert "D-1" in result.stdout and "04.12.2026 15:00 MSK" in result.stdout
    assert "https://t.me/tzk_demo_bot?start=" in result.stdout

    again = _tzk(tmp_path, "delivery", "add", "C-17", "--name", "ООО Ромашка", "--at", "2026-12-01",
                 "--id", "D-1", BOT_USERNAME="tzk_demo_bot")
    assert again.returncode == 0 and "уже была записана" in again.stdout


def test_delivery_add_with_a_bad_date_explains_the_form(tmp_path):
    result = _tzk(tmp_path, "delivery", "add", "C-17", "--name", "X", "--at", "вчера")
    assert result.returncode != 0 and "--at" in result.stderr and "2026-12-01" in result.stderr
    assert "Traceback" not in result.stderr


async def test_run_with_a_token_and_the_sandbox_url_works_like_a_deployment(tmp_path, sb, sandbox_server):
    irina = await sb.user("Ирина")
    env = _env(tmp_path, BOT_TOKEN=sb.token, TELEGRAM_API_URL=sandbox_server.url, LOG_LEVEL="DEBUG")
    process = await asyncio.create_subprocess_exec(
        *TZK, "run", cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        await sb.send(irina.id, "/start")
        reply = await sb.wait_for_message(irina.id, contains="поделитесь номером", timeout=30)
        assert reply.from_bot
        assert any(c["scope"]["type"] == "all_private_chats" for c in await sb.commands())
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    logs = out.decode() + err.decode()
    assert "ТЗК is running as @tzk_test_bot" in logs
    assert sb.token not in logs and sb.token.split(":")[1] not in logs
    assert "Ирина" not in logs
