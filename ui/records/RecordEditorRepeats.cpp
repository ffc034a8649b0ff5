// RecordEditor, continued: repeats (a card per instance, asking the
// document to add and remove them, rebuilding the cards that moved). Kept
// apart so that RecordEditor.cpp stays readable in one sitting.
#include "ui/records/RecordEditor.h"

#include "forms/FormPath.h"
#include "ui/common/MessageBox.h"
#include "ui/fields/RecordField.h"
#include "ui/records/RepeatSection.h"

#include <QGroupBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace vigia {

RepeatSection *RecordEditor::repeatSection(const QString &address) const
{
    for (RepeatSection *section : m_repeats) {
        if (section->address() == address)
            return section;
    }
    return nullptr;
}

QString RecordEditor::instanceContext(const QString &path) const
{
    const QList<FormPath::Step> steps = FormPath::parse(path);
    QStringList parts;
    QString address;
    for (const FormPath::Step &step : steps) {
        if (step.index == 0)
            break;
        address += step.name;
        if (const RepeatSection *section = repeatSection(address))
            parts.append(section->cardTitle(step.index));
        address += QStringLiteral("[%1]/").arg(step.index);
    }
    return parts.join(QStringLiteral(", "));
}

bool RecordEditor::syncRepeats(const QString &repeat, int first)
{
    QString forced = repeat;
    bool changed = false;
    // Rebuilding a card drops the repeats nested in it, so look again after
    // each rebuild; outer sections come first and take their inner ones along.
    for (;;) {
        RepeatSection *stale = nullptr;
        int from = 0;
        for (RepeatSection *section : m_formWidget->findChildren<RepeatSection *>()) {
            const int count = session().instanceCount(section->address());
            if (section->address() == forced) {
                stale = section;
                from = first;
                break;
            }
            if (count != section->count()) {
                stale = section;
                from = std::min(count, section->count()) + 1;
                break;
            }
        }
        if (!stale)
            break;
        if (stale->address() == forced)
            forced.clear();
        stale->rebuild(session().instanceCount(stale->address()), from);
        changed = true;
    }
    if (!changed)
        return false;
    const QSet<RecordField *> before(m_order.cbegin(), m_order.cend());
    collectWidgets();
    QStringList all;
    for (RecordField *field : std::as_const(m_order)) {
        if (!before.contains(field))
            field->setValue(session().text(field->path()));
        all.append(field->path());
    }
    showTexts();
    for (RepeatSection *section : std::as_const(m_repeats))
        section->setEditable(isDraft());
    refreshStates(all);
    updateTabOrder();
    return true;
}

void RecordEditor::updateRepeats()
{
    for (RepeatSection *section : std::as_const(m_repeats)) {
        bool any = false;
        for (int number = 1; number <= section->count(); ++number) {
            const bool relevant = session().isRelevant(section->instanceAddress(number));
            section->setInstanceRelevant(number, relevant);
            any = any || relevant;
        }
        // Without instances the engine cannot tell the repeat's relevance
        // (it is decided per instance): the Add button stays offered.
        section->setVisible(section->count() == 0 || any);
    }
}

void RecordEditor::requestAdd(const QString &repeat)
{
    if (!isLoaded() || !isDraft())
        return;
    m_document->addInstance(repeat);
    RepeatSection *section = repeatSection(repeat);
    QGroupBox *card = section ? section->card(section->count()) : nullptr;
    if (!card)
        return;
    for (RecordField *field : card->findChildren<RecordField *>()) {
        QWidget *target = field->focusTarget();
        if (field->isHidden() || !target || !target->isEnabled())
            continue;
        target->setFocus(Qt::OtherFocusReason);
        break;
    }
    // The card gets its place once the layout has run.
    QTimer::singleShot(0, this, [this, card = QPointer<QGroupBox>(card)] {
        if (card)
            m_scroll->ensureWidgetVisible(card);
    });
}

bool RecordEditor::holdsAnswers(const QString &instance) const
{
    const QString prefix = instance + QLatin1Char('/');
    for (const QString &path : session().fieldPaths()) {
        if (!path.startsWith(prefix))
            continue;
        const FormRow *row = m_document->draft().rowOf(path);
        if (!row || !row->calculation().isEmpty() ||
            row->type().kind() == FormType::Kind::Calculate)
            continue;
        // What the form filled in by itself is not the person's work.
        const QString text = session().text(path);
        if (!text.isEmpty() && text != row->defaultValue())
            return true;
    }
    return false;
}

void RecordEditor::requestRemove(const QString &instance)
{
    if (!isLoaded() || !isDraft())
        return;
    const qsizetype bracket = instance.lastIndexOf(QLatin1Char('['));
    const QList<FormPath::Step> steps = FormPath::parse(instance);
    if (bracket <= 0 || steps.isEmpty() || steps.last().index == 0)
        return;
    const QString repeat = instance.left(bracket);
    const int number = steps.last().index;
    RepeatSection *section = repeatSection(repeat);
    if (!section)
        return;
    if (holdsAnswers(instance)) {
        const QString title = section->cardTitle(number);
        QMessageBox box(QMessageBox::Question, tr("Remove %1?").arg(title),
                        tr("%1 holds answers. Remove the card with its answers? Undo (Ctrl+Z) "
                           "brings them back.")
                            .arg(title),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmRemoveInstance"));
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        if (MessageBox::exec(box) != remove)
            return;
    }
    m_document->removeInstance(repeat, number);
    if (RepeatSection *now = repeatSection(repeat)) {
        if (now->addButton()->isVisibleTo(this))
            now->addButton()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace vigia
