"""The desktop app (PySide6). The only package of bodiag that may import Qt.

Views lay widgets out; presenters (``presenters/``, plain Python) hold the
behaviour and call :mod:`bodiag.services`, so tests drive them without a window.

May import: :mod:`bodiag.services`, :mod:`bodiag.domain` (the records services
hand out), :mod:`bodiag.errors`, :mod:`bodiag.paths` and PySide6 — never storage
or the report directly.
"""
