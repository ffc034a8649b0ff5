#include "ui/records/RecordEditor.h"
#include "ui/records/CommentThread.h"

#include "forms/FormRowFinder.h"
#include "records/RecordDraft.h"
#include "ui/common/KeyBindings.h"
#include "ui/common/LanguageNames.h"
#include "ui/common/MessageBox.h"
#include "ui/fields/ChoiceField.h"
#include "ui/fields/DateField.h"
#include "ui/fields/MultiChoiceField.h"
#include "ui/fields/NarrativeField.h"
#include "ui/fields/NoteField.h"
#include "ui/fields/NumberField.h"
#include "ui/fields/TextField.h"
#include "ui/records/ProblemList.h"
#include "ui/records/RecordHistoryPanel.h"
#include "ui/records/RedactAnswerDialog.h"
#include "ui/records/RepeatSection.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vigia {

RecordEditor::RecordEditor(Workspace &ws, const QUuid &id, QWidget *parent)
    : QWidget(parent)
    , m_document(new RecordDocument(ws, id, this))
{
    setObjectName(QStringLiteral("recordEditor"));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { (void)saveNow(); });

    auto *layout = new QVBoxLayout(this);
    buildToolbar();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_state, 1);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    // Up here: the row of buttons below already fills a netbook in Spanish.
    bar->addWidget(m_historyButton);
    layout->addLayout(bar);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_undoButton, m_redoButton, m_saveButton, m_finalizeButton,
                           m_nextProblemButton, m_reopenButton, m_redactButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_commentsButton);
    buttons->addWidget(m_panelButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    // The form gets the editor's height; side panels (codings and memos)
    // share its width behind a splitter, and only when wanted.
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setObjectName(QStringLiteral("editorBody"));
    m_body->setChildrenCollapsible(false);
    m_scroll = new QScrollArea(m_body);
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    // Tab goes from field to field (the area scrolls to the focused one).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumWidth(kFormMinWidth);
    m_side = new QWidget(m_body);
    m_side->setObjectName(QStringLiteral("editorSidePanel"));
    auto *side = new QVBoxLayout(m_side);
    side->setContentsMargins(0, 0, 0, 0);
    m_side->hide();
    m_comments = new CommentThread(ws, id, m_body);
    // Beside the form only when there is a thread, or when asked for: with
    // the codings too, a netbook's form would scroll sideways.
    m_comments->setVisible(!m_comments->comments().isEmpty());
    m_commentsButton->setChecked(m_comments->isVisibleTo(this));
    connect(m_commentsButton, &QPushButton::toggled, m_comments, &QWidget::setVisible);
    connect(m_comments, &CommentThread::commentAdded, this,
            &RecordEditor::retranslateCommentsButton);
    buildHistory(ws, id);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    layout->addWidget(m_body, 1);

    if (!m_document->isLoaded()) {
        auto *error = new QLabel(m_document->loadError(), this);
        error->setWordWrap(true);
        m_scroll->setWidget(error);
        retranslate();
        return;
    }
    connectDocument();
    buildForm();
    {
        QList<QPair<QString, QString>> fields;
        for (const RecordField *field : std::as_const(m_order))
            fields.append({field->path(), field->labelText()});
        m_comments->setFields(fields);
        m_history->setFields(fields);
    }
    retranslate();
    updateMode();
    setTabOrder(m_language, m_undoButton);
    // A new record: what the form filled in is saved soon.
    if (m_document->hasUnsavedChanges())
        m_saveTimer.start();
}

RecordEditor::~RecordEditor()
{
    // Closing the window must not lose the last half second of typing. Saved
    // here, while the editor can still say so; should it fail, the document
    // tries again as it goes, and logs it.
    if (m_document->hasUnsavedChanges())
        (void)saveNow();
}

