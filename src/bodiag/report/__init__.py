"""The PDF diagnostic report.

``geometry`` (the radar shared with the desktop app), ``i18n``, ``markup``,
``data`` and ``extras`` (workshop, evolution and recorded actions) are pure
Python; the other modules draw with reportlab and are only imported when a
report is made (``bodiag.services.report_export``): ``fonts`` and ``styles``
(the look), ``charts``, ``cover``, ``summary``, ``evolution``, ``workshop``,
``sections``, ``plan``, ``appendix``, ``document`` (pages, contents, bookmarks,
footers) and ``compose`` (the whole report, in reading order).
"""
