"""Update handlers, one module per concern; `register` wires them into the application."""

from __future__ import annotations

from telegram.ext import Application

from . import admin_settings, audit_log, errors, file_import, ids, intake, onboarding, questionnaire


def register(app: Application) -> None:
    onboarding.register(app)
    intake.register(app)
    file_import.register(app)
    ids.register(app)
    admin_settings.register(app)
    audit_log.register(app)
    questionnaire.register(app)
    errors.register(app)
