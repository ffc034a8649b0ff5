#pragma once

#include "common/Result.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace vigia {

class CountryFilterBox;
class DateInput;
class RecordEditor;
class RecordListModel;
class RecordPreview;
class ReviewBar;
class Workspace;

// The Records view: a lazily filled list of every record with filters and
// full-text search, a preview of the selected record, and the editor.
class RecordsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;
    // A search shows "More than 10 000 records" rather than counting on.
    static constexpr int kSearchCountCap = 10000;

    explicit RecordsPage(Workspace &ws, QWidget *parent = nullptr);
    ~RecordsPage() override;

    [[nodiscard]] RecordListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    [[nodiscard]] RecordPreview *preview() const { return m_preview; }
    [[nodiscard]] ReviewBar *reviewBar() const { return m_review; }
    // The records selected in the list (several on a coordinator's device).
    [[nodiscard]] QList<QUuid> selectedIds() const;
    // The open editor, or nullptr when the preview shows.
    [[nodiscard]] RecordEditor *editor() const;

    // Creates a draft of the latest version of `formId` and opens it.
    RecordEditor *createRecord(const QString &formId);
    RecordEditor *openRecord(const QUuid &id);
    // Deletes without asking; the undo bar offers to restore it.
    bool deleteRecord(const QUuid &id);
    // Saves the open editor's draft and its codings now (before a lock or
    // quitting); the error says why that failed. Nothing open: success.
    [[nodiscard]] Status saveOpenWork();

public slots:
    void focusSearch();
    // Asks which form when there are several, then creates and opens a draft.
    void newRecord();
    void openSelected();
    // Asks for confirmation, then deletes the selected record.
    void deleteSelected();
    void undoDelete();
    // Saves, then closes the editor; when saving fails it says so and keeps
    // the editor open, so nothing typed is lost. False then.
    bool closeEditor();
    void applyFilters();

signals:
    // An editor was opened: qualitative coding connects to it here.
    void editorOpened(vigia::RecordEditor *editor);
    // A record was finalized here: there is work to send (the sync agent).
    void recordFinalized(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attachCoding(RecordEditor *editor);
    void buildFilters();
    void fillFilterChoices();
    void retranslate();
    void updateCount();
    void scheduleCount();
    void showCount();
    void selectionChanged();
    void sizeColumns();
    // Shows the review column when the list is wide enough for it.
    void fitReviewColumn();
    void placeEmptyNote();
    // Reloads the list and its count after the editor saved, keeping the
    // selection.
    void refreshList();
    // A search or any filter narrows the list.
    [[nodiscard]] bool filtering() const;
    [[nodiscard]] QUuid selectedId() const;

    Workspace &m_ws;
    RecordListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_formLabel = nullptr;
    QComboBox *m_form = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_countryLabel = nullptr;
    CountryFilterBox *m_country = nullptr;
    QLabel *m_fromLabel = nullptr;
    DateInput *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    DateInput *m_to = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
    ReviewBar *m_review = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undoButton = nullptr;
    QStackedWidget *m_pages = nullptr; // the list page, or the open editor
    QWidget *m_listPage = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr; // over the list when nothing is in it
    RecordPreview *m_preview = nullptr;
    QPointer<RecordEditor> m_editor;
    QTimer m_searchTimer;
    QTimer m_listRefresh;
    QUuid m_deleted;
    int m_matching = -1; // records the filter matches; -1 before counting
    int m_reviewWidth = 0;
    int m_fixedColumnsWidth = 0; // every other column at its width, Summary at its minimum
    QString m_countError;        // why the last count failed
    bool m_countPending = false;
    static constexpr int kCountFallbackMs = 300;
    static constexpr int kListRefreshMs = 300;
    static constexpr int kSummaryMinChars = 29; // about 200 px: the list never gets narrower
    static constexpr int kNameColumnChars = 16; // form titles; longer ones elide
    static constexpr int kPreviewMinWidth = 180;
    static constexpr int kFilterMinChars = 12;
};

} // namespace vigia
