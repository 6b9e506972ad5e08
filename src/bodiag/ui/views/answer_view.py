"""Answering: the section tree with progress on the left, the current question on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodiag.domain.model import Section
from bodiag.ui import defs, theme
from bodiag.ui.context import AppContext
from bodiag.ui.presenters.answering import AnsweringPresenter
from bodiag.ui.presenters.frozen_answers import FrozenAnswers
from bodiag.ui.views.question_pane import QuestionPane
from bodiag.ui.i18n import tr
from bodiag.ui.safe_text import tooltip

QUESTION_ROLE = Qt.ItemDataRole.UserRole
STATUS_MARK = {"answered": "●", "unanswered": "○", "na": "–", "dk": "?", "hidden": ""}



class AnswerView(QWidget):
    def __init__(self, context: AppContext, presenter: AnsweringPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.presenter = presenter
        self.lang = context.language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.frozen = FrozenAnswers(context.prompter, presenter, self.lang)
        self._build_frozen_banner(layout)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(defs.SPACING, defs.SPACING, 0, defs.SPACING)
        self.progress = QProgressBar(left)
        self.progress.setObjectName("OverallProgress")
        self.progress.setTextVisible(True)
        self.search = QLineEdit(left)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: presenter.set_filter(search=text))
        self.unanswered_only = QCheckBox(left)
        self.unanswered_only.toggled.connect(lambda on: presenter.set_filter(unanswered_only=on))
        self.tree = QTreeWidget(left)
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(defs.PANE_MIN_WIDTH)
        self.tree.currentItemChanged.connect(self._tree_selected)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.unanswered_only)
        left_layout.addWidget(self.tree, 1)

        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.pane = QuestionPane(presenter, self.lang, right)
        right_layout.addWidget(self.pane, 1)
        right_layout.addWidget(self.pane.nav_bar)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 900])
        layout.addWidget(self.splitter, 1)

        self._section_items: dict[str, QTreeWidgetItem] = {}
        self._question_items: dict[str, QTreeWidgetItem] = {}
        self._drawn: dict[QTreeWidgetItem, tuple] = {}  # what each row shows, to touch only the rows that change
        self._syncing = False
        self._drawn_for: tuple | None = None  # what the banner, the progress and the rows were drawn for
        self._build_tree()
        # reading order: the progress, the search, the filter, the tree, then the question (see QuestionPane)
        QWidget.setTabOrder(self.search, self.unanswered_only)
        QWidget.setTabOrder(self.unanswered_only, self.tree)
        QWidget.setTabOrder(self.tree, self.pane.help_toggle)
        self._shortcuts()
        self.retranslate()
        presenter.subscribe(self.refresh)
        self.refresh()

    def _build_frozen_banner(self, layout: QVBoxLayout) -> None:
        """Said before anything is typed: a final version of the report froze the answers, and how to re-open it."""
        self.frozen_banner = QWidget(self)
        self.frozen_banner.setObjectName("FrozenBanner")
        theme.notice(self.frozen_banner)
        row = QHBoxLayout(self.frozen_banner)
        row.setContentsMargins(12, 6, defs.MARGIN, 6)
        self.frozen_text = QLabel(self.frozen_banner)
        self.frozen_text.setWordWrap(True)
        self.frozen_text.setTextFormat(Qt.TextFormat.PlainText)
        self.reopen_button = QPushButton(self.frozen_banner)
        self.reopen_button.clicked.connect(self.frozen.reopen)
        row.addWidget(self.frozen_text, 1)
        row.addWidget(self.reopen_button)
        self.frozen_banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.frozen_banner)

    def retranslate(self) -> None:
        self.reopen_button.setText(tr("Re-open…"))
        self.reopen_button.setToolTip(tr("Re-open the final report, for a reason that is recorded"))
        self.frozen_banner.setAccessibleName(tr("Frozen answers"))
        self.search.setPlaceholderText(tr("Search the questions (Ctrl+F)"))
        self.search.setAccessibleName(tr("Search the questions"))
        self.unanswered_only.setText(tr("Unanswered questions only"))
        self.tree.setAccessibleName(tr("Sections and questions"))
        self.pane.retranslate()

    def _shortcuts(self) -> None:
        def add(keys: str, slot) -> None:  # noqa: ANN001
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._answer_shortcuts.append(shortcut)

        self._answer_shortcuts: list[QShortcut] = []  # off while the answers are frozen
        for digit in range(1, 10):
            add(str(digit), lambda n=digit: self._level(n))
        add("N", lambda: self.pane.answer("na"))
        add("?", lambda: self.pane.answer("dk"))
        add("Shift+?", lambda: self.pane.answer("dk"))
        # Next, previous and find are the main window's actions (shown in its menus).

    def _level(self, number: int) -> None:
        self.pane.run(lambda: self.presenter.choose_level(number))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- tree -----------------------------------------------------------------------

    def _build_tree(self) -> None:
        self.tree.clear()
        self._drawn = {}
        for section in self.presenter.questionnaire.sections:
            self.tree.addTopLevelItem(self._section_item(section))
        self.tree.expandAll()

    def _section_item(self, section: Section) -> QTreeWidgetItem:
        item = QTreeWidgetItem([section.title.get(self.lang)])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self._section_items[section.id] = item
        for question in section.questions:
            child = QTreeWidgetItem([question.text.get(self.lang)])
            child.setData(0, QUESTION_ROLE, question.id)
            child.setToolTip(0, tooltip(question.text.get(self.lang)))
            self._question_items[question.id] = child
            item.addChild(child)
        for sub in section.sections:
            item.addChild(self._section_item(sub))
        return item

    def refresh(self) -> None:
        p = self.presenter
        drawn_for = (p.shown_key(), p.can_change)
        if drawn_for != self._drawn_for:  # else only the current question moved: the rest shows the same
            self._drawn_for = drawn_for
            self._show_frozen()
            self._show_progress()
            self._show_rows()
        current = self._question_items.get(p.current_id or "")
        if current is not None and self.tree.currentItem() is not current:
            self._syncing = True
            self.tree.setCurrentItem(current)
            self._reveal(current)
            self._syncing = False

    def _show_progress(self) -> None:
        answered, applicable = self.presenter.overall_progress()
        self.progress.setRange(0, max(applicable, 1))
        self.progress.setValue(answered)
        progress_text = tr("%1 of %2 questions answered").replace("%1", str(answered)).replace("%2", str(applicable))
        self.progress.setFormat(progress_text)
        self.progress.setAccessibleName(tr("Overall progress"))
        self.progress.setAccessibleDescription(progress_text)

    def _show_rows(self) -> None:
        p = self.presenter
        shown = {q.id for q in p.questions()}
        # Only the rows whose text or visibility changed are touched: moving to the next question
        # changes none of them, answering one changes its own row and its sections' counts.
        drawn = self._drawn
        accessible_form = tr("%1: %2 of %3 answered")
        for section_id, item in self._section_items.items():
            answered, applicable = p.progress(section_id)
            title = p.questionnaire.sections_by_id[section_id].title.get(self.lang)
            state = (f"{title}   {answered}/{applicable}" if applicable else title,
                     accessible_form.replace("%1", title).replace("%2", str(answered)).replace("%3", str(applicable)))
            if drawn.get(item) != state:
                drawn[item] = state
                item.setText(0, state[0])
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, state[1])
        for question_id, item in self._question_items.items():
            status = p.result.questions[question_id].status
            mark = "✱" if p.is_unsaved(question_id) else STATUS_MARK.get(status, "")
            state = (f"{mark}  {p.questionnaire.questions_by_id[question_id].text.get(self.lang)}", question_id not in shown)
            if drawn.get(item) != state:
                drawn[item] = state
                item.setText(0, state[0])
                item.setHidden(state[1])
        for item in reversed(self._section_items.values()):  # subsections before their parents
            hidden = not _has_visible_child(item)
            if item.isHidden() != hidden:
                item.setHidden(hidden)

    def _show_frozen(self) -> None:
        frozen = self.frozen.shown
        self.frozen_banner.setVisible(frozen)
        if frozen:
            self.frozen_text.setText(self.frozen.text())
            self.reopen_button.setVisible(self.frozen.can_reopen)
        can_change = self.presenter.can_change
        for shortcut in self._answer_shortcuts:
            shortcut.setEnabled(can_change)

    def _reveal(self, item: QTreeWidgetItem) -> None:
        """Scroll the tree to ``item``; a section's first question shows its heading too."""
        self.tree.scrollToItem(_heading_above(item))
        self.tree.scrollToItem(item)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # Scrolled before the tree had its height, the current question may sit at the top with its
        # heading above it, out of sight: once laid out, scroll again.
        QTimer.singleShot(0, lambda: self.tree.currentItem() is not None and self._reveal(self.tree.currentItem()))

    def _tree_selected(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._syncing or item is None:
            return
        question_id = item.data(0, QUESTION_ROLE)
        if question_id:
            self.pane.commit_pending()
            self.presenter.go_to(question_id)


def _heading_above(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """The highest heading of which ``item`` comes first (itself if it comes after a sibling)."""
    while item.parent() is not None and item.parent().indexOfChild(item) == 0:
        item = item.parent()
    return item


def _has_visible_child(item: QTreeWidgetItem) -> bool:
    return any(not item.child(i).isHidden() for i in range(item.childCount()))