void RecordEditor::connectDocument()
{
    RecordDocument *d = m_document;
    connect(d, &RecordDocument::valueChanged, this, &RecordEditor::showValue);
    connect(d, &RecordDocument::instancesChanged, this, &RecordEditor::showInstances);
    connect(d, &RecordDocument::valueRefused, this, [this](const QString &path, const QString &m) {
        if (RecordField *field = m_fields.value(path))
            field->setMessage(m);
    });
    connect(d, &RecordDocument::saved, this, [this](bool written) {
        setState(tr("Draft saved"));
        if (written)
            emit recordChanged(recordId());
    });
    connect(d, &RecordDocument::error, this, &RecordEditor::showError);
    connect(d, &RecordDocument::statusChanged, this, [this] {
        updateMode();
        setState(isFinalized() ? tr("Finalized") : tr("Reopened as a draft"));
        emit recordChanged(recordId());
    });
}

void RecordEditor::buildToolbar()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("recordTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("formLanguage"));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { setFormLanguage(m_language->currentData().toString()); });
    // Long titles and messages wrap or elide instead of widening the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(kTitleMinWidth);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("saveState"));
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_panelButton = new QPushButton(this);
    m_panelButton->setObjectName(QStringLiteral("sidePanelButton"));
    m_panelButton->setCheckable(true);
    m_panelButton->hide();
    connect(m_panelButton, &QPushButton::toggled, this, [this](bool on) {
        m_panelWanted = on;
        m_side->setVisible(on);
    });
    m_commentsButton = new QPushButton(this);
    m_commentsButton->setObjectName(QStringLiteral("commentsButton"));
    m_commentsButton->setCheckable(true);
    m_historyButton = new QPushButton(this);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setCheckable(true);
    m_undoButton = new QPushButton(this);
    m_redoButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_finalizeButton = new QPushButton(this);
    m_finalizeButton->setObjectName(QStringLiteral("finalizeButton"));
    m_reopenButton = new QPushButton(this);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_redactButton = new QPushButton(this);
    m_redactButton->setObjectName(QStringLiteral("redactButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_nextProblemButton = new QPushButton(this);
    m_nextProblemButton->setObjectName(QStringLiteral("nextProblemButton"));
    m_nextProblemButton->hide();
    m_problems = new ProblemList(this);
    connect(m_problems, &ProblemList::problemChosen, this, &RecordEditor::showField);
    connect(m_nextProblemButton, &QPushButton::clicked, this, [this] { (void)goToNextProblem(); });

    QUndoStack *undo = m_document->undoStack();
    connect(m_undoButton, &QPushButton::clicked, undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)saveNow(); });
    connect(m_finalizeButton, &QPushButton::clicked, this, [this] { (void)finalizeRecord(); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { (void)reopenRecord(); });
    connect(m_redactButton, &QPushButton::clicked, this, &RecordEditor::redactAnswer);
    connect(m_closeButton, &QPushButton::clicked, this, &RecordEditor::closeRequested);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::Save, [this] { (void)saveNow(); });
    shortcut(keys::finalize(), [this] { (void)finalizeRecord(); });
    shortcut(keys::finalizeOnKeypad(), [this] { (void)finalizeRecord(); });
    shortcut(QKeySequence::Undo, [undo] { undo->undo(); });
    shortcut(keys::redo(), [undo] { undo->redo(); });
    shortcut(keys::nextProblem(), [this] { (void)goToNextProblem(); });
}

RecordField *RecordEditor::createField(const FormRow &row, const QString &path, QWidget *parent)
{
    using Kind = FormType::Kind;
    switch (row.type().kind()) {
    case Kind::Note:
        return new NoteField(row, path, parent);
    case Kind::Narrative: {
        auto *f = new NarrativeField(row, path, parent);
        return f;
    }
    case Kind::Integer:
    case Kind::Decimal:
        return new NumberField(row, path, parent);
    case Kind::Date:
    case Kind::DateTime:
    case Kind::Time:
        return new DateField(row, path, parent);
    case Kind::SelectOne:
        return new ChoiceField(row, path, int(session().availableChoices(path).size()), parent);
    case Kind::SelectMultiple:
        return new MultiChoiceField(row, path, int(session().availableChoices(path).size()),
                                    parent);
    case Kind::Text:
    case Kind::Range:
    case Kind::Geopoint:
    case Kind::Acknowledge:
        return new TextField(row, path, parent);
    default:
        // Calculations, metadata, hidden and device-only types are not shown.
        return nullptr;
    }
}

