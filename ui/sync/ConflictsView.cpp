#include "ui/sync/ConflictsView.h"

#include "oplog/Hlc.h"
#include "project/Conflicts.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/common/CountryFilterBox.h"
#include "ui/common/OpValueText.h"
#include "ui/sync/LineDiff.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace vigia {

namespace {
enum Column
{
    RecordColumn,
    FieldColumn,
    DevicesColumn,
    CurrentColumn,
    ColumnCount
};

QString localTime(quint64 hlc)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(Hlc::physical(hlc)).toLocalTime(),
                              QLocale::ShortFormat);
}
} // namespace

ConflictsView::ConflictsView(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("conflictsView"));
    m_countryLabel = new QLabel(this);
    m_country = new CountryFilterBox(this);
    m_country->setObjectName(QStringLiteral("conflictsCountry"));
    m_countryLabel->setBuddy(m_country);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_sides = new QTableWidget(this);
    m_sides->setObjectName(QStringLiteral("conflictsSides"));
    m_sides->setRowCount(1);
    m_sides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sides->setWordWrap(true);
    m_sides->verticalHeader()->hide();
    m_sides->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diffLabel = new QLabel(this);
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("conflictsDiff"));
    m_choiceLabel = new QLabel(this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("conflictsChoice"));
    m_choiceLabel->setBuddy(m_choice);
    m_mergedLabel = new QLabel(this);
    m_merged = new QPlainTextEdit(this);
    m_merged->setObjectName(QStringLiteral("conflictsMerged"));
    m_mergedLabel->setBuddy(m_merged);
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("conflictsResolve"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictsMessage"));
    m_message->setWordWrap(true);

    auto *detail = new QWidget(this);
    auto *column = new QVBoxLayout(detail);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_sides, 2);
    column->addWidget(m_diffLabel);
    column->addWidget(m_diff, 2);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_choiceLabel);
    choice->addWidget(m_choice, 1);
    column->addLayout(choice);
    column->addWidget(m_mergedLabel);
    column->addWidget(m_merged, 1);
    column->addWidget(m_resolve, 0, Qt::AlignLeft);
    column->addWidget(m_message);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_countryLabel);
    filters->addWidget(m_country);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_country, &QComboBox::currentIndexChanged, this, &ConflictsView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showCurrent);
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this] { m_merged->setEnabled(!m_choice->currentData().isValid()); });
    connect(m_resolve, &QPushButton::clicked, this, &ConflictsView::resolveSelected);
    retranslate();
    refresh();
}

int ConflictsView::rowCount() const
{
    return m_table->rowCount();
}

QString ConflictsView::valueText(const QCborValue &value)
{
    return OpValueText::of(value);
}

void ConflictsView::refresh()
{
    Conflicts::Filter filter;
    filter.country = m_country->country();
    auto open = Conflicts(m_ws).list(filter);
    m_conflicts = open ? open.value() : QList<OpenConflict>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_conflicts.size()));
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const OpenConflict &c = m_conflicts.at(row);
        QString record = QUuid::fromRfc4122(c.row).toString(QUuid::WithoutBraces).left(8);
        if (c.entity == QLatin1String("record")) {
            if (auto r = m_ws.records().get(QUuid::fromRfc4122(c.row)))
                record = tr("%1 · %2").arg(r.value().formId, record);
        } else {
            record = tr("%1 %2").arg(c.entity, record);
        }
        QStringList devices;
        for (const OpenConflict::Value &v : c.values) {
            if (!devices.contains(v.device))
                devices.append(v.device);
        }
        const QString texts[ColumnCount] = {record, c.field, devices.join(QStringLiteral(", ")),
                                            valueText(c.current).section(QLatin1Char('\n'), 0, 0)};
        for (int col = 0; col < ColumnCount; ++col)
            m_table->setItem(row, col, new QTableWidgetItem(texts[col]));
    }
    m_table->resizeColumnsToContents();
    if (!open)
        m_empty->setText(open.error().message());
    else if (!filter.country.isEmpty())
        m_empty->setText(tr("There are no open conflicts on records of this country."));
    else
        m_empty->setText(tr("There are no open conflicts: no two devices changed the same "
                            "answer without seeing each other's change."));
    m_empty->setVisible(m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty())
        m_table->selectRow(0);
    showCurrent();
}

