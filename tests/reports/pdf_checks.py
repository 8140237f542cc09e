"""Reading generated PDFs back: text per page and the fonts they use."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader

BASE14 = (
    "Helvetica",
    "Times",
    "Courier",
    "Symbol",
    "ZapfDingbats",
)


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


@dataclass(frozen=True)
class UsedFont:
    name: str
    subtype: str
    embedded: bool  # a TrueType font program (/FontFile2) travels in the file


def used_fonts(data: bytes) -> list[UsedFont]:
    """Every font named in any page's resources (also inside form XObjects)."""
    found: dict[str, UsedFont] = {}

    def visit(resources: object) -> None:
        if resources is None:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            name = str(font["/BaseFont"])
            found[name] = UsedFont(name, str(font["/Subtype"]), embedded)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in reader(data).pages:
        visit(page.get("/Resources"))
    return list(found.values())


def raster_images(page: object) -> int:
    """The raster images a page shows, also inside form XObjects (the page decoration)."""

    def count(resources: object) -> int:
        if resources is None:
            return 0
        resources = resources.get_object()  # type: ignore[attr-defined]
        found = 0
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image":
                found += 1
            elif xobject.get("/Subtype") == "/Form":
                found += count(xobject.get("/Resources"))
        return found

    return count(page.get("/Resources"))  # type: ignore[attr-defined]


def assert_only_embedded_dejavu(data: bytes) -> None:
    fonts = used_fonts(data)
    assert fonts, "no fonts at all"
    for font in fonts:
        assert not any(base in font.name for base in BASE14), f"base-14 font used: {font}"
        assert "DejaVuSans" in font.name and font.embedded, f"not embedded DejaVu: {font}"
