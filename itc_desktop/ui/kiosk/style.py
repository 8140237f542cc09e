"""The kiosk's look: large type, touch-sized controls, the center's blue and orange.
Sized to fit a 1366×768 lobby screen; larger screens get more air around the same controls."""

from __future__ import annotations

from itc_desktop.ui.kiosk.widgets import BLUE, ORANGE

STYLE = f"""
QWidget#kiosk {{ background: #f4f6f9; }}
QFrame#kioskHeader {{ background: {BLUE}; }}
QFrame#kioskHeader QLabel {{ color: white; }}
QLabel#kioskCenter {{ font-size: 18pt; font-weight: bold; }}
QPushButton#kioskLanguage {{
    color: white; background: transparent; border: 2px solid white; border-radius: 10px;
    padding: 6px 16px; font-size: 15pt; min-height: 44px; min-width: 96px;
}}
QPushButton#kioskLanguage:checked {{ background: white; color: {BLUE}; }}
QLabel#kioskTitle {{ font-size: 25pt; font-weight: bold; color: {BLUE}; }}
QLabel#kioskHint {{ font-size: 15pt; color: #33414e; }}
QLabel#kioskFieldLabel {{ font-size: 15pt; font-weight: bold; color: #33414e; }}
QLineEdit {{
    font-size: 22pt; padding: 4px 14px; min-height: 52px; border: 2px solid {BLUE};
    border-radius: 10px; background: white;
}}
QLineEdit:disabled {{ background: #e5e8ec; border-color: #b8c0c8; }}
QPushButton#kioskKey {{
    font-size: 24pt; font-weight: bold; background: white; color: {BLUE};
    border: 2px solid #b8c0c8; border-radius: 14px;
}}
QPushButton#kioskKey:pressed {{ background: #dce6f0; }}
QPushButton#kioskKey:disabled {{ color: #b8c0c8; }}
QPushButton#kioskPrimary {{
    font-size: 19pt; font-weight: bold; color: white; background: {ORANGE}; border: none;
    border-radius: 14px; padding: 8px 32px; min-height: 56px;
}}
QPushButton#kioskPrimary:disabled {{ background: #f0c39c; }}
QPushButton#kioskSecondary {{
    font-size: 17pt; color: {BLUE}; background: white; border: 2px solid {BLUE};
    border-radius: 14px; padding: 8px 28px; min-height: 56px;
}}
QPushButton#kioskSecondary:disabled {{ color: #b8c0c8; border-color: #b8c0c8; }}
QLabel#kioskError {{
    font-size: 15pt; color: #8a1020; background: #fde8ea; border: 2px solid #e8a0a8;
    border-radius: 10px; padding: 10px 14px;
}}
QLabel#kioskReference {{ font-size: 15pt; color: #33414e; }}
QLabel#kioskJobTitle {{ font-size: 23pt; font-weight: bold; color: {BLUE}; }}
QLabel#kioskCompany {{ font-size: 17pt; color: #33414e; }}
QLabel#kioskStatus {{
    font-size: 20pt; font-weight: bold; color: white; background: {BLUE}; border-radius: 12px;
    padding: 12px 22px;
}}
QLabel#kioskFact {{ font-size: 15pt; color: #33414e; }}
QLabel#kioskFactValue {{ font-size: 15pt; font-weight: bold; color: #10202e; }}
QLabel#kioskSection {{ font-size: 17pt; font-weight: bold; color: {BLUE}; }}
QScrollArea#kioskTimeline, QWidget#kioskTimelineBox {{ background: transparent; }}
QLabel#kioskEvent {{
    font-size: 14pt; color: #10202e; background: white; border-left: 5px solid {BLUE};
    padding: 8px 12px;
}}
QLabel#kioskSmall {{ font-size: 13pt; color: #5a6773; }}
"""
