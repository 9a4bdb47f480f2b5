"""The low-score ping as the staff chat shows it."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from feedback.questions import Kind, Question

from storage.models import Alert, AlertStatus, Department
from storage.scripts import as_rule

from .texts import t


def render_alert(alert: Alert, lang: str, tz: ZoneInfo) -> str:
    """The ping's HTML: what happened, who the client is, and a mention that notifies the head."""
    department = alert.department
    dept_name = department.name_en if lang == "en" else department.name_ru
    question = as_rule(alert.question)
    score = _score(alert, question, lang)
    if alert.status == AlertStatus.WITHDRAWN:
        return t("alert_withdrawn", lang, department=escape(dept_name), score=escape(score))
    delivery = alert.survey.delivery
    client = delivery.client
    manager = delivery.manager or client.manager
    lines = [
        t("alert_title", lang, department=escape(dept_name), score=escape(score)),
        t("alert_client", lang, name=escape(client.name), ref=escape(client.external_id)),
    ]
    if client.phone:
        lines.append(t("alert_phone", lang, phone=escape(client.phone)))
    date = delivery.delivered_at.astimezone(tz).strftime("%d.%m.%Y")
    lines.append(t("alert_delivery", lang, ref=escape(delivery.reference), date=date))
    if delivery.order_ref:
        lines.append(t("alert_order", lang, order=escape(delivery.order_ref)))
    lines.append(t("alert_manager", lang, manager=escape(manager.name)) if manager
                 else t("alert_no_manager", lang))
    lines.append(t("alert_question", lang, question=escape(question.text(lang))))
    if alert.comment:
        lines.append(t("alert_comment", lang, comment=escape(alert.comment)))
    lines += ["", _call(department, dept_name, lang)]
    return "\n".join(lines)


def _score(alert: Alert, question: Question, lang: str) -> str:
    if question.kind in (Kind.SCALE5, Kind.NPS) and alert.score is not None:
        return t("score_of", lang, value=alert.score, top=max(question.scale()))
    for option in question.choices():
        if option.key == alert.choice:
            return option.label(lang)
    return str(alert.choice or alert.score)


def _call(department: Department, dept_name: str, lang: str) -> str:
    if department.head_user_id is None:
        return t("alert_no_head", lang, code=department.code)
    name = department.head_name or t("alert_head_role", lang, department=dept_name)
    mention = f'<a href="tg://user?id={department.head_user_id}">{escape(name)}</a>'
    return t("alert_call", lang, mention=mention)
