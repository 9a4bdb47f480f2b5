"""Settings: defaults, the forms people write, and one clear line naming a bad key."""

from datetime import timedelta

import pytest

from bot.settings import SettingsError, load_settings


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no .env from the developer's folder
    for key in ("BOT_TOKEN", "DATABASE_URL", "SEND_WINDOW", "ADMIN_IDS", "SURVEY_DELAY",
                "TELEGRAM_API_URL", "DEPARTMENT_THRESHOLDS", "DEPARTMENT_HEADS", "TIME_ZONE"):
        monkeypatch.delenv(key, raising=False)


def test_defaults_are_the_documented_ones():
    settings = load_settings()
    assert settings.bot_token is None
    assert settings.database_url == "sqlite+aiosqlite:///./tzk.sqlite3"
    assert settings.survey_delay == timedelta(days=3)
    assert str(settings.send_window) == "10:00-20:00"
    assert settings.time_zone.key == "Europe/Moscow"
    assert settings.telegram_api_url == "https://api.telegram.org/bot"


def test_values_come_in_the_forms_people_write(monkeypatch):
    monkeypatch.setenv("ADMIN_IDS", "11, 22")
    monkeypatch.setenv("DEPARTMENT_THRESHOLDS", "logistics=2, quality=4")
    monkeypatch.setenv("SURVEY_DELAY", "36h")
    monkeypatch.setenv("DATABASE_URL", "postgresql://tzk@db/tzk")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:8081/")
    settings = load_settings()
    assert settings.admin_ids == [11, 22]
    assert settings.department_thresholds == {"logistics": 2, "quality": 4}
    assert settings.survey_delay == timedelta(hours=36)
    assert settings.database_url == "postgresql+asyncpg://tzk@db/tzk"
    assert settings.telegram_api_url == "http://127.0.0.1:8081/bot"


def test_env_file_is_read(tmp_path):
    (tmp_path / ".env").write_text("STAFF_CHAT_ID=-100123\nBOT_TOKEN=1:abc\n")
    settings = load_settings()
    assert settings.staff_chat_id == -100123 and settings.bot_token.get_secret_value() == "1:abc"
    assert "1:abc" not in repr(settings)


@pytest.mark.parametrize("key, value", [
    ("SEND_WINDOW", "10-20"), ("SURVEY_DELAY", "soon"), ("ADMIN_IDS", "1,x"),
    ("DEPARTMENT_THRESHOLDS", "logistics:2"), ("TIME_ZONE", "Moscow"), ("API_TOKEN", "short"),
    ("API_PORT", "http"), ("IMPORT_MAX_SIZE", "100000000"),
])
def test_a_bad_value_names_its_key_in_one_line(monkeypatch, key, value):
    monkeypatch.setenv(key, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    message = str(raised.value)
    assert key in message and "\n" not in message
