// The record editor's history panel: its button, the key and the context
// menu that open it on one answer.
#include "ui/records/RecordEditor.h"

#include "ui/common/KeyBindings.h"
#include "ui/fields/RecordField.h"
#include "ui/records/RecordHistoryPanel.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>

#include <algorithm>

namespace vigia {

void RecordEditor::buildHistory(Workspace &ws, const QUuid &id)
{
    m_history = new RecordHistoryPanel(ws, id, m_body);
    m_history->hide();
    connect(m_historyButton, &QPushButton::toggled, m_history, &QWidget::setVisible);
    // Saving or finalizing adds changes: a shown history follows them.
    connect(m_document, &RecordDocument::saved, m_history, &RecordHistoryPanel::invalidate);
    connect(m_document, &RecordDocument::statusChanged, m_history, &RecordHistoryPanel::invalidate);
    auto *key = new QAction(this);
    key->setShortcut(keys::answerHistory());
    key->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QAction::triggered, this, [this] { showHistory(currentField()); });
    addAction(key);
}

void RecordEditor::showHistory(const QString &field)
{
    const bool opening = !m_history->isVisibleTo(this);
    m_historyButton->setChecked(true); // shows the panel
    m_history->showField(field);
    if (!opening)
        return;
    // Its table needs room beside the form: two fifths of the width, taken
    // from the form (which keeps its minimum).
    QList<int> sizes = m_body->sizes();
    const int index = m_body->indexOf(m_history);
    const int want = std::max(sizes.at(index), m_body->width() * 2 / 5);
    sizes[0] = std::max(kFormMinWidth, sizes.at(0) - (want - sizes.at(index)));
    sizes[index] = want;
    m_body->setSizes(sizes);
}

RecordField *RecordEditor::fieldOf(const QWidget *widget) const
{
    for (RecordField *field : m_order) {
        if (widget && (field == widget || field->isAncestorOf(widget)))
            return field;
    }
    return nullptr;
}

void RecordEditor::contextMenuEvent(QContextMenuEvent *event)
{
    // Reached from an answer's question or margins (inputs keep their own
    // menus; Ctrl+Shift+H works from inside them).
    RecordField *field = fieldOf(childAt(event->pos()));
    if (!field) {
        QWidget::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    const QString path = field->path();
    QAction *history = menu.addAction(tr("History of this answer…"));
    history->setShortcut(keys::answerHistory());
    connect(history, &QAction::triggered, this, [this, path] { showHistory(path); });
    menu.exec(event->globalPos());
}

void RecordEditor::retranslateHistory()
{
    m_historyButton->setText(tr("Histor&y"));
    m_historyButton->setToolTip(
        tr("Show or hide every change of this record: who, when and through which bundle (%1 "
           "for the answer with the focus)")
            .arg(keys::answerHistory().toString(QKeySequence::NativeText)));
}

} // namespace vigia
