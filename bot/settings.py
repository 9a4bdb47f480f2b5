"""All configuration: environment variables and `.env`, read once at start-up."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from feedback.digest import DIGEST_FORM, DigestSchedule
from feedback.durations import DURATION_FORM, parse_duration
from feedback.questions import THRESHOLDS
from feedback.window import WINDOW_FORM, SendWindow
from feedback.working_hours import WORKING_HOURS_FORM, WorkingHours
from feedback.zones import parse_zone
from storage.db import async_url

DEFAULT_API_URL = "https://api.telegram.org/bot"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./tzk.sqlite3"
API_TOKEN_MIN = 16


class Settings(BaseSettings):
    """One place for every knob; see .env.example for what each means."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None
    bot_username: str | None = None
    telegram_api_url: str = DEFAULT_API_URL
    telegram_timeout: float = Field(default=10.0, gt=0, le=120)
    database_url: str = DEFAULT_DATABASE_URL
    staff_chat_id: int | None = None
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    department_heads: Annotated[dict[str, int], NoDecode] = Field(default_factory=dict)
    department_thresholds: Annotated[dict[str, int], NoDecode] = Field(default_factory=dict)
    low_score_threshold: int = Field(default=3, ge=THRESHOLDS.start, le=THRESHOLDS.stop - 1)
    survey_delay: Annotated[timedelta, NoDecode] = timedelta(days=3)
    survey_expiry: Annotated[timedelta, NoDecode] = timedelta(days=7)
    send_window: Annotated[SendWindow, NoDecode] = SendWindow.parse("10:00-20:00")
    time_zone: Annotated[ZoneInfo, NoDecode] = ZoneInfo("Europe/Moscow")
    staff_language: str = Field(default="ru", pattern=r"^(ru|en)$")
    working_hours: Annotated[WorkingHours, NoDecode] = WorkingHours.parse("09:00-18:00")
    escalation_after: Annotated[timedelta, NoDecode] = timedelta(hours=4)
    escalation_limit: int = Field(default=3, ge=0, le=10)
    reminder_after: Annotated[timedelta, NoDecode] = timedelta(hours=24)
    reminder_count: int = Field(default=1, ge=0, le=5)
    throttle_days: int = Field(default=14, ge=0, le=365)
    dispatch_interval: Annotated[timedelta, NoDecode] = timedelta(seconds=30)
    dispatch_rate: int = Field(default=20, ge=1, le=30)
    log_level: str = Field(default="INFO", pattern=r"^(DEBUG|INFO|WARNING|ERROR)$")
    digest: Annotated[DigestSchedule, NoDecode] = DigestSchedule.parse("mon 09:00")
    # The HTTP intake API runs only when a token is set.
    api_token: SecretStr | None = None
    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8080, ge=0, le=65535)
    api_max_body: int = Field(default=1_048_576, ge=1024)
    import_max_size: int = Field(default=5_242_880, ge=1024, le=20_971_520)  # Telegram: 20 MB

    @field_validator("telegram_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("expected an http(s) URL, e.g. https://api.telegram.org/bot")
        return value if value.endswith("/bot") else value + "/bot"

    @field_validator("api_token", mode="before")
    @classmethod
    def _api_token(cls, value: Any) -> Any:
        text = value.get_secret_value() if isinstance(value, SecretStr) else value
        if text is None or (isinstance(text, str) and not text.strip()):
            return None
        if isinstance(text, str) and len(text.strip()) < API_TOKEN_MIN:
            raise ValueError(f"at least {API_TOKEN_MIN} characters; make one with "
                             "python -c \"import secrets; print(secrets.token_urlsafe(32))\"")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        return async_url(value)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("department_heads", "department_thresholds", mode="before")
    @classmethod
    def _pairs(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        pairs = {}
        for part in filter(None, (p.strip() for p in value.split(","))):
            code, sep, number = part.partition("=")
            if not sep:
                raise ValueError("expected code=number pairs, e.g. logistics=2,quality=3")
            pairs[code.strip()] = number.strip()
        return pairs

    @field_validator("survey_delay", "survey_expiry", "dispatch_interval", "escalation_after",
                     "reminder_after", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        return parse_duration(value) if isinstance(value, (str, int)) else value

    @field_validator("reminder_after")
    @classmethod
    def _not_instant(cls, value: timedelta) -> timedelta:
        if value < timedelta(minutes=1):
            raise ValueError("at least 1m (reminders are turned off with REMINDER_COUNT=0)")
        return value

    @field_validator("working_hours", mode="before")
    @classmethod
    def _working_hours(cls, value: Any) -> Any:
        return WorkingHours.parse(value) if isinstance(value, str) else value

    @field_validator("send_window", mode="before")
    @classmethod
    def _window(cls, value: Any) -> Any:
        return SendWindow.parse(value) if isinstance(value, str) else value

    @field_validator("digest", mode="before")
    @classmethod
    def _digest(cls, value: Any) -> Any:
        return DigestSchedule.parse(value) if isinstance(value, str) else value

    @field_validator("time_zone", mode="before")
    @classmethod
    def _zone(cls, value: Any) -> Any:
        return parse_zone(value) if isinstance(value, str) else value


_FORMS = {"survey_delay": DURATION_FORM, "survey_expiry": DURATION_FORM,
          "dispatch_interval": DURATION_FORM, "send_window": WINDOW_FORM, "digest": DIGEST_FORM,
          "escalation_after": DURATION_FORM, "reminder_after": DURATION_FORM,
          "working_hours": WORKING_HOURS_FORM}


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the key in one line."""


def describe_error(error: ValidationError) -> str:
    """The first problem of `error` in one line: the key, what is wrong, the accepted form."""
    first = error.errors()[0]
    key = str(first["loc"][0]) if first["loc"] else "?"
    reason = first["msg"].removeprefix("Value error, ")
    hint = _FORMS.get(key)
    if hint and hint not in reason:
        reason = f"{reason}; expected {hint}"
    return f"{key.upper()}: {reason}"


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment and .env (overrides win); SettingsError names a bad key."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        key, _, reason = describe_error(error).partition(": ")
        raise SettingsError(f"Настройка {key} неверна / Bad setting {key}: {reason}") from None
