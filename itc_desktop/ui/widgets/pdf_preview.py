"""A PDF shown inside the program (QtPdf's QPdfView) with the page count, zoom, Print… and
Save as…. `print_pdf` prints a document's pages as images rendered for the printer's
resolution (at most PRINT_MAX_DPI), one page at a time, so memory stays bounded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# 600 dpi is a laser printer's own resolution; an A4 page at 600 dpi is a 139 MB image, which is
# as much as one page may cost. A printer that claims more (a PDF printer says 1200) gets 600.
PRINT_MAX_DPI = 600
ZOOM_STEP = 1.25


class PrintFailed(Exception):
    """The printer could not be started (no such printer, an unwritable output file)."""


def load_pdf(document: QPdfDocument, data: bytes) -> QBuffer:
    """Loads `data` into `document`; returns the buffer, which must live as long as the
    document shows it. Raises ValueError when the bytes are not a readable PDF."""
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        error = document.error()
        document.close()
        raise ValueError(f"not a readable PDF ({error.name})")
    return buffer


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Prints every page of `document` on `printer`, each page scaled to fit the paper (the
    report's own margins are kept: the printer's margins are not added). Returns the number
    of pages printed; raises PrintFailed when the printer cannot start."""
    printer.setFullPage(True)
    dpi = min(printer.resolution(), PRINT_MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.outputFileName() or printer.printerName())
    try:
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, pixels)
            scale = min(paper.width() / pixels.width(), paper.height() / pixels.height())
            size = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
            size.moveCenter(paper.center())
            painter.drawImage(size, image)
    finally:
        painter.end()
    return document.pageCount()


class PdfPreview(QWidget):
    """Shows PDF bytes (`show_pdf`); Print… and Save as… act on exactly those bytes.
    `printed(pages)` and `saved(path)` report what was done; `failed(message)` a problem."""

    printed = Signal(int)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data = b""
        self._file_name = "report.pdf"
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)

        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageLabel")
        self.fit_button = self._tool(self.tr("Fit width"), self.on_fit_width)
        self.zoom_out_button = self._tool("−", self.on_zoom_out)
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_in_button = self._tool("+", self.on_zoom_in)
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.on_print)
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.on_save)
        self.tools = QHBoxLayout()
        self.tools.setContentsMargins(0, 0, 0, 0)
        self.tools.addWidget(self.page_label)
        self.tools.addStretch(1)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            self.tools.addWidget(widget)
        self.tools.addSpacing(12)
        self.tools.addWidget(self.print_button)
        self.tools.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.view, 1)
        self.clear()

    def _tool(self, text: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.clicked.connect(slot)
        return button

    # -- content -----------------------------------------------------------------------------

    def show_pdf(self, data: bytes, file_name: str) -> None:
        """Shows the PDF; `file_name` is what Save as… proposes. ValueError when unreadable
        (the preview is then empty)."""
        self.clear()
        self._buffer = load_pdf(self.document, data)
        self._data = data
        self._file_name = file_name
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._set_enabled(True)
        self._show_page_number(0)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._data = b""
        self._set_enabled(False)
        self.page_label.setText(self.tr("Nothing to preview yet."))

    def pdf_bytes(self) -> bytes:
        return self._data

    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.print_button,
            self.save_button,
            self.fit_button,
            self.zoom_in_button,
            self.zoom_out_button,
        ):
            widget.setEnabled(enabled)

    @Slot(int)
    def _show_page_number(self, page: int) -> None:
        if self._data:
            self.page_label.setText(
                self.tr("Page {page} of {count}").format(page=page + 1, count=self.page_count())
            )

    # -- zoom ----------------------------------------------------------------------------------

    @Slot()
    def on_fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom and self.page_count():
            # Fit-to-width: start from the factor that is shown now.
            width = self.document.pagePointSize(0).width() * self.logicalDpiX() / 72
            current = max(0.1, self.view.viewport().width() / max(1.0, width))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, current * factor)))

    @Slot()
    def on_zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    @Slot()
    def on_zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    # -- print and save ----------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._file_name).stem)
        printer.setFromTo(1, self.page_count())
        return printer

    def choose_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {name}").format(name=self._file_name))
        return dialog.exec() == QDialog.DialogCode.Accepted

    @Slot()
    def on_print(self) -> None:
        if not self._data:
            return
        printer = self.make_printer()
        if not self.choose_printer(printer):
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Prints the shown PDF on `printer` (pages at printer resolution); 0 when it failed."""
        # Printing runs on the UI thread: a QPrinter belongs to the thread that paints on it.
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_pdf(self.document, printer)
        except PrintFailed as error:
            self.failed.emit(self.tr("The printer {name} could not be started.").format(name=error))
            return 0
        finally:
            self.unsetCursor()
        self.printed.emit(pages)
        return pages

    def choose_save_path(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the PDF as"), self._file_name, self.tr("PDF (*.pdf)")
        )
        return path

    @Slot()
    def on_save(self) -> None:
        if not self._data:
            return
        path = self.choose_save_path()
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Writes the shown PDF's exact bytes to `path`."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self._data)
        except OSError as error:
            self.failed.emit(
                self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self.saved.emit(str(path))
        return True
