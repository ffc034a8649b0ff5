#include "ui/records/RepeatInstanceCommand.h"

#include "ui/records/RecordDocument.h"

#include <QCoreApplication>

namespace vigia {

RepeatInstanceCommand::RepeatInstanceCommand(RecordDocument &document, QString repeat, int number,
                                             bool adding)
    : m_document(document)
    , m_repeat(std::move(repeat))
    , m_number(number)
    , m_adding(adding)
{
    setText(
        adding ? QCoreApplication::translate("vigia::RepeatInstanceCommand", "Add %1").arg(m_repeat)
               : QCoreApplication::translate("vigia::RepeatInstanceCommand", "Remove %1")
                     .arg(QStringLiteral("%1[%2]").arg(m_repeat).arg(number)));
}

RepeatInstanceCommand *RepeatInstanceCommand::add(RecordDocument &document, const QString &repeat)
{
    return new RepeatInstanceCommand(document, repeat, 0, true);
}

RepeatInstanceCommand *RepeatInstanceCommand::remove(RecordDocument &document,
                                                     const QString &repeat, int number)
{
    return new RepeatInstanceCommand(document, repeat, number, false);
}

void RepeatInstanceCommand::redo()
{
    if (!m_document.isLoaded())
        return;
    if (m_adding) {
        if (const int number = m_document.appendInstance(m_repeat); number > 0)
            m_number = number;
        return;
    }
    m_saved = save();
    (void)m_document.dropInstance(m_repeat, m_number);
}

void RepeatInstanceCommand::undo()
{
    if (!m_document.isLoaded())
        return;
    if (m_adding)
        (void)m_document.dropInstance(m_repeat, m_number);
    else
        m_document.restoreInstances(m_repeat, m_number, m_saved.counts, m_saved.answers);
}

RepeatInstanceCommand::Saved RepeatInstanceCommand::save() const
{
    Saved saved;
    saved.counts = m_document.draft().instanceCounts(m_repeat);
    const QString prefix = m_repeat + QLatin1Char('[');
    const FormSession &session = m_document.session();
    for (const QString &path : session.fieldPaths()) {
        if (path.startsWith(prefix))
            saved.answers.insert(path, session.text(path));
    }
    return saved;
}

} // namespace vigia
