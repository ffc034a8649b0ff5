#pragma once

#include <QMap>
#include <QString>
#include <QUndoCommand>

namespace vigia {

class RecordDocument;

// Adding or removing one instance of a repeat in a record's history.
// Undoing a removal brings the instance back at its place with its answers:
// the engine can only append, so the command keeps the whole repeat's
// answers and nested instance counts from before the removal and writes
// them back.
class RepeatInstanceCommand : public QUndoCommand
{
public:
    // Appends an instance to `repeat` ("members").
    static RepeatInstanceCommand *add(RecordDocument &document, const QString &repeat);
    // Removes instance `number` (1-based) of `repeat`.
    static RepeatInstanceCommand *remove(RecordDocument &document, const QString &repeat,
                                         int number);

    void undo() override;
    void redo() override;

private:
    RepeatInstanceCommand(RecordDocument &document, QString repeat, int number, bool adding);

    // Every answer under the repeat, by address, and the number of instances
    // of the repeat and of every repeat nested in it.
    struct Saved
    {
        QMap<QString, QString> answers;
        QMap<QString, int> counts;
    };

    [[nodiscard]] Saved save() const;

    RecordDocument &m_document;
    QString m_repeat;
    int m_number;
    bool m_adding;
    Saved m_saved;
};

} // namespace vigia
