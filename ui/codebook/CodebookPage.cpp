#include "ui/codebook/CodebookPage.h"

#include "store/Codebook.h"
#include "store/Workspace.h"
#include "ui/codebook/CodebookModel.h"
#include "ui/codebook/CodebookPickerDialog.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QColorDialog>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigia {

CodebookPage::CodebookPage(Workspace &ws, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
{
    // First use of the codebook in this workspace: start from the domain's
    // key challenges. A failure leaves an empty codebook, which still works.
    auto seeded = Codebook::seedIfEmpty(ws.database(), ws.oplog());
    m_model = new CodebookModel(ws, this);
    connect(m_model, &CodebookModel::moveRequested, this, &CodebookPage::moveCode);

    m_toolbar = new QToolBar(this);
    m_new = m_toolbar->addAction(QString(), this, [this] { createCode(false); });
    m_newSub = m_toolbar->addAction(QString(), this, [this] { createCode(true); });
    m_move = m_toolbar->addAction(QString(), this, &CodebookPage::moveCurrent);
    m_merge = m_toolbar->addAction(QString(), this, &CodebookPage::mergeCurrent);
    m_delete = m_toolbar->addAction(QString(), this, &CodebookPage::deleteCurrent);
    m_new->setObjectName(QStringLiteral("newCode"));
    m_newSub->setObjectName(QStringLiteral("newSubCode"));
    m_move->setObjectName(QStringLiteral("moveCode"));
    m_merge->setObjectName(QStringLiteral("mergeCode"));
    m_delete->setObjectName(QStringLiteral("deleteCode"));

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("codebookTree"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodebookModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CodebookModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    auto *deleteKey = new QAction(m_view);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, &CodebookPage::deleteCurrent);
    m_view->addAction(deleteKey);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_toolbar);
    leftLayout->addWidget(m_view);

    auto *details = new QWidget(this);
    m_title = new QLabel(details);
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_nameEn = new QLineEdit(details);
    m_nameEs = new QLineEdit(details);
    m_namePt = new QLineEdit(details);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameEs->setObjectName(QStringLiteral("nameEs"));
    m_namePt->setObjectName(QStringLiteral("namePt"));
    m_color = new QPushButton(details);
    m_color->setObjectName(QStringLiteral("codeColor"));
    m_description = new QPlainTextEdit(details);
    m_description->setObjectName(QStringLiteral("codeDescription"));
    m_description->setTabChangesFocus(true);
    m_count = new QLabel(details);
    m_count->setObjectName(QStringLiteral("codeCount"));
    m_save = new QPushButton(details);
    m_save->setObjectName(QStringLiteral("saveCode"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("codebookError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    m_nameEnLabel = new QLabel(details);
    m_nameEsLabel = new QLabel(details);
    m_namePtLabel = new QLabel(details);
    m_colorLabel = new QLabel(details);
    m_descriptionLabel = new QLabel(details);
    m_nameEnLabel->setBuddy(m_nameEn);
    m_nameEsLabel->setBuddy(m_nameEs);
    m_namePtLabel->setBuddy(m_namePt);
    m_colorLabel->setBuddy(m_color);
    m_descriptionLabel->setBuddy(m_description);
    auto *form = new QFormLayout;
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_nameEsLabel, m_nameEs);
    form->addRow(m_namePtLabel, m_namePt);
    form->addRow(m_colorLabel, m_color);
    form->addRow(m_descriptionLabel, m_description);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_count);
    detailsLayout->addWidget(m_save, 0, Qt::AlignRight);
    detailsLayout->addStretch();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(m_error);

    for (QLineEdit *edit : {m_nameEn, m_nameEs, m_namePt})
        connect(edit, &QLineEdit::returnPressed, this, &CodebookPage::saveDetails);
    connect(m_save, &QPushButton::clicked, this, &CodebookPage::saveDetails);
    connect(m_color, &QPushButton::clicked, this, &CodebookPage::chooseColor);

    retranslate();
    reload();
    if (!seeded)
        report(seeded.error().message());
}

void CodebookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Code names follow the interface language.
        reload();
    }
    QWidget::changeEvent(event);
}

void CodebookPage::showEvent(QShowEvent *event)
{
    // Codings change on the records page: counts are read again.
    reload();
    QWidget::showEvent(event);
}

