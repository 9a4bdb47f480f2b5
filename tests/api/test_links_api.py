"""The CRM asks for a client's deep link and a QR code of it to print on the delivery note."""

from __future__ import annotations

import io
from urllib.parse import quote

import zxingcpp
from PIL import Image

from ..e2e.steps import shows
from .test_deliveries_api import delivery, token_of


def decoded(png: bytes) -> list[str]:
    """What a phone's camera reads in the picture."""
    return [code.text for code in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


async def test_the_link_and_its_qr_code_lead_the_client_to_the_bot(tzk, api):
    # the CRM's own id, slashes and Cyrillic included
    recorded = (await api.post("/api/v1/deliveries", json=delivery(client_id="К/17-Ромашка"))).json()
    assert recorded["client"]["qr"] == f"/api/v1/clients/{quote('К/17-Ромашка', safe='')}/link.png"
    assert (await api.get("/api/v1/clients/К/17/link")).status_code == 404

    link = await api.get(f"/api/v1/clients/{quote('К/17-Ромашка', safe='')}/link")
    assert link.status_code == 200, link.text
    body = link.json()
    assert body["link"] == recorded["client"]["link"] and body["linked"] is False

    png = await api.get(body["qr"])
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    assert decoded(png.content) == [body["link"]]

    irina = await tzk.sb.user("Ирина", language_code="ru")
    await tzk.sb.start(irina.id, token_of(decoded(png.content)[0]))
    await shows(tzk, irina.id, "Здравствуйте")
    assert (await api.get(body["qr"].removesuffix(".png"))).json()["linked"] is True
