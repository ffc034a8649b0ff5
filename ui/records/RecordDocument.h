#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"
#include "forms/FormSession.h"
#include "records/RecordDraft.h"

#include <QCborValue>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

class QUndoStack;

namespace vigia {

class Workspace;

// One record open for editing in the desktop app: its RecordDraft, what the
// store holds, what changed since the last save, its status and its undo
// history. Every change goes through here (typed answers, undo and redo,
// repeat instances), and so do saving the draft, finalizing and reopening;
// views such as RecordEditor follow the signals. Not a widget: QUndoStack
// lives in QtGui, which is why this is in ui/ and not in the core.
//
// Saving is the view's call (RecordEditor autosaves half a second after
// typing stops); unsaved changes are saved when the document is destroyed.
class RecordDocument : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Save,
        Finalize,
        Reopen,
    };
    Q_ENUM(Action)

    // Reads the record and its form version; isLoaded() says whether it could.
    RecordDocument(Workspace &ws, const QUuid &id, QObject *parent = nullptr);
    ~RecordDocument() override;

    [[nodiscard]] bool isLoaded() const { return m_draft.has_value(); }
    [[nodiscard]] const QString &loadError() const { return m_loadError; }
    [[nodiscard]] const QUuid &recordId() const { return m_id; }
    [[nodiscard]] RecordStatus status() const { return m_status; }
    // A deleted record is shown, never edited.
    [[nodiscard]] bool isDeleted() const { return m_deleted; }
    [[nodiscard]] bool isDraft() const;
    [[nodiscard]] bool isFinalized() const;
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_dirty.isEmpty(); }
    // What the store held after the last load or save (no nulls).
    [[nodiscard]] const QMap<QString, QCborValue> &stored() const { return m_stored; }

    // Only while isLoaded().
    [[nodiscard]] const RecordDraft &draft() const { return *m_draft; }
    [[nodiscard]] const FormSession &session() const { return m_draft->session(); }
    [[nodiscard]] const FormDefinition &form() const { return m_draft->form(); }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    // What a person does, each an undo step. `text` is what was typed: the
    // draft stores it in its canonical spelling, and an edit that does not
    // change the answer is no step at all.
    void edit(const QString &path, const QString &text);
    void addInstance(const QString &repeat);
    void removeInstance(const QString &repeat, int number);

    // What the undo commands do (RecordEditCommand, RepeatInstanceCommand).
    // applyValue() stores `text` in its canonical spelling, restoreValue()
    // as it is (what undo brings back was an answer already).
    void applyValue(const QString &path, const QString &text);
    void restoreValue(const QString &path, const QString &text);
    // Appends an instance; its number, or 0 when refused.
    [[nodiscard]] int appendInstance(const QString &repeat);
    [[nodiscard]] bool dropInstance(const QString &repeat, int number);
    // Brings the instances of `repeat` back to `counts` (nested repeats
    // included) and puts `answers` back as they were; `number` is the first
    // instance that changed.
    void restoreInstances(const QString &repeat, int number, const QMap<QString, int> &counts,
                          const QMap<QString, QString> &answers);

    // Writes what is not saved yet; the error (also emitted as error()) when
    // it failed.
    Status save();
    // Saves, then, when nothing is wrong with the record (validateAll), writes
    // the finalized values and finalizes it. The history is cleared.
    bool finalize();
    bool reopen();

    struct TextAnswer
    {
        QString field;
        QString label;
        QString text;
    };
    // The stored answers that are text, with their labels: what may be
    // removed everywhere.
    [[nodiscard]] QList<TextAnswer> textAnswers() const;
    // Saves, then removes `field`'s answer from every version of it
    // (RecordRedaction) and stores `text` in its place (empty: no answer).
    // The undo history is cleared, since it holds the old text.
    Status redact(const QString &field, const QString &text);

signals:
    // The answer at `path` changed; `affected` are the addresses whose state
    // followed (relevance, calculated values, messages…).
    void valueChanged(const QString &path, const QStringList &affected);
    // The engine refused an answer (undo or redo of a field that became read-only).
    void valueRefused(const QString &path, const QString &message);
    // The instances of `repeat` changed from number `first` on (added,
    // removed, brought back, or a repeat_count that followed an answer).
    void instancesChanged(const QString &repeat, int first);
    void statusChanged(vigia::RecordStatus status);
    // A save succeeded; `written` is false when the store already held it all.
    void saved(bool written);
    void error(vigia::RecordDocument::Action action, const QString &message);

private:
    [[nodiscard]] bool load();
    // What the draft stores at `path`: the answer, or a repeat's number of
    // instances (docs/form-format.md, "Finalized values").
    [[nodiscard]] QString storedText(const QString &path) const;
    void markRepeatDirty(const QString &repeat);
    void valueSet(const QString &path, const Result<QStringList> &changed);
    // After an answer: rewrites and announces the repeats whose number of
    // instances a repeat_count changed.
    void followCounts();
    void updateStored(const RecordStore::Values &writes);

    Workspace &m_ws;
    QUuid m_id;
    RecordStatus m_status = RecordStatus::Draft;
    bool m_deleted = false;
    QString m_loadError;
    std::optional<RecordDraft> m_draft;
    QMap<QString, QCborValue> m_stored;
    QSet<QString> m_dirty;       // changed since the last save
    QMap<QString, int> m_counts; // instances of every repeat, as last announced
    QUndoStack *m_undo = nullptr;
};

} // namespace vigia
