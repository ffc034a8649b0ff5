#include "RepeatInstanceCommand.h"

#include "RecordEditor.h"
#include "RepeatSection.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigia {

namespace {
QString instanceOf(const QString &repeat, int number)
{
    return QStringLiteral("%1[%2]").arg(repeat).arg(number);
}
} // namespace

RepeatInstanceCommand::RepeatInstanceCommand(RecordEditor &editor, QString repeat, int number,
                                             bool adding)
    : m_editor(editor)
    , m_repeat(std::move(repeat))
    , m_number(number)
    , m_adding(adding)
{
    setText(
        adding ? QCoreApplication::translate("vigia::RepeatInstanceCommand", "Add %1").arg(m_repeat)
               : QCoreApplication::translate("vigia::RepeatInstanceCommand", "Remove %1")
                     .arg(instanceOf(m_repeat, number)));
}

RepeatInstanceCommand *RepeatInstanceCommand::add(RecordEditor &editor, const QString &repeat)
{
    return new RepeatInstanceCommand(editor, repeat, 0, true);
}

RepeatInstanceCommand *RepeatInstanceCommand::remove(RecordEditor &editor, const QString &repeat,
                                                     int number)
{
    return new RepeatInstanceCommand(editor, repeat, number, false);
}

void RepeatInstanceCommand::redo()
{
    FormSession *session = m_editor.session();
    if (!session)
        return;
    if (m_adding) {
        auto added = session->addInstance(m_repeat);
        if (!added)
            return;
        m_number = session->instanceCount(m_repeat);
    } else {
        m_saved = save();
        if (!session->removeInstance(instanceOf(m_repeat, m_number)))
            return;
    }
    m_editor.instancesChanged(m_repeat, m_number);
}

void RepeatInstanceCommand::undo()
{
    FormSession *session = m_editor.session();
    if (!session)
        return;
    if (m_adding) {
        if (!session->removeInstance(instanceOf(m_repeat, m_number)))
            return;
    } else {
        restore(m_saved);
    }
    m_editor.instancesChanged(m_repeat, m_number);
}

RepeatInstanceCommand::Saved RepeatInstanceCommand::save() const
{
    const FormSession &session = *m_editor.session();
    Saved saved;
    saved.counts = RepeatSection::instanceCountsUnder(session, m_editor.form(), m_repeat);
    const QString prefix = m_repeat + QLatin1Char('[');
    for (const QString &path : session.fieldPaths()) {
        if (path.startsWith(prefix))
            saved.answers.insert(path, session.text(path));
    }
    return saved;
}

void RepeatInstanceCommand::restore(const Saved &saved)
{
    FormSession &session = *m_editor.session();
    // Outer repeats first: an inner repeat only exists once its instance does.
    QStringList repeats = saved.counts.keys();
    std::stable_sort(repeats.begin(), repeats.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'));
    });
    for (const QString &repeat : std::as_const(repeats)) {
        const int target = saved.counts.value(repeat);
        while (session.instanceCount(repeat) < target) {
            if (!session.addInstance(repeat))
                break;
        }
        while (session.instanceCount(repeat) > target) {
            if (!session.removeInstance(instanceOf(repeat, session.instanceCount(repeat))))
                break;
        }
    }
    // Calculated and read-only answers are refused here and follow on their own.
    for (auto it = saved.answers.cbegin(); it != saved.answers.cend(); ++it)
        (void)session.setValue(it.key(), it.value());
}

} // namespace vigia
