"""Update handlers, one module per concern; `register` wires them into the application."""

from __future__ import annotations

from telegram.ext import Application

from . import (
    admin_settings,
    admins,
    alert_handling,
    alert_lists,
    audit_log,
    departments,
    errors,
    file_import,
    help,
    ids,
    intake,
    managers,
    onboarding,
    questionnaire,
    reports,
    script_editor,
    staff_chat,
)


def register(app: Application) -> None:
    onboarding.register(app)
    intake.register(app)
    file_import.register(app)
    ids.register(app)
    help.register(app)
    admin_settings.register(app)
    admins.register(app)
    staff_chat.register(app)
    departments.register(app)
    script_editor.register(app)  # before the questionnaire: it takes an admin's typed answers first
    audit_log.register(app)
    reports.register(app)
    alert_lists.register(app)
    managers.register(app)
    alert_handling.register(app)  # before the questionnaire's catch-all for unknown taps
    questionnaire.register(app)
    errors.register(app)
