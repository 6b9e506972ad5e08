"""Use cases that the command line and the desktop app both call.

May import: :mod:`bodiag.storage`, :mod:`bodiag.report` (to render the content it
builds), :mod:`bodiag.domain`, :mod:`bodiag.errors`, :mod:`bodiag.paths`. Never the
command line or the app. Services hand out typed records (:mod:`bodiag.domain.records`,
:mod:`bodiag.domain.report_content`) that each face shows in its own way.
"""
