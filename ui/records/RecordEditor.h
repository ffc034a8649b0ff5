#pragma once

#include "forms/FormDefinition.h"
#include "forms/FormSession.h"
#include "ui/records/RecordDocument.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QUndoStack;
class QVBoxLayout;

namespace vigia {

class CommentThread;
class ProblemList;
class RecordField;
class RecordHistoryPanel;
class RepeatSection;
class Workspace;

// The editor of one record, generated from its form version: a view of a
// RecordDocument. Every change goes through the document and its form engine,
// which decides relevance, required answers and messages live; the draft is
// saved half a second after typing stops, when the editor closes, and on
// Ctrl+S: closing the window mid-edit loses nothing. Edits go through the
// document's QUndoStack.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSaveDelayMs = 500;
    // The form never gets narrower than this beside a side panel.
    static constexpr int kFormMinWidth = 360;
    static constexpr int kTitleMinWidth = 120;

    RecordEditor(Workspace &ws, const QUuid &id, QWidget *parent = nullptr);
    ~RecordEditor() override;

    // False when the record or its form could not be read; loadError() says why.
    [[nodiscard]] bool isLoaded() const { return m_document->isLoaded(); }
    [[nodiscard]] const QString &loadError() const { return m_document->loadError(); }
    [[nodiscard]] const QUuid &recordId() const { return m_document->recordId(); }
    [[nodiscard]] bool isFinalized() const { return m_document->isFinalized(); }
    [[nodiscard]] bool hasUnsavedChanges() const { return m_document->hasUnsavedChanges(); }
    [[nodiscard]] RecordDocument *document() const { return m_document; }

    // The widget of the answer at `path` ("narrative", "members[2]/age"), or nullptr.
    [[nodiscard]] RecordField *field(const QString &path) const { return m_fields.value(path); }
    // The text editor of a narrative field, for qualitative coding.
    [[nodiscard]] QPlainTextEdit *narrativeEditor(const QString &path) const;
    // The paths of every narrative field outside repeats, in form order.
    // Narratives inside repeat cards are left out of coding: their addresses
    // shift when a card above them is removed, which would move codings to
    // another instance's text.
    [[nodiscard]] QStringList narrativePaths() const;
    [[nodiscard]] QUndoStack *undoStack() const { return m_document->undoStack(); }
    [[nodiscard]] QString formLanguage() const;
    void setFormLanguage(const QString &language);
    // Adds a panel beside the form, behind a splitter and a toggle button:
    // the codings of the narrative being edited.
    void addPanel(QWidget *panel);
    // The answer that has the keyboard focus, or an empty path.
    [[nodiscard]] QString currentField() const;
    // Scrolls to the field and gives it the focus.
    void showField(const QString &path);
    // How many codings the side panel holds: the button says it, and the
    // panel shows with the first one and hides at none unless asked for.
    void setPanelCount(int count);
    void setPanelShown(bool shown);
    [[nodiscard]] bool isPanelShown() const;
    // The record's comment thread, beside the form.
    [[nodiscard]] CommentThread *comments() const { return m_comments; }
    // The record's history beside the form, hidden until asked for.
    [[nodiscard]] RecordHistoryPanel *history() const { return m_history; }

    // Repeats. The section of repeat `address` ("members",
    // "members[2]/children"), or nullptr.
    [[nodiscard]] RepeatSection *repeatSection(const QString &address) const;

public slots:
    // Writes what is not saved yet; the error (also shown) when it failed.
    Status saveNow();
    // Validates everything; on problems shows them all and focuses the first.
    bool finalizeRecord();
    // Focuses the next field still blocking Finalize after the focused one
    // (from the top when none is focused); false when there is none.
    bool goToNextProblem();
    bool reopenRecord();
    // Asks which answer to remove everywhere and its new text
    // (RedactAnswerDialog), then does it.
    void redactAnswer();
    // Shows the history beside the form, of one answer (empty: of all).
    void showHistory(const QString &field);

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
    // On an answer: "History of this answer…".
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The history panel, its button and its key (RecordEditorHistory.cpp).
    void buildHistory(Workspace &ws, const QUuid &id);
    void retranslateHistory();
    // The answer `widget` belongs to, or nullptr.
    [[nodiscard]] RecordField *fieldOf(const QWidget *widget) const;
    void connectDocument();
    void buildToolbar();
    void buildForm();
    // `prefix` is the enclosing instance's address and '/' ("members[2]/"),
    // `groups` the group path in that repeat level ("respondent/"), `shared`
    // the level's names used twice, whose addresses hold the group path.
    void addRows(const QList<FormRow> &rows, QWidget *container, QVBoxLayout *layout,
                 const QString &prefix, const QString &groups, const QSet<QString> &shared);
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
    [[nodiscard]] const FormSession &session() const { return m_document->session(); }
    [[nodiscard]] const FormDefinition &form() const { return m_document->form(); }
    [[nodiscard]] bool isDraft() const { return m_document->isDraft(); }
    // "Household member 2" for "members[2]/age", for screen readers.
    [[nodiscard]] QString instanceContext(const QString &path) const;
    // The document's answer at `path` changed: the widget shows it (unless
    // it shows it already, as typed) and what follows from it.
    void showValue(const QString &path, const QStringList &affected);
    void showInstances(const QString &repeat, int first);
    void showError(RecordDocument::Action action, const QString &message);
    void refreshStates(const QStringList &paths);
    void refreshMessages();
    void updateGroups();
    void updateMode();
    void showTexts();
    void retranslate();
    void setState(const QString &text);
    void retranslatePanelButton();
    void retranslateCommentsButton();
    // Something changed: say so, and save a moment after the last change.
    void changed();

    RecordDocument *m_document = nullptr;
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
    QSet<QString> m_touched;          // edited in this editor: their problems show live
    bool m_showAllIssues = false;
    QTimer m_saveTimer;

    QLabel *m_title = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_finalizeButton = nullptr;
    QPushButton *m_reopenButton = nullptr;
    QPushButton *m_redactButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_nextProblemButton = nullptr;
    ProblemList *m_problems = nullptr;
    QPushButton *m_panelButton = nullptr;
    QSplitter *m_body = nullptr; // the form, then the side panel
    QScrollArea *m_scroll = nullptr;
    QWidget *m_side = nullptr;
    CommentThread *m_comments = nullptr;
    QPushButton *m_commentsButton = nullptr; // shows or hides the thread
    RecordHistoryPanel *m_history = nullptr;
    QPushButton *m_historyButton = nullptr;
    int m_panelCount = 0;
    bool m_panelWanted = false;
    QWidget *m_formWidget = nullptr;
};

} // namespace vigia
