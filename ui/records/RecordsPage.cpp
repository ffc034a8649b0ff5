#include "ui/records/RecordsPage.h"

#include "ui/codebook/CodingController.h"
#include "ui/codebook/CodingsPanel.h"

#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/common/CountryFilterBox.h"
#include "ui/common/DateInput.h"
#include "ui/common/MessageBox.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordMatchDelegate.h"
#include "ui/records/RecordPreview.h"
#include "ui/records/ReviewBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace vigia {

namespace {
const QDate kAnyDate(1900, 1, 1);

QString interfaceLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

DateInput *dateFilter(QWidget *parent)
{
    auto *edit = new DateInput(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
    return edit;
}
} // namespace

RecordsPage::RecordsPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_model(new RecordListModel(ws, this))
{
    setObjectName(QStringLiteral("recordsPage"));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &RecordsPage::applyFilters);
    m_listRefresh.setSingleShot(true);
    m_listRefresh.setInterval(kListRefreshMs);
    connect(&m_listRefresh, &QTimer::timeout, this, &RecordsPage::refreshList);

    // The list and the editor take turns on the whole page: beside the list
    // the editor's form got 100-200 px on a laptop screen.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    m_listPage = new QWidget(m_pages);
    m_listPage->setObjectName(QStringLiteral("recordListPage"));
    m_pages->addWidget(m_listPage);
    auto *layout = new QVBoxLayout(m_listPage);
    buildFilters();
    // The search box gets a row of its own: sharing one with five filters
    // squeezed it to a few letters and made the window wider than a laptop.
    // The dates share the search's row: in one row with the other filters
    // they made the Spanish window 970 px wide before the list began.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromLabel, m_from, m_toLabel, m_to})
        searchRow->addWidget(w);
    layout->addLayout(searchRow);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_formLabel, m_form, m_statusLabel, m_status,
                                                       m_countryLabel, m_country})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    m_new = new QPushButton(m_listPage);
    m_open = new QPushButton(m_listPage);
    m_delete = new QPushButton(m_listPage);
    m_count = new QLabel(m_listPage);
    m_count->setObjectName(QStringLiteral("recordCount"));
    actions->addWidget(m_new);
    actions->addWidget(m_open);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_count);
    layout->addLayout(actions);
    // A row of its own: beside the buttons or the filters it made the
    // Portuguese window wider than a netbook.
    m_review = new ReviewBar(
        ws, [this] { return selectedIds(); }, m_listPage);
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_review);
    reviewRow->addStretch(1);
    layout->addLayout(reviewRow);

    m_undoBar = new QWidget(m_listPage);
    m_undoBar->setObjectName(QStringLiteral("undoDeleteBar"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoText = new QLabel(m_undoBar);
    m_undoButton = new QPushButton(m_undoBar);
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);

    m_splitter = new QSplitter(m_listPage);
    m_splitter->setObjectName(QStringLiteral("recordSplitter"));
    // Dragged to the edge, the list used to vanish and leave "Select a
    // record" with nothing to select.
    m_splitter->setChildrenCollapsible(false);
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("recordList"));
    m_view->setModel(m_model);
    // Every column: besides highlighting matches, it draws a cell's text with
    // one layout pass instead of the style's three.
    m_view->setItemDelegate(new RecordMatchDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Coordinators judge several records at once (ReviewBar).
    m_view->setSelectionMode(ws.role() == Role::Coordinator ? QAbstractItemView::ExtendedSelection
                                                            : QAbstractItemView::SingleSelection);
    // The indicator first: enabling sorting then reads the first page once.
    m_view->horizontalHeader()->setSortIndicator(RecordListModel::UpdatedColumn,
                                                 Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(RecordListModel::SummaryColumn,
                                                     QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    m_empty = new QLabel(m_view->viewport());
    m_empty->setObjectName(QStringLiteral("recordListEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_preview = new RecordPreview(ws, m_splitter);
    m_preview->setMinimumWidth(kPreviewMinWidth);
    // Room the window gains goes to the list, whose Summary column stretches;
    // the preview keeps the width it was given.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({2 * kPreviewMinWidth * 2, kPreviewMinWidth * 2});
    layout->addWidget(m_splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &RecordsPage::newRecord);
    connect(m_open, &QPushButton::clicked, this, &RecordsPage::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &RecordsPage::deleteSelected);
    connect(m_undoButton, &QPushButton::clicked, this, &RecordsPage::undoDelete);
    connect(m_view, &QTableView::activated, this, &RecordsPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsPage::selectionChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_review->setSelectedCount(int(selectedIds().size())); });
    connect(m_review, &ReviewBar::filterChanged, this, &RecordsPage::applyFilters);
    connect(m_review, &ReviewBar::reviewed, this, &RecordsPage::refreshList);
    auto *deleteAction = new QAction(m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &RecordsPage::deleteSelected);
    m_view->addAction(deleteAction);

    setTabOrder(m_search, m_form);
    setTabOrder(m_form, m_status);
    setTabOrder(m_status, m_country);
    setTabOrder(m_country, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_new);
    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_delete);
    setTabOrder(m_delete, m_review);
    setTabOrder(m_review, m_view);

    retranslate();
    selectionChanged();
    m_view->viewport()->installEventFilter(this);
    m_search->installEventFilter(this);
    scheduleCount();
}

RecordsPage::~RecordsPage()
{
    // The editor saves its draft as it goes; let it do so while the workspace lives.
    delete m_editor.data();
}

RecordEditor *RecordsPage::editor() const
{
    return m_editor.data();
}

void RecordsPage::buildFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setClearButtonEnabled(true);
    m_formLabel = new QLabel(this);
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("formFilter"));
    m_formLabel->setBuddy(m_form);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_countryLabel = new QLabel(this);
    m_country = new CountryFilterBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_countryLabel->setBuddy(m_country);
    m_fromLabel = new QLabel(this);
    m_from = dateFilter(this);
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = dateFilter(this);
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_toLabel->setBuddy(m_to);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RecordsPage::applyFilters);
    for (QComboBox *box : {m_form, m_status, static_cast<QComboBox *>(m_country)}) {
        // Long form titles must not decide the window's width.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(kFilterMinChars);
        connect(box, &QComboBox::currentIndexChanged, this, &RecordsPage::applyFilters);
    }
    for (DateInput *edit : {m_from, m_to})
        connect(edit, &DateInput::dateChanged, this, &RecordsPage::applyFilters);
}

