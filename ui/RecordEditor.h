#pragma once

#include "FormDefinition.h"
#include "FormSession.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QUndoStack;
class QVBoxLayout;

namespace vigia {

class RecordField;
class RepeatSection;
class Workspace;

// The editor of one record, generated from its form version. Every change
// goes through the form engine (FormSession), which decides relevance,
// required answers and messages live, and is saved as a draft half a second
// after typing stops, when the editor closes, and on Ctrl+S: closing the
// window mid-edit loses nothing. Edits go through a QUndoStack.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 500;

    RecordEditor(Workspace &ws, const QUuid &id, QWidget *parent = nullptr);
    ~RecordEditor() override;

    // False when the record or its form could not be read; loadError() says why.
    [[nodiscard]] bool isLoaded() const { return m_session.has_value(); }
    [[nodiscard]] const QString &loadError() const { return m_loadError; }
    [[nodiscard]] const QUuid &recordId() const { return m_id; }
    [[nodiscard]] bool isFinalized() const;
    [[nodiscard]] bool hasUnsavedChanges() const { return !m_dirty.isEmpty(); }

    // The widget of the answer at `path` ("narrative", "members[2]/age"), or nullptr.
    [[nodiscard]] RecordField *field(const QString &path) const { return m_fields.value(path); }
    // The text editor of a narrative field, for qualitative coding.
    [[nodiscard]] QPlainTextEdit *narrativeEditor(const QString &path) const;
    // The paths of every narrative field outside repeats, in form order.
    // Narratives inside repeat cards are left out of coding: their addresses
    // shift when a card above them is removed, which would move codings to
    // another instance's text.
    [[nodiscard]] QStringList narrativePaths() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] QString formLanguage() const;
    void setFormLanguage(const QString &language);
    // Adds a panel below the form, e.g. the codings of the narrative being edited.
    void addPanel(QWidget *panel);

    // Stores `value` in the engine and shows what follows from it; with
    // `updateWidget`, the field's widget shows it too (undo and redo).
    void applyValue(const QString &path, const QString &value, bool updateWidget);

    // Repeats. The section of repeat `address` ("members",
    // "members[2]/children"), or nullptr.
    [[nodiscard]] RepeatSection *repeatSection(const QString &address) const;
    // For RepeatInstanceCommand: the engine and the form it fills in.
    [[nodiscard]] FormSession *session() { return m_session ? &*m_session : nullptr; }
    [[nodiscard]] const FormDefinition &form() const { return m_form; }
    // The instances of `repeat` changed in the engine from number `first`
    // on: rebuilds those cards and saves the repeat's new state with the
    // draft (answers of instances that moved up or went are rewritten).
    void instancesChanged(const QString &repeat, int first);

public slots:
    // Writes what is not saved yet; false (and a message) when it failed.
    bool saveNow();
    // Validates everything; on problems shows them all and focuses the first.
    bool finalizeRecord();
    bool reopenRecord();

signals:
    // The record was saved, finalized or reopened.
    void recordChanged(const QUuid &id);
    // A narrative's editor was created: qualitative coding hooks in here
    // (emitted once per narrative, just after the editor is constructed;
    // RecordsPage::editorOpened, narrativePaths() and narrativeEditor() give
    // the same editors to whoever arrives later).
    void narrativeEditorCreated(const QString &field, QPlainTextEdit *editor);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] bool load();
    void buildToolbar();
    void buildForm();
    // `prefix` is the enclosing instance's address and '/' ("members[2]/").
    void addRows(const QList<FormRow> &rows, QWidget *container, QVBoxLayout *layout,
                 const QString &prefix);
    [[nodiscard]] RecordField *createField(const FormRow &row, const QString &path,
                                           QWidget *parent);
    // Finds the fields, groups and repeats in the form widget again, after
    // cards were built or dropped.
    void collectWidgets();
    // Rebuilds the cards of every repeat whose number of instances changed
    // (and of `repeat` from `first` on); true when anything was rebuilt.
    bool syncRepeats(const QString &repeat = {}, int first = 0);
    void updateRepeats();
    void updateTabOrder();
    void requestAdd(const QString &repeat);
    void requestRemove(const QString &instance);
    [[nodiscard]] bool holdsAnswers(const QString &instance) const;
    void markRepeatDirty(const QString &repeat);
    [[nodiscard]] bool isRepeatAddress(const QString &path) const;
    // What the draft stores at `path`: the answer, or a repeat's number of
    // instances (docs/form-format.md, "Finalized values").
    [[nodiscard]] QString storedText(const QString &path) const;
    [[nodiscard]] const FormRow *rowOf(const QString &path) const;
    // "Household member 2" for "members[2]/age", for screen readers.
    [[nodiscard]] QString instanceContext(const QString &path) const;
    void onEdited(const QString &path, const QString &value);
    void refreshStates(const QStringList &paths);
    void refreshMessages();
    void updateGroups();
    void updateMode();
    void showTexts();
    void retranslate();
    void setState(const QString &text);

    Workspace &m_ws;
    QUuid m_id;
    QString m_status;
    QString m_loadError;
    FormDefinition m_form;
    std::optional<FormSession> m_session;
    QHash<QString, RecordField *> m_fields;
    QList<RecordField *> m_order; // every field widget, in form order
    struct Section
    {
        QGroupBox *box;
        FormRow row;
        QList<RecordField *> fields;
    };
    QList<Section> m_sections;
    QList<RepeatSection *> m_repeats; // outer ones first
    QSet<QString> m_dirty;            // changed since the last save
    QSet<QString> m_touched;          // edited in this editor: their problems show live
    QHash<QString, QString> m_stored; // the answers the store holds, as text
    bool m_showAllIssues = false;
    QTimer m_saveTimer;
    QUndoStack *m_undo = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_finalizeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_formWidget = nullptr;
};

} // namespace vigia