void CodebookPage::retranslate()
{
    m_new->setText(tr("New code"));
    m_new->setToolTip(tr("Add a top-level code"));
    m_newSub->setText(tr("New sub-code"));
    m_newSub->setToolTip(tr("Add a code under the selected one"));
    m_move->setText(tr("Move to…"));
    m_move->setToolTip(tr("Put the selected code under another code (or drag it there)"));
    m_merge->setText(tr("Merge into…"));
    m_merge->setToolTip(tr("Move every coding and sub-code of the selected code into another "
                           "code, then delete it"));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete the selected code"));
    m_view->setAccessibleName(tr("Codes"));
    m_nameEnLabel->setText(tr("Name in &English:"));
    m_nameEsLabel->setText(tr("Name in &Spanish:"));
    m_namePtLabel->setText(tr("Name in &Portuguese:"));
    m_colorLabel->setText(tr("Colou&r:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_nameEn->setAccessibleName(tr("Name in English"));
    m_nameEs->setAccessibleName(tr("Name in Spanish"));
    m_namePt->setAccessibleName(tr("Name in Portuguese"));
    m_color->setAccessibleName(tr("Colour"));
    m_description->setAccessibleName(tr("Description"));
    m_save->setText(tr("Save changes"));
    showDetails();
}

void CodebookPage::reload()
{
    const QUuid keep = currentCode();
    if (!m_model->reload())
        report(m_model->errorString());
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CodebookPage::showDetails, Qt::UniqueConnection);
    selectCode(keep);
    showDetails();
}

void CodebookPage::selectCode(const QUuid &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    updateActions();
}

QUuid CodebookPage::currentCode() const
{
    return m_model->idAt(m_view->currentIndex());
}

QString CodebookPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool CodebookPage::report(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

void CodebookPage::updateActions()
{
    const bool has = !currentCode().isNull();
    for (QAction *a : {m_newSub, m_move, m_merge, m_delete})
        a->setEnabled(has);
}

void CodebookPage::showDetails()
{
    updateActions();
    const QUuid id = currentCode();
    const Code c = m_model->codeOf(id);
    const bool has = !id.isNull();
    for (QWidget *w : std::initializer_list<QWidget *>{m_nameEn, m_nameEs, m_namePt, m_color,
                                                       m_description, m_save})
        w->setEnabled(has);
    m_title->setText(has ? c.name(CodebookModel::interfaceLanguage())
                         : tr("Select a code to see and edit it."));
    m_nameEn->setText(c.nameEn);
    m_nameEs->setText(c.nameEs);
    m_namePt->setText(c.namePt);
    m_description->setPlainText(c.description);
    m_pendingColor = c.color;
    m_color->setText(has ? c.color : QString());
    m_color->setStyleSheet(has ? QStringLiteral("background-color: %1").arg(c.color) : QString());
    const QModelIndex index = m_model->indexOf(id);
    const int total = index.isValid() ? index.data(CodebookModel::TotalCountRole).toInt() : 0;
    m_count->setText(has ? tr("%n coding(s) of this code", nullptr, c.count) +
                               (total != c.count ? QStringLiteral("; ") +
                                                       tr("%n with its sub-codes", nullptr, total)
                                                 : QString())
                         : QString());
}

void CodebookPage::createCode(bool asSubCode)
{
    Code c;
    const QString lang = CodebookModel::interfaceLanguage();
    const QString name = tr("New code");
    (lang == QLatin1String("es")   ? c.nameEs
     : lang == QLatin1String("pt") ? c.namePt
                                   : c.nameEn) = name;
    if (asSubCode) {
        c.parent = currentCode();
        c.color = m_model->codeOf(c.parent).color;
    }
    Codebook book(m_ws.database(), m_ws.oplog());
    auto id = book.create(c);
    if (!report(id ? QString() : id.error().message()))
        return;
    reload();
    selectCode(id.value());
    // Ready to type the real name.
    QLineEdit *edit = lang == QLatin1String("es")   ? m_nameEs
                      : lang == QLatin1String("pt") ? m_namePt
                                                    : m_nameEn;
    edit->setFocus();
    edit->selectAll();
    emit codebookChanged();
}

void CodebookPage::saveDetails()
{
    const QUuid id = currentCode();
    if (id.isNull())
        return;
    const Code before = m_model->codeOf(id);
    Codebook book(m_ws.database(), m_ws.oplog());
    const QList<QPair<QString, QLineEdit *>> names{{QStringLiteral("en"), m_nameEn},
                                                   {QStringLiteral("es"), m_nameEs},
                                                   {QStringLiteral("pt"), m_namePt}};
    const QStringList old{before.nameEn, before.nameEs, before.namePt};
    // Names that gain text first: clearing one then never hits "a code needs
    // a name" while another is being typed.
    QList<int> order{0, 1, 2};
    std::stable_sort(order.begin(), order.end(), [&names](int a, int b) {
        return !names[a].second->text().trimmed().isEmpty() &&
               names[b].second->text().trimmed().isEmpty();
    });
    for (int i : order) {
        const QString text = names[i].second->text().trimmed();
        if (text == old[i])
            continue;
        if (Status s = book.rename(id, names[i].first, text); !s) {
            report(s.error().message());
            reload();
            return;
        }
    }
    if (m_description->toPlainText() != before.description) {
        if (Status s = book.describe(id, m_description->toPlainText()); !s) {
            report(s.error().message());
            return;
        }
    }
    if (m_pendingColor != before.color && Codebook::isValidColor(m_pendingColor)) {
        if (Status s = book.recolor(id, m_pendingColor); !s) {
            report(s.error().message());
            return;
        }
    }
    report({});
    reload();
    emit codebookChanged();
}

void CodebookPage::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_pendingColor), this, tr("Code colour"));
    if (!chosen.isValid())
        return;
    m_pendingColor = chosen.name();
    m_color->setText(m_pendingColor);
    m_color->setStyleSheet(QStringLiteral("background-color: %1").arg(m_pendingColor));
}