void RecordEditor::addRows(const QList<FormRow> &rows, QWidget *container, QVBoxLayout *layout,
                           const QString &prefix, const QString &groups,
                           const QSet<QString> &shared)
{
    for (const FormRow &row : rows) {
        const FormType::Kind kind = row.type().kind();
        if (kind == FormType::Kind::Group) {
            auto *box = new QGroupBox(container);
            box->setObjectName(QStringLiteral("group_") + row.name());
            // Where the group is, as an address ("members[1]/details"): a
            // name may be used again in another repeat.
            box->setProperty("group", prefix + groups + row.name());
            auto *inner = new QVBoxLayout(box);
            addRows(row.children(), box, inner, prefix, groups + row.name() + QLatin1Char('/'),
                    shared);
            layout->addWidget(box);
            continue;
        }
        if (kind == FormType::Kind::Repeat) {
            const QList<FormRow> children = row.children();
            auto *section = new RepeatSection(
                row, prefix + row.name(),
                [this, children, inShared = FormRowFinder::sharedNames(children)](
                    const QString &instance, QWidget *card, QVBoxLayout *inner) {
                    addRows(children, card, inner, instance + QLatin1Char('/'), {}, inShared);
                },
                container);
            section->setFixedCount(!row.repeatCount().isEmpty());
            connect(section, &RepeatSection::addRequested, this, &RecordEditor::requestAdd);
            connect(section, &RepeatSection::removeRequested, this, &RecordEditor::requestRemove);
            section->rebuild(session().instanceCount(section->address()), 1);
            layout->addWidget(section);
            continue;
        }
        const QString key = shared.contains(row.name()) ? groups + row.name() : row.name();
        RecordField *field = createField(row, prefix + key, container);
        if (!field)
            continue;
        layout->addWidget(field);
        connect(field, &RecordField::edited, m_document, &RecordDocument::edit);
        connect(field, &RecordField::undoRequested, undoStack(), &QUndoStack::undo);
        connect(field, &RecordField::redoRequested, undoStack(), &QUndoStack::redo);
    }
}

void RecordEditor::collectWidgets()
{
    // Walking the children in order gives form order, outer before inner;
    // dropped cards have left the tree already (RepeatSection::rebuild).
    m_order = m_formWidget->findChildren<RecordField *>();
    m_fields.clear();
    for (RecordField *field : std::as_const(m_order))
        m_fields.insert(field->path(), field);
    m_sections.clear();
    for (QGroupBox *box : m_formWidget->findChildren<QGroupBox *>()) {
        const FormRow *row = FormRowFinder::at(form(), box->property("group").toString());
        if (row)
            m_sections.append(Section{box, *row, box->findChildren<RecordField *>()});
    }
    m_repeats = m_formWidget->findChildren<RepeatSection *>();
}

void RecordEditor::buildForm()
{
    m_formWidget = new QWidget;
    m_formWidget->setObjectName(QStringLiteral("recordForm"));
    auto *layout = new QVBoxLayout(m_formWidget);
    addRows(form().rows(), m_formWidget, layout, {}, {}, FormRowFinder::sharedNames(form().rows()));
    layout->addStretch(1);
    m_scroll->setWidget(m_formWidget);
    collectWidgets();
    for (RecordField *field : std::as_const(m_order))
        field->setValue(session().text(field->path()));
    showTexts();
    QStringList all;
    for (RecordField *field : std::as_const(m_order))
        all.append(field->path());
    refreshStates(all);
    updateTabOrder();
    // Queued: whoever creates the editor connects to the signal first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (const QString &path : narrativePaths())
                emit narrativeEditorCreated(path, narrativeEditor(path));
        },
        Qt::QueuedConnection);
}