void RecordsPage::fillFilterChoices()
{
    const QString language = interfaceLanguage();
    const QSignalBlocker blockForm(m_form);
    const QSignalBlocker blockStatus(m_status);
    const QString form = m_form->currentData().toString();
    const QVariant status = m_status->currentData();

    m_form->clear();
    m_form->addItem(tr("All forms"), QString());
    if (auto forms = m_ws.forms().list()) {
        QStringList seen;
        for (const FormStore::Entry &e : forms.value()) {
            if (seen.contains(e.formId))
                continue;
            seen.append(e.formId);
            const QString title = e.title.text(language, e.defaultLanguage);
            m_form->addItem(title.isEmpty() ? e.formId : title, e.formId);
        }
    }
    m_status->clear();
    m_status->addItem(tr("Any status"), QVariant());
    m_status->addItem(tr("Draft"), int(RecordStatus::Draft));
    m_status->addItem(tr("Finalized"), int(RecordStatus::Finalized));
    m_form->setCurrentIndex(qMax(0, m_form->findData(form)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    // Wide enough for the "All …" choice in the interface language, which
    // twelve characters cut to "Todos los formulario…"; longer form titles
    // and country names still do not decide the window's width. The
    // country box fills itself (CountryFilterBox), in the same language.
    for (QComboBox *box : {m_form, m_status, static_cast<QComboBox *>(m_country)}) {
        const QFontMetrics metrics = box->fontMetrics();
        const int chars = metrics.horizontalAdvance(box->itemText(0)) /
                              qMax(1, metrics.horizontalAdvance(QLatin1Char('x'))) +
                          2;
        box->setMinimumContentsLength(qMax(kFilterMinChars, chars));
    }
}

void RecordsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search the records' text (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search records"));
    m_formLabel->setText(tr("For&m:"));
    m_form->setAccessibleName(tr("Filter by form"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_countryLabel->setText(tr("&Country:"));
    m_country->setAccessibleName(tr("Filter by country"));
    m_fromLabel->setText(tr("F&rom:"));
    m_from->setAccessibleName(tr("Records dated from"));
    m_from->setSpecialValueText(tr("Any date"));
    m_toLabel->setText(tr("T&o:"));
    m_to->setAccessibleName(tr("Records dated until"));
    m_to->setSpecialValueText(tr("Any date"));
    m_new->setText(tr("&New record"));
    m_new->setToolTip(tr("Start a new record (Ctrl+N)"));
    m_open->setText(tr("O&pen"));
    m_open->setToolTip(tr("Open the selected record (Enter)"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected record (Delete); it can be restored"));
    m_undoButton->setText(tr("&Undo delete"));
    m_view->setAccessibleName(tr("Records"));
    m_undoText->setText(tr("The record was deleted."));
    fillFilterChoices();
    m_model->retranslate();
    sizeColumns();
    showCount();
}

void RecordsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordsPage::applyFilters()
{
    m_searchTimer.stop();
    RecordFilter filter;
    filter.search = m_search->text().trimmed();
    filter.formId = m_form->currentData().toString();
    if (const QVariant status = m_status->currentData(); status.isValid())
        filter.status = RecordStatus(status.toInt());
    filter.country = m_country->currentData().toString();
    if (m_from->date() != kAnyDate)
        filter.from = m_from->date();
    if (m_to->date() != kAnyDate)
        filter.to = m_to->date();
    filter.review = m_review->filter();
    m_model->setFilter(filter);
    // The first page is on screen before every match is counted.
    m_matching = -1;
    m_countError.clear();
    showCount();
    scheduleCount();
}

void RecordsPage::scheduleCount()
{
    // Counting every match reads the whole table or index (tens of
    // milliseconds over 100 000 records), so it waits until the list has
    // painted its first page; a page that is not on screen counts soon anyway.
    m_countPending = true;
    QTimer::singleShot(kCountFallbackMs, this, [this] {
        if (m_countPending)
            updateCount();
    });
}

bool RecordsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (m_countPending && event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, [this] {
                if (m_countPending)
                    updateCount();
            });
        else if (event->type() == QEvent::Resize) {
            placeEmptyNote();
            fitReviewColumn();
        }
    } else if (watched == m_search && event->type() == QEvent::KeyPress &&
               static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
               !m_search->text().isEmpty()) {
        m_search->clear();
        applyFilters();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RecordsPage::updateCount()
{
    m_countPending = false;
    // A search is counted only up to kSearchCountCap: an exact count of a
    // common word would freeze the window for half a second after each search.
    auto matching =
        m_model->matchingCount(m_search->text().trimmed().isEmpty() ? 0 : kSearchCountCap);
    // A failed count is said as such: "0 records" would tell the researcher
    // her records are gone.
    m_matching = matching ? matching.value() : -1;
    m_countError = matching ? QString() : matching.error().message();
    showCount();
}

void RecordsPage::showCount()
{
    if (!m_countError.isEmpty())
        m_count->setText(tr("The records could not be counted: %1").arg(m_countError));
    else if (m_matching > kSearchCountCap && !m_search->text().trimmed().isEmpty())
        m_count->setText(tr("More than %L1 records").arg(kSearchCountCap));
    else if (m_matching == 0 && filtering())
        m_count->setText(tr("No records match"));
    else
        m_count->setText(m_matching < 0 ? QString() : tr("%Ln record(s)", nullptr, m_matching));
    // Said where the eye looks: an empty list with nothing in it reads as
    // lost records.
    if (m_matching == 0 && m_countError.isEmpty()) {
        m_empty->setText(filtering()
                             ? tr("No records match the search and the filters. Press Esc in the "
                                  "search box to clear it, or choose other filters.")
                             : tr("No records yet. Start one with New record (Ctrl+N)."));
        placeEmptyNote();
        m_empty->show();
    } else {
        m_empty->hide();
    }
}

bool RecordsPage::filtering() const
{
    return !m_search->text().trimmed().isEmpty() || m_form->currentIndex() > 0 ||
           m_status->currentIndex() > 0 || m_country->currentIndex() > 0 ||
           m_from->date() != kAnyDate || m_to->date() != kAnyDate || m_review->filter();
}

void RecordsPage::placeEmptyNote()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = fontMetrics().height();
    m_empty->setGeometry(area.adjusted(margin, margin, -margin, -margin));
}

void RecordsPage::sizeColumns()
{
    // The Summary column stretches over what the others leave; they get the
    // width of their header or of a typical value, never the default 100 px
    // each that left Summary a few pixels wide.
    const QFontMetrics cells = m_view->fontMetrics();
    QHeaderView *header = m_view->horizontalHeader();
    const int padding = cells.horizontalAdvance(QLatin1Char('M'));
    const auto typical = [&](int column) {
        switch (column) {
        case RecordListModel::FormColumn:
            return cells.horizontalAdvance(QLatin1Char('x')) * kNameColumnChars;
        case RecordListModel::CountryColumn: // an ISO code such as "BR"
            return cells.horizontalAdvance(QStringLiteral("WW"));
        case RecordListModel::DateColumn:
            return cells.horizontalAdvance(QStringLiteral("31/12/2026"));
        case RecordListModel::UpdatedColumn:
            return cells.horizontalAdvance(QStringLiteral("31/12/2026 23:59"));
        case RecordListModel::ReviewColumn: { // the widest state, with its flag icon
            int widest = 0;
            for (int i = 1; i < m_review->filterBox()->count(); ++i)
                widest = qMax(widest, cells.horizontalAdvance(m_review->filterBox()->itemText(i)));
            return widest + m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + padding;
        }
        default: { // the status: as wide as the widest the filter offers
            int widest = 0;
            for (int i = 1; i < m_status->count(); ++i)
                widest = qMax(widest, cells.horizontalAdvance(m_status->itemText(i)));
            return widest;
        }
        }
    };
    int others = 0;
    for (int c = 0; c < RecordListModel::ColumnCount; ++c) {
        if (c == RecordListModel::SummaryColumn)
            continue;
        // The style's own measure of the header, sort arrow included.
        const int width = qMax(header->sectionSizeHint(c), typical(c) + padding);
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        header->resizeSection(c, width);
        if (c == RecordListModel::ReviewColumn)
            m_reviewWidth = width;
        else
            others += width;
    }
    const int summary = cells.horizontalAdvance(QLatin1Char('x')) * kSummaryMinChars;
    // The review column is not part of the minimum: on a netbook it would
    // leave the Summary unreadable, so it shows only where it fits
    // (fitReviewColumn); the review filter works either way.
    m_view->setMinimumWidth(others + summary + 2 * m_view->frameWidth());
    m_fixedColumnsWidth = others + summary;
    fitReviewColumn();
}

void RecordsPage::fitReviewColumn()
{
    // Decided from the viewport alone, so showing the column never hides it.
    const bool fits = m_view->viewport()->width() >= m_fixedColumnsWidth + m_reviewWidth;
    m_view->setColumnHidden(RecordListModel::ReviewColumn, !fits);
}

void RecordsPage::refreshList()
{
    const QUuid keep = selectedId();
    m_model->reload();
    updateCount();
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

QList<QUuid> RecordsPage::selectedIds() const
{
    QList<QUuid> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(m_model->idAt(row.row()));
    return ids;
}

QUuid RecordsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

void RecordsPage::selectionChanged()
{
    const QUuid id = selectedId();
    m_open->setEnabled(!id.isNull());
    m_delete->setEnabled(!id.isNull());
    if (!m_editor)
        m_preview->showRecord(id);
}

void RecordsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordsPage::newRecord()
{
    auto forms = m_ws.forms().list();
    if (!forms || forms.value().isEmpty()) {
        MessageBox::information(this, tr("New record"),
                                tr("There is no form in this workspace yet. Import a form "
                                   "first, then start a record."));
        return;
    }
    const QString language = interfaceLanguage();
    QStringList titles;
    QStringList ids;
    for (const FormStore::Entry &e : forms.value()) {
        if (ids.contains(e.formId))
            continue;
        ids.append(e.formId);
        const QString title = e.title.text(language, e.defaultLanguage);
        titles.append(title.isEmpty() ? e.formId : title);
    }
    QString formId = ids.first();
    if (ids.size() > 1) {
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("New record"), tr("Which form is the record for?"), titles, 0, false, &ok);
        if (!ok)
            return;
        formId = ids.value(titles.indexOf(chosen));
    }
    createRecord(formId);
}

RecordEditor *RecordsPage::createRecord(const QString &formId)
{
    auto form = m_ws.forms().get(formId);
    if (!form) {
        MessageBox::warning(this, tr("New record"), form.error().message());
        return nullptr;
    }
    auto id = m_ws.records().create(form.value().formId(), form.value().version());
    if (!id) {
        MessageBox::warning(this, tr("New record"), id.error().message());
        return nullptr;
    }
    return openRecord(id.value());
}

RecordEditor *RecordsPage::openRecord(const QUuid &id)
{
    if (!closeEditor())
        return nullptr;
    m_editor = new RecordEditor(m_ws, id, m_pages);
    m_pages->addWidget(m_editor);
    m_pages->setCurrentWidget(m_editor);
    connect(m_editor, &RecordEditor::closeRequested, this, &RecordsPage::closeEditor);
    // Finalizing, reopening or a first save changes what the list counts.
    connect(m_editor, &RecordEditor::recordChanged, this, [this](const QUuid &changed) {
        m_listRefresh.start();
        // A finalized record is never saved again: this change finalized it.
        if (m_editor && m_editor->recordId() == changed && m_editor->isFinalized())
            emit recordFinalized(changed);
    });
    attachCoding(m_editor);
    emit editorOpened(m_editor);
    m_editor->setFocus();
    if (QWidget *first = m_editor->nextInFocusChain())
        first->setFocus(Qt::OtherFocusReason);
    return m_editor;
}

void RecordsPage::attachCoding(RecordEditor *editor)
{
    const QList<CodingController *> controllers = CodingController::attach(editor, m_ws);
    if (controllers.isEmpty())
        return;
    auto *panel = new CodingsPanel(editor);
    panel->setObjectName(QStringLiteral("codingsPanel"));
    panel->setController(controllers.first());
    editor->addPanel(panel);
    // The record's codings over all its narratives decide whether the panel
    // shows; the editor counts them again as they change.
    const auto recount = [editor] {
        int count = 0;
        for (const CodingController *c : editor->findChildren<CodingController *>())
            count += int(c->codings().size());
        editor->setPanelCount(count);
    };
    for (CodingController *c : controllers)
        connect(c, &CodingController::codingsChanged, editor, recount);
    recount();
    // The panel follows the narrative being edited; controllers are children
    // of their text editors, so a narrative added later (a repeat) works too.
    connect(qApp, &QApplication::focusChanged, panel, [panel](QWidget *, QWidget *now) {
        if (!now)
            return;
        if (auto *c = now->findChild<CodingController *>(QString(), Qt::FindDirectChildrenOnly))
            panel->setController(c);
    });
}

void RecordsPage::openSelected()
{
    const QUuid id = selectedId();
    if (!id.isNull())
        openRecord(id);
}

Status RecordsPage::saveOpenWork()
{
    if (!m_editor)
        return {};
    if (Status s = m_editor->saveNow(); !s)
        return s;
    const QList<CodingController *> coding = m_editor->findChildren<CodingController *>();
    for (CodingController *c : coding)
        if (Status s = c->flush(); !s)
            return s;
    return {};
}

bool RecordsPage::closeEditor()
{
    if (!m_editor)
        return true;
    if (Status s = saveOpenWork(); !s) {
        MessageBox::warning(this, tr("Close record"),
                            tr("%1\n\nThe record stays open so that nothing you typed is lost. "
                               "Free some disk space, or close other programs that use the "
                               "workspace, then close it again.")
                                .arg(s.error().message()));
        return false;
    }
    const QUuid id = m_editor->recordId();
    m_pages->setCurrentWidget(m_listPage);
    m_pages->removeWidget(m_editor);
    delete m_editor.data(); // saves what is left
    m_listRefresh.stop();
    m_model->reload();
    updateCount();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    m_preview->showRecord(id);
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void RecordsPage::deleteSelected()
{
    const QUuid id = selectedId();
    if (id.isNull())
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete record"),
        tr("Delete the selected record? You can restore it right after with Undo delete."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        deleteRecord(id);
}

bool RecordsPage::deleteRecord(const QUuid &id)
{
    if (m_editor && m_editor->recordId() == id) {
        m_pages->setCurrentWidget(m_listPage);
        m_pages->removeWidget(m_editor);
        delete m_editor.data();
    }
    if (Status s = m_ws.records().remove(id); !s) {
        MessageBox::warning(this, tr("Delete record"), s.error().message());
        return false;
    }
    m_deleted = id;
    m_undoBar->show();
    m_model->reload();
    updateCount();
    return true;
}

void RecordsPage::undoDelete()
{
    if (m_deleted.isNull())
        return;
    if (Status s = m_ws.records().restore(m_deleted); !s) {
        MessageBox::warning(this, tr("Undo delete"), s.error().message());
        return;
    }
    const QUuid id = m_deleted;
    m_deleted = QUuid();
    m_undoBar->hide();
    m_model->reload();
    updateCount();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

} // namespace vigia