void CodebookPage::moveCode(const QUuid &code, const QUuid &newParent)
{
    Codebook book(m_ws.database(), m_ws.oplog());
    if (Status s = book.move(code, newParent); !report(s ? QString() : s.error().message()))
        return;
    reload();
    selectCode(code);
    emit codebookChanged();
}

void CodebookPage::moveCurrent()
{
    const QUuid id = currentCode();
    if (id.isNull())
        return;
    CodebookPickerDialog picker(
        m_ws, tr("Move “%1” to").arg(m_model->codeOf(id).name(CodebookModel::interfaceLanguage())),
        this);
    picker.setObjectName(QStringLiteral("moveCodeDialog"));
    picker.setTopLevelAllowed(true);
    picker.excludeSubtree(id);
    if (picker.exec() != QDialog::Accepted)
        return;
    moveCode(id, picker.selectedCode());
}

void CodebookPage::mergeCurrent()
{
    const QUuid id = currentCode();
    if (id.isNull())
        return;
    const QString lang = CodebookModel::interfaceLanguage();
    const Code from = m_model->codeOf(id);
    CodebookPickerDialog picker(m_ws, tr("Merge “%1” into").arg(from.name(lang)), this);
    picker.setObjectName(QStringLiteral("mergeCodeDialog"));
    picker.excludeSubtree(id);
    if (picker.exec() != QDialog::Accepted || picker.selectedCode().isNull())
        return;
    const QUuid into = picker.selectedCode();
    Codebook book(m_ws.database(), m_ws.oplog());
    if (Status s = book.merge(id, into); !report(s ? QString() : s.error().message()))
        return;
    reload();
    selectCode(into);
    emit codebookChanged();
}

void CodebookPage::deleteCurrent()
{
    const QUuid id = currentCode();
    if (id.isNull())
        return;
    const Code c = m_model->codeOf(id);
    QMessageBox ask(QMessageBox::Question, tr("Delete code"),
                    tr("Delete the code “%1”?").arg(c.name(CodebookModel::interfaceLanguage())),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("deleteCodeDialog"));
    ask.setInformativeText(
        tr("Its sub-codes move up one level. Its %n coding(s) are kept but hidden until the "
           "code is restored; to keep them visible, merge the code into another instead.",
           nullptr, c.count));
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *moveFirst = nullptr;
    if (c.count > 0) {
        moveFirst = ask.addButton(tr("Move codings, then delete…"), QMessageBox::ActionRole);
        moveFirst->setObjectName(QStringLiteral("moveCodingsThenDelete"));
    }
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    QAbstractButton *clicked = MessageBox::exec(ask);
    QUuid target;
    if (moveFirst && clicked == moveFirst) {
        CodebookPickerDialog picker(
            m_ws, tr("Move the codings of “%1” to").arg(c.name(CodebookModel::interfaceLanguage())),
            this);
        picker.setObjectName(QStringLiteral("moveCodingsDialog"));
        picker.excludeSubtree(id);
        if (picker.exec() != QDialog::Accepted || picker.selectedCode().isNull())
            return;
        target = picker.selectedCode();
    } else if (clicked != remove) {
        return;
    }
    Codebook book(m_ws.database(), m_ws.oplog());
    if (Status s = book.remove(id, target); !report(s ? QString() : s.error().message()))
        return;
    reload();
    emit codebookChanged();
}

} // namespace vigia
