"""The low-score ping as the staff chat shows it: what happened, who the client is, who is on it,
and the buttons to take and resolve it."""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from feedback.questions import Kind, Question
from storage.models import Alert, AlertStatus, Department
from storage.scripts import as_rule

from .callbacks import AlertAction, AlertTap
from .cards import manager_of
from .texts import t

_MARKS = {AlertStatus.OPEN: "🔴", AlertStatus.TAKEN: "🟡", AlertStatus.RESOLVED: "✅"}


def render_alert(alert: Alert, lang: str, tz: ZoneInfo) -> str:
    """The ping's HTML; an open one ends with a mention that notifies the head."""
    department = alert.department
    dept_name = department_name(department, lang)
    score = score_text(alert, as_rule(alert.question), lang)
    if alert.status == AlertStatus.WITHDRAWN:
        return t("alert_withdrawn", lang, department=escape(dept_name), score=escape(score))
    lines = [t("alert_title", lang, mark=_MARKS[alert.status], department=escape(dept_name),
               score=escape(score))]
    lines += client_lines(alert, lang, tz)
    lines.append(t("alert_question", lang, question=escape(as_rule(alert.question).text(lang))))
    if alert.comment:
        lines.append(t("alert_comment", lang, comment=escape(alert.comment)))
    lines.append("")
    if alert.escalations:
        lines.append(t("alert_escalated", lang, count=alert.escalations))
    if alert.status == AlertStatus.TAKEN:
        lines.append(t("alert_taken", lang, name=escape(alert.taken_by_name or ""),
                       when=_when(alert.taken_at, tz)))
    if alert.status == AlertStatus.RESOLVED and alert.taken_by not in (None, alert.resolved_by):
        lines.append(t("alert_was_taken", lang, name=escape(alert.taken_by_name or ""),
                       when=_when(alert.taken_at, tz)))
    if alert.status == AlertStatus.RESOLVED:
        lines.append(t("alert_resolved", lang, name=escape(alert.resolved_by_name or ""),
                       when=_when(alert.resolved_at, tz)))
        lines.append(t("alert_resolution", lang, note=escape(alert.resolution or "")))
    if alert.status == AlertStatus.OPEN:
        lines.append(_call(department, lang))
    return "\n".join(lines)


def alert_buttons(alert: Alert, lang: str) -> InlineKeyboardMarkup | None:
    """"Take it" while nobody has, "Resolved" until someone has."""
    actions = {AlertStatus.OPEN: (AlertAction.TAKE, AlertAction.RESOLVE),
               AlertStatus.TAKEN: (AlertAction.RESOLVE,)}.get(alert.status, ())
    if not actions:
        return None
    labels = {AlertAction.TAKE: "button_take", AlertAction.RESOLVE: "button_resolve"}
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(t(labels[a], lang), callback_data=AlertTap(a, alert.id).encode())
        for a in actions]])


def client_lines(alert: Alert, lang: str, tz: ZoneInfo) -> list[str]:
    """Who the client is and which delivery it is about (a ping and a lead share them)."""
    delivery = alert.survey.delivery
    client = delivery.client
    manager = manager_of(delivery)
    lines = [t("alert_client", lang, name=escape(client.name), ref=escape(client.external_id))]
    if client.phone:
        lines.append(t("alert_phone", lang, phone=escape(client.phone)))
    date = delivery.delivered_at.astimezone(tz).strftime("%d.%m.%Y")
    lines.append(t("alert_delivery", lang, ref=escape(delivery.reference), date=date))
    if delivery.order_ref:
        lines.append(t("alert_order", lang, order=escape(delivery.order_ref)))
    lines.append(t("alert_manager", lang, manager=escape(manager.name)) if manager
                 else t("alert_no_manager", lang))
    return lines


def department_name(department: Department, lang: str) -> str:
    """The department's name in `lang`; Russian where no English one is given."""
    return department.name_en if lang == "en" and department.name_en else department.name_ru


def score_text(alert: Alert, question: Question, lang: str) -> str:
    if question.kind in (Kind.SCALE5, Kind.NPS) and alert.score is not None:
        return t("score_of", lang, value=alert.score, top=max(question.scale()))
    for option in question.choices():
        if option.key == alert.choice:
            return option.label(lang)
    return str(alert.choice or alert.score)


def mention(user_id: int, name: str) -> str:
    """A link that notifies the person in the staff chat."""
    return f'<a href="tg://user?id={user_id}">{escape(name)}</a>'


def head_mention(department: Department, lang: str) -> str | None:
    if department.head_user_id is None:
        return None
    name = department.head_name or t("alert_head_role", lang,
                                     department=department_name(department, lang))
    return mention(department.head_user_id, name)


def _call(department: Department, lang: str) -> str:
    head = head_mention(department, lang)
    if head is None:
        return t("alert_no_head", lang, code=department.code)
    return t("alert_call", lang, mention=head)


def _when(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%d.%m %H:%M") if moment else ""
