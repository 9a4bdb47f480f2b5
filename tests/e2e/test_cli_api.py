"""`tzk run` with API_TOKEN serves the intake API beside the bot, and stops both on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess

import httpx

from .test_cli import TZK, _env

TOKEN = "cli-api-token-0123456789"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_the_api_runs_in_the_bots_process_and_stops_with_it(tmp_path, sb, sandbox_server):
    port = _free_port()
    env = _env(tmp_path, BOT_TOKEN=sb.token, TELEGRAM_API_URL=sandbox_server.url, API_TOKEN=TOKEN,
               API_PORT=str(port), LOG_LEVEL="DEBUG")
    process = await asyncio.create_subprocess_exec(
        *TZK, "run", cwd=tmp_path, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}",
                                     headers={"Authorization": f"Bearer {TOKEN}"}) as api:
            for _ in range(300):
                try:
                    if (await api.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
            answer = await api.post("/api/v1/deliveries", json={
                "delivery_id": "D-1", "client_id": "C-1", "client_name": "ООО «Ромашка»",
                "phone": "+79161234567", "delivered_at": "2026-12-01T15:00:00+03:00"})
            assert answer.status_code == 201, answer.text
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    logs = out.decode() + err.decode()
    assert f"the intake API listens on http://127.0.0.1:{port}" in logs
    assert TOKEN not in logs and "Ромашка" not in logs and "+79161234567" not in logs


def test_a_port_already_taken_is_one_clear_line(tmp_path, sb, sandbox_server):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = _env(tmp_path, BOT_TOKEN=sb.token, TELEGRAM_API_URL=sandbox_server.url,
                   API_TOKEN=TOKEN, API_PORT=str(port))
        result = subprocess.run(TZK + ["run"], cwd=tmp_path, env=env, capture_output=True, text=True,
                                timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode != 0
    assert f"127.0.0.1:{port}" in result.stderr and "API_PORT" in result.stderr
    assert "Traceback" not in result.stderr
