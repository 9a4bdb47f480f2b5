"""Update handlers, one module per concern; `register` wires them into the application."""

from __future__ import annotations

from telegram.ext import Application

from . import (admin_settings, alert_handling, alert_lists, audit_log, errors, ids, intake,
               managers, onboarding, questionnaire)


def register(app: Application) -> None:
    onboarding.register(app)
    intake.register(app)
    ids.register(app)
    admin_settings.register(app)
    audit_log.register(app)
    alert_lists.register(app)
    managers.register(app)
    alert_handling.register(app)  # before the questionnaire's catch-all for unknown taps
    questionnaire.register(app)
    errors.register(app)
