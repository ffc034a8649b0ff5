#include "ui/records/RecordEditCommand.h"

#include "ui/records/RecordDocument.h"

#include <QCoreApplication>

namespace vigia {

RecordEditCommand::RecordEditCommand(RecordDocument &document, QString path, QString before,
                                     QString after)
    : m_document(document)
    , m_path(std::move(path))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(QCoreApplication::translate("vigia::RecordEditCommand", "Change %1").arg(m_path));
}

void RecordEditCommand::undo()
{
    // Exactly as it was: an answer stored before this session keeps its bytes.
    m_document.restoreValue(m_path, m_before);
}

void RecordEditCommand::redo()
{
    m_document.applyValue(m_path, m_after);
}

bool RecordEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const RecordEditCommand *>(other);
    if (next->m_path != m_path)
        return false;
    // Only typing merges (a letter added or taken away); a choice is a step.
    const bool typing = next->m_after.startsWith(m_after) || m_after.startsWith(next->m_after);
    if (!typing || m_after.isEmpty())
        return false;
    // A new step starts at each space or line break typed: a word at a time.
    const bool wordEnded =
        next->m_after.size() > m_after.size() &&
        (next->m_after.endsWith(QLatin1Char(' ')) || next->m_after.endsWith(QLatin1Char('\n')));
    if (wordEnded)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace vigia
