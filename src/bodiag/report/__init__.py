"""The PDF diagnostic report. ``geometry`` is pure Python and shared with the desktop app's charts."""
