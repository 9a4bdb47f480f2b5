"""The lead as the staff chat shows it: the client plans to buy again, and who should call them."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from storage.models import Alert, AlertStatus

from .alert_view import client_lines, head_mention, mention
from .cards import manager_of
from .texts import t


def render_lead(alert: Alert, lang: str, tz: ZoneInfo) -> str:
    """The lead's HTML, mentioning the client's manager, or the head when the manager's Telegram
    is not known."""
    if alert.status == AlertStatus.WITHDRAWN:
        return t("lead_withdrawn", lang)
    lines = [t("lead_title", lang), *client_lines(alert, lang, tz), ""]
    delivery = alert.survey.delivery
    manager = manager_of(delivery)
    if manager is not None and manager.telegram_user_id is not None:
        lines.append(t("lead_call", lang, mention=mention(manager.telegram_user_id, manager.name)))
    else:
        head = head_mention(alert.department, lang)
        if head is None:
            lines.append(t("alert_no_head", lang, code=alert.department.code))
        else:
            key = "lead_manager_unknown" if manager is not None else "lead_call"
            lines.append(t(key, lang, mention=head))
    return "\n".join(lines)
