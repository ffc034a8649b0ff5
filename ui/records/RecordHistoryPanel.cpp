#include "ui/records/RecordHistoryPanel.h"

#include "project/History.h"
#include "ui/records/RecordHistoryModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace vigia {

RecordHistoryPanel::RecordHistoryPanel(Workspace &ws, const QUuid &record, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_record(record)
    , m_model(new RecordHistoryModel(this))
{
    setObjectName(QStringLiteral("recordHistory"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_fieldLabel = new QLabel(this);
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("historyField"));
    // Questions can be long: elided rather than widening the editor.
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_field->setMinimumContentsLength(14);
    m_fieldLabel->setBuddy(m_field);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_devices = new QLabel(this);
    m_devices->setObjectName(QStringLiteral("historyDevices"));
    m_devices->setWordWrap(true);
    m_devices->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_devices->setFocusPolicy(Qt::TabFocus);

    auto *row = new QHBoxLayout;
    row->addWidget(m_fieldLabel);
    row->addWidget(m_field, 1);
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_devices);
    connect(m_field, &QComboBox::currentIndexChanged, this, &RecordHistoryPanel::invalidate);
    retranslate();
}

void RecordHistoryPanel::setFields(const QList<QPair<QString, QString>> &fields)
{
    m_fields = fields;
    QHash<QString, QString> labels;
    for (const auto &[name, label] : fields)
        labels.insert(name, label);
    m_model->setFieldLabels(labels);
    fillFieldChoice();
}

void RecordHistoryPanel::fillFieldChoice()
{
    const QString current = field();
    const QSignalBlocker block(m_field);
    m_field->clear();
    m_field->addItem(tr("Every answer"), QString());
    for (const auto &[name, label] : std::as_const(m_fields))
        m_field->addItem(label.isEmpty() ? name : label, name);
    m_field->setCurrentIndex(std::max(0, m_field->findData(current)));
}

void RecordHistoryPanel::showField(const QString &field)
{
    const QSignalBlocker block(m_field);
    int index = m_field->findData(field);
    if (index < 0 && !field.isEmpty()) {
        // An answer outside the form's list (a field of Vigia's own).
        m_field->addItem(m_model->fieldText(field), field);
        index = m_field->count() - 1;
    }
    m_field->setCurrentIndex(std::max(0, index));
    reload();
}

void RecordHistoryPanel::invalidate()
{
    m_stale = true;
    if (isVisible())
        reload();
}

QString RecordHistoryPanel::field() const
{
    return m_field->currentData().toString();
}

void RecordHistoryPanel::reload()
{
    m_stale = false;
    auto history = History(m_ws).of(m_record, field());
    if (history) {
        m_error.clear();
        m_model->setHistory(history.value());
    } else {
        // NotFound says the record or answer was never changed: shown as is.
        m_error = history.error().message();
        m_model->clear();
    }
    // One answer chosen: its name on every row says nothing.
    m_table->setColumnHidden(RecordHistoryModel::FieldColumn, !field().isEmpty());
    m_table->resizeColumnsToContents();
    const int valueWidth = m_table->fontMetrics().averageCharWidth() * kValueChars;
    if (m_table->columnWidth(RecordHistoryModel::ValueColumn) > valueWidth)
        m_table->setColumnWidth(RecordHistoryModel::ValueColumn, valueWidth);
    showDevices();
}

void RecordHistoryPanel::showDevices()
{
    if (!m_error.isEmpty()) {
        m_devices->setText(m_error);
        return;
    }
    QStringList lines;
    const auto add = [&lines](const QString &line) {
        // This device's drafts are a chain of their own under the same
        // name: one line says it for both when both are intact.
        if (!lines.contains(line))
            lines << line;
    };
    for (const RecordHistory::Device &d : m_model->history().devices) {
        add(d.issues.isEmpty() ? tr("%1: chain of changes intact").arg(d.label)
                               : tr("%1: %2").arg(d.label, d.issues.first().message));
        if (d.clockAhead)
            add(tr("%1: its clock was ahead of this device's by more than ten minutes; its "
                   "times may be too late.")
                    .arg(d.label));
    }
    m_devices->setText(lines.join(QLatin1Char('\n')));
}

QString RecordHistoryPanel::devicesText() const
{
    return m_devices->text();
}

void RecordHistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void RecordHistoryPanel::retranslate()
{
    m_title->setText(tr("History"));
    m_fieldLabel->setText(tr("Sho&w changes of:"));
    m_field->setAccessibleName(tr("Answer whose changes are shown"));
    m_table->setAccessibleName(tr("Changes of this record, oldest first"));
    m_devices->setAccessibleName(tr("Devices that wrote these changes"));
    m_model->retranslate();
    fillFieldChoice();
    invalidate(); // the core's messages are in the new language too
}

void RecordHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigia
