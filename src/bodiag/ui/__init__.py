"""The desktop app (PySide6). The only package of bodiag that may import Qt.

Views lay widgets out; presenters (``presenters/``, plain Python) hold the
behaviour and call :mod:`bodiag.services`, so tests drive them without a window.
"""
