#include "ui/codebook/CodingsPanel.h"

#include "ui/codebook/CodebookModel.h"
#include "ui/codebook/CodebookPickerDialog.h"
#include "ui/codebook/CodingController.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kQuoteChars = 80;
} // namespace

CodingsPanel::CodingsPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("codingsList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_memoLabel = new QLabel(this);
    m_memo = new QPlainTextEdit(this);
    m_memo->setObjectName(QStringLiteral("codingMemo"));
    m_memo->setTabChangesFocus(true);
    m_memoLabel->setBuddy(m_memo);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyCode"));
    m_saveMemo = new QPushButton(this);
    m_saveMemo->setObjectName(QStringLiteral("saveMemo"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeCoding"));
    m_changeCode = new QPushButton(this);
    m_changeCode->setObjectName(QStringLiteral("changeCode"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("codingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    // Two by two: the panel sits beside the form and must stay narrow.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_apply, 0, 0);
    buttons->addWidget(m_changeCode, 0, 1);
    buttons->addWidget(m_saveMemo, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_memoLabel);
    layout->addWidget(m_memo, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    // Only a choice in the list moves the editor's selection, never a refresh
    // while the person types.
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showCurrent();
        if (m_controller && !currentCoding().isNull())
            m_controller->selectCoding(currentCoding());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_controller) {
            m_controller->selectCoding(currentCoding());
            if (m_controller->editor())
                m_controller->editor()->setFocus();
        }
    });
    connect(m_saveMemo, &QPushButton::clicked, this, &CodingsPanel::saveMemo);
    connect(m_remove, &QPushButton::clicked, this, &CodingsPanel::removeCurrent);
    connect(m_changeCode, &QPushButton::clicked, this, &CodingsPanel::changeCurrentCode);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->pickAndApply();
    });
    retranslate();
    refresh();
}

void CodingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void CodingsPanel::retranslate()
{
    m_title->setText(tr("Codings"));
    m_list->setAccessibleName(tr("Codings of this narrative"));
    m_memoLabel->setText(tr("&Memo:"));
    m_memo->setAccessibleName(tr("Memo"));
    m_memo->setPlaceholderText(tr("Why this passage matters, what to check…"));
    m_apply->setText(tr("Apply code…"));
    m_apply->setToolTip(tr("Code the selected text (Ctrl+K)"));
    m_saveMemo->setText(tr("Save memo"));
    m_remove->setText(tr("Remove coding"));
    m_changeCode->setText(tr("Change code…"));
}

void CodingsPanel::setController(CodingController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &CodingController::codingsChanged, this, &CodingsPanel::refresh);
        connect(controller, &CodingController::errorOccurred, this, &CodingsPanel::report);
        connect(controller, &QObject::destroyed, this, &CodingsPanel::refresh,
                Qt::QueuedConnection);
    }
    refresh();
}

QUuid CodingsPanel::currentCoding() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toUuid() : QUuid();
}

void CodingsPanel::refresh()
{
    const QUuid keep = currentCoding();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (m_controller) {
        const QString lang = CodebookModel::interfaceLanguage();
        for (const Coding &c : m_controller->codings()) {
            const Code code = m_controller->codeOf(c.codeId);
            QString quote = c.quote;
            if (quote.size() > kQuoteChars)
                quote = quote.left(kQuoteChars - 1) + QChar(0x2026);
            QString text = code.name(lang) + QStringLiteral("\n“") + quote + QStringLiteral("”");
            if (c.isDetached())
                text += QLatin1Char(' ') + tr("(text not found in the narrative)");
            if (!c.memo.isEmpty())
                text += QStringLiteral("\n") + tr("Memo: %1").arg(c.memo);
            QPixmap swatch(12, 12);
            swatch.fill(QColor(code.color));
            auto *item = new QListWidgetItem(QIcon(swatch), text, m_list);
            item->setData(kIdRole, c.id);
            item->setToolTip(c.quote);
            if (c.isDetached()) {
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
            }
            if (c.id == keep)
                m_list->setCurrentItem(item);
        }
    }
    showCurrent();
}

void CodingsPanel::showCurrent()
{
    const QUuid id = currentCoding();
    QString memo;
    if (m_controller) {
        for (const Coding &c : m_controller->codings()) {
            if (c.id == id)
                memo = c.memo;
        }
    }
    // Keep what is being typed when the list refreshes under it.
    if (!m_memo->hasFocus() || id.isNull())
        m_memo->setPlainText(memo);
    m_memo->setEnabled(!id.isNull());
    m_saveMemo->setEnabled(!id.isNull());
    m_remove->setEnabled(!id.isNull());
    m_changeCode->setEnabled(!id.isNull());
    m_apply->setEnabled(m_controller != nullptr);
}

void CodingsPanel::report(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void CodingsPanel::saveMemo()
{
    const QUuid id = currentCoding();
    if (!m_controller || id.isNull())
        return;
    const Status s = m_controller->setMemo(id, m_memo->toPlainText());
    report(s ? QString() : s.error().message());
}

void CodingsPanel::changeCurrentCode()
{
    const QUuid id = currentCoding();
    if (!m_controller || id.isNull())
        return;
    QUuid current;
    for (const Coding &c : m_controller->codings()) {
        if (c.id == id)
            current = c.codeId;
    }
    CodebookPickerDialog picker(m_controller->workspace(), tr("Change the code"), this);
    picker.setObjectName(QStringLiteral("changeCodeDialog"));
    picker.setCurrent(current);
    if (picker.exec() != QDialog::Accepted || picker.selectedCode().isNull())
        return;
    const Status s = m_controller->setCode(id, picker.selectedCode());
    report(s ? QString() : s.error().message());
}

void CodingsPanel::removeCurrent()
{
    const QUuid id = currentCoding();
    if (!m_controller || id.isNull())
        return;
    const Status s = m_controller->removeCoding(id);
    report(s ? QString() : s.error().message());
}

} // namespace vigia