void ConflictsView::showCurrent()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && row < m_conflicts.size() && !m_table->selectedItems().isEmpty();
    m_resolve->setEnabled(any);
    m_choice->clear();
    if (!any) {
        m_sides->setColumnCount(0);
        m_diff->clear();
        m_merged->clear();
        return;
    }
    const OpenConflict &c = m_conflicts.at(row);
    m_sides->setColumnCount(int(c.values.size()));
    QStringList headers;
    QList<QByteArray> offered;
    for (int i = 0; i < c.values.size(); ++i) {
        const OpenConflict::Value &v = c.values.at(i);
        headers << tr("%1, %2").arg(v.device, localTime(v.hlc));
        m_sides->setItem(0, i, new QTableWidgetItem(valueText(v.value)));
        if (!offered.contains(v.origin)) {
            offered.append(v.origin);
            m_choice->addItem(tr("The value of %1").arg(v.device), v.origin);
        }
    }
    m_choice->addItem(tr("A merged value, written below"));
    m_sides->setHorizontalHeaderLabels(headers);
    m_sides->resizeRowsToContents();
    const bool text =
        c.values.size() >= 2 && c.values.at(0).value.isString() && c.values.at(1).value.isString();
    m_diffLabel->setVisible(text);
    m_diff->setVisible(text);
    if (text)
        m_diff->setHtml(LineDiff::html(
            LineDiff::of(c.values.at(0).value.toString(), c.values.at(1).value.toString())));
    m_merged->setPlainText(valueText(c.current));
    m_merged->setEnabled(!m_choice->currentData().isValid());
}

void ConflictsView::resolveSelected()
{
    QSet<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        rows.insert(item->row());
    const QVariant device = m_choice->currentData();
    QList<Conflicts::Resolution> resolutions;
    for (int row : std::as_const(rows)) {
        const OpenConflict &c = m_conflicts.at(row);
        QCborValue value;
        if (device.isValid()) {
            auto taken = Conflicts::valueOf(c, device.toByteArray());
            if (!taken) {
                m_message->setText(
                    tr("The device chosen wrote none of the values of %1; nothing was changed. "
                       "Select only conflicts it took part in, or write a merged value.")
                        .arg(c.field));
                return;
            }
            value = taken.value();
        } else {
            value = Conflicts::typedValue(m_merged->toPlainText(), c);
        }
        resolutions.append({c.entity, c.row, c.field, value});
    }
    if (resolutions.isEmpty())
        return;
    if (Status s = Conflicts(m_ws).resolve(resolutions); !s) {
        m_message->setText(s.error().message());
        return;
    }
    m_message->setText(tr("%n conflict(s) resolved. The resolution travels with your next bundle.",
                          nullptr, int(resolutions.size())));
    refresh();
    emit resolved(int(resolutions.size()));
}

void ConflictsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictsView::retranslate()
{
    m_countryLabel->setText(tr("Country:"));
    m_country->setAccessibleName(tr("Filter by country"));
    m_table->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Devices"), tr("Value in use")});
    m_diffLabel->setText(tr("Differences between the first two values:"));
    m_choiceLabel->setText(tr("Keep:"));
    m_mergedLabel->setText(tr("Merged value:"));
    m_resolve->setText(tr("Resolve selected"));
    m_resolve->setToolTip(tr("Settle every selected conflict with the chosen value"));
    m_resolve->setAccessibleName(m_resolve->toolTip());
    showCurrent();
}

} // namespace vigia