void RecordEditor::updateTabOrder()
{
    QWidget *previous = m_closeButton;
    for (QWidget *w : m_formWidget->findChildren<QWidget *>()) {
        QWidget *target = nullptr;
        if (auto *field = qobject_cast<RecordField *>(w))
            target = field->focusTarget();
        else if (w->property("repeatButton").toBool())
            target = w;
        if (target) {
            setTabOrder(previous, target);
            previous = target;
        }
    }
}

QStringList RecordEditor::narrativePaths() const
{
    QStringList out;
    for (RecordField *field : m_order) {
        if (qobject_cast<NarrativeField *>(field) && !field->path().contains(QLatin1Char('[')))
            out.append(field->path());
    }
    return out;
}

QPlainTextEdit *RecordEditor::narrativeEditor(const QString &path) const
{
    auto *narrative = qobject_cast<NarrativeField *>(m_fields.value(path));
    return narrative ? narrative->editor() : nullptr;
}

QString RecordEditor::formLanguage() const
{
    return m_document->language();
}

void RecordEditor::addPanel(QWidget *panel)
{
    m_side->layout()->addWidget(panel);
    m_panelButton->show();
}

void RecordEditor::setPanelCount(int count)
{
    // Hidden while nothing is coded; the first coding brings it into view,
    // and the person's own choice stands after that.
    const bool first = count > 0 && m_panelCount == 0;
    m_panelCount = count;
    retranslatePanelButton();
    if (first)
        setPanelShown(true);
    else if (count == 0 && !m_panelWanted)
        setPanelShown(false);
}

void RecordEditor::setPanelShown(bool shown)
{
    m_panelWanted = shown;
    const QSignalBlocker block(m_panelButton);
    m_panelButton->setChecked(shown);
    m_side->setVisible(shown);
}

bool RecordEditor::isPanelShown() const
{
    return m_side->isVisibleTo(this);
}

void RecordEditor::retranslateCommentsButton()
{
    const int count = int(m_comments->comments().size());
    m_commentsButton->setText(count > 0 ? tr("Commen&ts (%1)").arg(count) : tr("Commen&ts"));
    m_commentsButton->setToolTip(tr("Show or hide the comments on this record"));
}

void RecordEditor::retranslatePanelButton()
{
    m_panelButton->setText(m_panelCount > 0 ? tr("C&odings (%1)").arg(m_panelCount)
                                            : tr("C&odings"));
    m_panelButton->setToolTip(tr("Show or hide the codings and memos of this record"));
}

void RecordEditor::setFormLanguage(const QString &language)
{
    if (!isLoaded())
        return;
    m_document->setLanguage(language);
    const int index = m_language->findData(language);
    if (index >= 0 && index != m_language->currentIndex())
        m_language->setCurrentIndex(index);
    showTexts();
    for (RecordField *field : std::as_const(m_order))
        field->setChoices(session().availableChoices(field->path()));
    refreshMessages();
}

void RecordEditor::showTexts()
{
    const QString language = m_document->language();
    const QString fallback = form().defaultLanguage();
    m_title->setText(form().title().text(language, fallback));
    for (RepeatSection *section : std::as_const(m_repeats))
        section->showTexts(language, fallback);
    for (RecordField *field : std::as_const(m_order)) {
        field->showTexts(language, fallback);
        field->setAccessibleContext(instanceContext(field->path()));
    }
    for (const Section &s : std::as_const(m_sections)) {
        const QString title = s.row.label().text(language, fallback);
        s.box->setTitle(title.isEmpty() ? s.row.name() : title);
    }
}

void RecordEditor::showValue(const QString &path, const QStringList &affected)
{
    m_touched.insert(path);
    if (RecordField *field = m_fields.value(path)) {
        // What was just typed stays as typed ("1,50" while it reads 1.5);
        // undo and redo show the answer.
        const QLocale &locale = m_document->draft().locale();
        const QString text = session().text(path);
        if (RecordDraft::canonical(field->row(), field->value(), locale) !=
            RecordDraft::canonical(field->row(), text, locale))
            field->setValue(text);
    }
    refreshStates(affected + QStringList{path});
    changed();
}

