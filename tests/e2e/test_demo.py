"""`tzk demo` keeps working: the README's first command."""

import subprocess
import sys


def test_the_demo_runs_the_whole_loop_and_exits_0(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "demo"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "[ 1 ] [ 2 ] [ 3 ] [ 4 ] [ 5 ]" in out  # the questionnaire, with its buttons
    assert "Низкая оценка · Логистика: 2 из 5" in out  # the ping in the staff chat
    assert "@Пётр Логистов🔔" in out  # a mention that notifies the head
    staff_chat = out.split("Chat: ТЗК · руководители")[1]
    assert "Машина приехала на четыре часа позже" in staff_chat
    assert "Хорошо, спасибо!" in staff_chat  # the client's answer to the head, relayed back
    assert "Решено: Пётр Логистов" in staff_chat and "Лид: клиент планирует" in staff_chat
    assert "Traceback" not in result.stderr
