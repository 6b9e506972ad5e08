"""The PDF diagnostic report: it renders a :class:`~bodiag.domain.report_content.ReportData` it is given.

May import: :mod:`bodiag.domain`, :mod:`bodiag.errors`, :mod:`bodiag.paths` and
reportlab — never storage or services: what to show is decided by
:mod:`bodiag.services.report_content`, which builds the content.

``i18n``, ``markup`` and ``data`` (what the drawing derives from the content)
are pure Python; the other modules draw with reportlab and are only imported
when a report is made (``bodiag.services.report_export``): ``fonts`` and
``styles`` (the look), ``charts``, ``cover``, ``summary``, ``evolution``,
``workshop``, ``sections``, ``plan``, ``appendix``, ``document`` (pages,
contents, bookmarks, footers) and ``compose`` (the whole report, in reading order).
"""