void RecordEditor::showInstances(const QString &repeat, int first)
{
    syncRepeats(repeat, first);
    changed();
}

void RecordEditor::changed()
{
    setState(tr("Editing…"));
    m_saveTimer.start();
}

void RecordEditor::showError(RecordDocument::Action action, const QString &message)
{
    switch (action) {
    case RecordDocument::Action::Save:
        setState(tr("Not saved: %1").arg(message));
        break;
    case RecordDocument::Action::Finalize:
        setState(tr("Not finalized: %1").arg(message));
        break;
    case RecordDocument::Action::Reopen:
        setState(message);
        break;
    }
}

void RecordEditor::refreshStates(const QStringList &paths)
{
    for (const QString &path : paths) {
        RecordField *field = m_fields.value(path);
        if (!field)
            continue;
        field->setVisible(session().isRelevant(path));
        field->setRequired(session().isRequired(path));
        field->setEditable(!session().isReadOnly(path) && isDraft());
        field->setChoices(session().availableChoices(path));
        if (!field->row().calculation().isEmpty())
            field->setValue(session().text(path));
    }
    // Notes have no answer, so the engine does not report them: ask directly.
    for (RecordField *field : std::as_const(m_order)) {
        if (qobject_cast<NoteField *>(field))
            field->setVisible(session().isRelevant(field->path()));
    }
    updateRepeats();
    updateGroups();
    refreshMessages();
}

void RecordEditor::updateGroups()
{
    // Innermost sections come last, so walk backwards: a section shows when
    // any of its fields does.
    for (auto it = m_sections.crbegin(); it != m_sections.crend(); ++it) {
        if (it->fields.isEmpty())
            continue;
        bool any = false;
        for (RecordField *f : it->fields)
            any = any || !f->isHidden();
        it->box->setVisible(any);
    }
}

void RecordEditor::refreshMessages()
{
    if (!isLoaded())
        return;
    QHash<QString, QString> messages;
    for (const FieldIssue &issue : session().validateAll()) {
        // Missing answers are pointed out when finalizing, not while typing.
        if (issue.kind() == FieldIssue::Kind::Required && !m_showAllIssues)
            continue;
        if (!m_showAllIssues && !m_touched.contains(issue.field()))
            continue;
        if (!messages.contains(issue.field()))
            messages.insert(issue.field(), issue.message());
    }
    QList<ProblemList::Problem> blocking;
    for (RecordField *field : std::as_const(m_order)) {
        const QString message = messages.value(field->path());
        field->setMessage(message);
        if (m_showAllIssues && !message.isEmpty() && !field->isHidden())
            blocking.append(
                {field->path(),
                 tr("%1: %2", "field label: problem").arg(field->labelText(), message)});
    }
    // Kept up to date as answers change: what is left stays in sight.
    m_problems->setProblems(isDraft() ? blocking : QList<ProblemList::Problem>());
    m_nextProblemButton->setVisible(!m_problems->paths().isEmpty());
    m_nextProblemButton->setText(tr("Next problem (%n)", nullptr, int(m_problems->paths().size())));
}

void RecordEditor::showField(const QString &path)
{
    RecordField *field = m_fields.value(path);
    if (!field)
        return;
    m_scroll->ensureWidgetVisible(field);
    if (QWidget *target = field->focusTarget())
        target->setFocus(Qt::OtherFocusReason);
}

QString RecordEditor::currentField() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (RecordField *field : m_order)
        if (focus && (field == focus || field->isAncestorOf(focus)))
            return field->path();
    return {};
}

bool RecordEditor::goToNextProblem()
{
    const QStringList paths = m_problems->paths();
    if (paths.isEmpty())
        return false;
    // Where the focus is, in form order.
    qsizetype here = -1;
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; focus && i < m_order.size(); ++i) {
        if (m_order.at(i) == focus || m_order.at(i)->isAncestorOf(focus)) {
            here = i;
            break;
        }
    }
    for (const QString &path : paths) {
        if (m_order.indexOf(m_fields.value(path)) > here) {
            showField(path);
            return true;
        }
    }
    showField(paths.first()); // past the last one: around to the first
    return true;
}

