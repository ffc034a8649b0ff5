#pragma once

#include <QString>
#include <QUndoCommand>

namespace vigia {

class RecordDocument;

// One change of one answer in a record's history. Typing in the same field
// merges into one step, so undo takes back a word or a sentence rather than
// a letter.
class RecordEditCommand : public QUndoCommand
{
public:
    static constexpr int kId = 0x5245; // "RE"

    RecordEditCommand(RecordDocument &document, QString path, QString before, QString after);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    RecordDocument &m_document;
    QString m_path;
    QString m_before;
    QString m_after;
};

} // namespace vigia
