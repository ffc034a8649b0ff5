#pragma once

#include <QString>
#include <QUndoCommand>

namespace vigia {

class RecordEditor;

// One change of one answer in the record editor's history. Typing in the
// same field merges into one step, so undo takes back a word or a sentence
// rather than a letter.
class RecordEditCommand : public QUndoCommand
{
public:
    static constexpr int kId = 0x5245; // "RE"

    RecordEditCommand(RecordEditor &editor, QString path, QString before, QString after);

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    RecordEditor &m_editor;
    QString m_path;
    QString m_before;
    QString m_after;
    // The first redo() happens as the edit is pushed: the widget already
    // shows the new value.
    bool m_pushed = false;
};

} // namespace vigia
