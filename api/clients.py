"""/api/v1/clients/{id}/link: the client's deep link, and a QR code of it to print."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response

from bot.links import ClientLink, client_link, qr_png
from bot.runtime import Runtime

from .deps import Rt
from .schemas import ClientLinkOut, IdInPath, Problem
from .views import qr_path

router = APIRouter(prefix="/clients", tags=["clients"])


async def _link(rt: Runtime, client_id: str) -> ClientLink:
    found = await client_link(rt, client_id)
    if found is None:
        raise HTTPException(404, f"no client {client_id}")
    return found


@router.get("/{client_id:path}/link", response_model=ClientLinkOut, responses={404: {"model": Problem}})
async def link(client_id: IdInPath, rt: Rt) -> ClientLinkOut:
    """The deep link the client opens once to link their Telegram, and whether they have."""
    found = await _link(rt, client_id)
    return ClientLinkOut(client_id=found.client_id, linked=found.linked, link=found.url,
                         qr=qr_path(found.client_id))


@router.get("/{client_id:path}/link.png", response_class=Response,
            responses={200: {"content": {"image/png": {}}}, 404: {"model": Problem}})
async def link_qr(client_id: IdInPath, rt: Rt) -> Response:
    """A QR code of the deep link, as PNG, for the delivery note."""
    found = await _link(rt, client_id)
    return Response(qr_png(found.url), media_type="image/png")