Status RecordEditor::saveNow()
{
    m_saveTimer.stop();
    return m_document->save();
}

bool RecordEditor::finalizeRecord()
{
    if (!isLoaded() || !isDraft() || !saveNow())
        return false;
    const QList<FieldIssue> issues = session().validateAll();
    if (!issues.isEmpty()) {
        m_showAllIssues = true;
        refreshMessages();
        setState(tr("%n problem(s) to correct before finalizing", nullptr, int(issues.size())));
        if (!m_problems->paths().isEmpty())
            showField(m_problems->paths().first());
        return false;
    }
    return m_document->finalize();
}

bool RecordEditor::reopenRecord()
{
    return isLoaded() && m_document->reopen();
}

void RecordEditor::redactAnswer()
{
    if (!isLoaded())
        return;
    // What was just typed is part of the answer to correct.
    if (Status saved = m_document->save(); !saved)
        return; // the document's error() signal already says why
    const QList<RecordDocument::TextAnswer> answers = m_document->textAnswers();
    if (answers.isEmpty()) {
        MessageBox::information(this, tr("Remove an answer everywhere"),
                                tr("This record has no written answer to remove."));
        return;
    }
    RedactAnswerDialog dialog(answers, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status done = m_document->redact(dialog.field(), dialog.replacement());
        if (done) {
            setState(tr("The answer was removed from every earlier version."));
            return;
        }
        dialog.showError(done.error().message());
    }
}

void RecordEditor::updateMode()
{
    const bool draft = isDraft();
    m_saveButton->setVisible(draft);
    m_finalizeButton->setVisible(draft);
    if (!draft) {
        m_problems->setProblems({});
        m_nextProblemButton->hide();
    }
    m_reopenButton->setVisible(isFinalized());
    m_undoButton->setVisible(draft);
    m_redoButton->setVisible(draft);
    for (RecordField *field : std::as_const(m_order))
        field->setEditable(draft && !session().isReadOnly(field->path()));
    for (RepeatSection *section : std::as_const(m_repeats))
        section->setEditable(draft);
}

void RecordEditor::setState(const QString &text)
{
    m_state->setText(text);
}

void RecordEditor::retranslate()
{
    m_languageLabel->setText(tr("Form &language:"));
    m_language->setAccessibleName(tr("Form language"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_redoButton->setText(tr("Redo"));
    m_redoButton->setToolTip(tr("Redo the change undone (Ctrl+Shift+Z)"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the draft now (Ctrl+S); drafts are also saved as you type"));
    m_finalizeButton->setText(tr("&Finalize"));
    m_finalizeButton->setToolTip(tr("Check every answer and finalize the record (Ctrl+Return)"));
    m_reopenButton->setText(tr("&Reopen"));
    m_reopenButton->setToolTip(tr("Make the finalized record a draft again to change it"));
    m_closeButton->setText(tr("&Back to the list"));
    m_redactButton->setText(tr("Remove an answer…"));
    m_redactButton->setToolTip(
        tr("Remove an answer from every earlier version of it, here and on every device: for "
           "a name typed by mistake"));
    m_nextProblemButton->setToolTip(
        tr("Go to the next field to correct (%1)")
            .arg(keys::nextProblem().toString(QKeySequence::NativeText)));
    m_problems->setAccessibleName(tr("Fields to correct before finalizing"));
    retranslatePanelButton();
    retranslateCommentsButton();
    retranslateHistory();
    refreshMessages(); // the list's texts
    if (!isLoaded())
        return;
    const QSignalBlocker block(m_language);
    m_language->clear();
    for (const QString &language : form().languages())
        m_language->addItem(LanguageNames::name(language), language);
    m_language->setCurrentIndex(m_language->findData(m_document->language()));
    if (isFinalized())
        setState(tr("Finalized"));
    else if (isDraft() && m_state->text().isEmpty())
        setState(tr("Draft"));
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigia
