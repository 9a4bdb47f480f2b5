"""A client's deep link, for the CRM and the delivery note: as text, and as a QR code to print."""

from __future__ import annotations

import io
from dataclasses import dataclass

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from qrcode.image.pil import PilImage

from storage import clients

from .intake import bot_username, deep_link
from .runtime import Runtime


@dataclass(frozen=True)
class ClientLink:
    client_id: str
    url: str
    linked: bool  # the client has opened the bot already
    named: bool  # the bot's username is known (else the link holds a placeholder for it)


async def client_link(rt: Runtime, external_id: str) -> ClientLink | None:
    """The deep link of the client the CRM knows as `external_id`, or None if there is none."""
    async with rt.db.session() as session:
        found = await clients.by_external_id(session, external_id)
    if found is None:
        return None
    username = await bot_username(rt)
    url = deep_link(username, found.link_token)
    return ClientLink(found.external_id, url, found.chat_id is not None, username is not None)


def qr_png(text: str) -> bytes:
    """A PNG of a QR code of `text`, sharp enough to print on a delivery note and scan back."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=8, border=4,
                         image_factory=PilImage)
    code.add_data(text)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()
