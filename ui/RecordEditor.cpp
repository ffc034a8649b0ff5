#include "RecordEditor.h"

#include "ChoiceField.h"
#include "DateField.h"
#include "FormPath.h"
#include "FormStore.h"
#include "MultiChoiceField.h"
#include "NarrativeField.h"
#include "NoteField.h"
#include "NumberField.h"
#include "RecordEditCommand.h"
#include "RecordStore.h"
#include "RepeatSection.h"
#include "TextField.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia {

namespace {
Q_LOGGING_CATEGORY(lcRecordEditor, "vigia.ui.records")

// An answer as the engine reads it: stored answers are CBOR text, but other
// tools may have written numbers or booleans.
QString textOf(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QCborValue stored(const QString &text)
{
    return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
}

QString interfaceLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}
} // namespace

RecordEditor::RecordEditor(Workspace &ws, const QUuid &id, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_id(id)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("recordEditor"));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { (void)saveNow(); });

    auto *layout = new QVBoxLayout(this);
    buildToolbar();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(m_state);
    layout->addLayout(bar);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_undoButton, m_redoButton, m_saveButton, m_finalizeButton,
                           m_reopenButton, m_closeButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_scroll = new QScrollArea(this);
    // Tab goes from field to field (the area scrolls to the focused one).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);

    if (!load()) {
        auto *error = new QLabel(m_loadError, this);
        error->setWordWrap(true);
        m_scroll->setWidget(error);
        retranslate();
        return;
    }
    buildForm();
    retranslate();
    updateMode();
    setTabOrder(m_language, m_undoButton);
}

RecordEditor::~RecordEditor()
{
    // Closing the window must not lose the last half second of typing.
    if (!m_dirty.isEmpty() && !saveNow())
        qCWarning(lcRecordEditor) << "A draft could not be saved when its editor closed";
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
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("saveState"));
    m_undoButton = new QPushButton(this);
    m_redoButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_finalizeButton = new QPushButton(this);
    m_finalizeButton->setObjectName(QStringLiteral("finalizeButton"));
    m_reopenButton = new QPushButton(this);
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)saveNow(); });
    connect(m_finalizeButton, &QPushButton::clicked, this, [this] { (void)finalizeRecord(); });
    connect(m_reopenButton, &QPushButton::clicked, this, [this] { (void)reopenRecord(); });
    connect(m_closeButton, &QPushButton::clicked, this, &RecordEditor::closeRequested);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::Save, [this] { (void)saveNow(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { (void)finalizeRecord(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { (void)finalizeRecord(); });
    shortcut(QKeySequence::Undo, [this] { m_undo->undo(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_undo->redo(); });
}

bool RecordEditor::load()
{
    auto record = m_ws.records().get(m_id);
    if (!record) {
        m_loadError = record.error().message();
        return false;
    }
    m_status = record.value().status;
    auto form = m_ws.forms().get(record.value().formId, record.value().formVersion);
    if (!form) {
        m_loadError = form.error().message();
        return false;
    }
    m_form = form.value();
    auto session = FormSession::start(m_form);
    if (!session) {
        m_loadError = session.error().message();
        return false;
    }
    m_session.emplace(std::move(session.value()));
    m_session->setLocale(QLocale());
    m_session->setDeviceId(m_ws.deviceId().toString(QUuid::WithoutBraces));
    const QStringList languages = m_form.languages();
    QString language = interfaceLanguage();
    if (!languages.contains(language))
        language = m_form.defaultLanguage();
    m_session->setLanguage(language);

    const QMap<QString, QCborValue> &values = record.value().values;
    QStringList counts;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        m_stored.insert(it.key(), textOf(it.value()));
        if (isRepeatAddress(it.key())) {
            counts.append(it.key());
            continue;
        }
        // Answers the form cannot take (calculated, renamed) stay stored as they are.
        (void)m_session->setValue(it.key(), textOf(it.value()));
    }
    // Answers create the instances they name; the stored counts add the
    // instances that hold no answer yet. Outer repeats first.
    std::stable_sort(counts.begin(), counts.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'));
    });
    for (const QString &repeat : std::as_const(counts)) {
        const int wanted = std::min(m_stored.value(repeat).toInt(), FormSession::kMaxInstances);
        while (m_session->instanceCount(repeat) < wanted) {
            if (!m_session->addInstance(repeat))
                break;
        }
    }
    // A new record: keep what the form filled in (defaults, start, today).
    if (values.isEmpty() && m_status == RecordStore::kDraft && !record.value().deleted) {
        for (const QString &path : m_session->fieldPaths()) {
            const FormRow *row = rowOf(path);
            if (row && row->calculation().isEmpty() && !m_session->text(path).isEmpty())
                m_dirty.insert(path);
        }
        if (!m_dirty.isEmpty())
            m_saveTimer.start();
    }
    if (record.value().deleted)
        m_status = QStringLiteral("deleted");
    return true;
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
        return new ChoiceField(row, path, int(m_session->availableChoices(path).size()), parent);
    case Kind::SelectMultiple:
        return new MultiChoiceField(row, path, parent);
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
                           const QString &prefix)
{
    for (const FormRow &row : rows) {
        const FormType::Kind kind = row.type().kind();
        if (kind == FormType::Kind::Group) {
            auto *box = new QGroupBox(container);
            box->setObjectName(QStringLiteral("group_") + row.name());
            box->setProperty("group", row.name());
            auto *inner = new QVBoxLayout(box);
            addRows(row.children(), box, inner, prefix);
            layout->addWidget(box);
            continue;
        }
        if (kind == FormType::Kind::Repeat) {
            const QList<FormRow> children = row.children();
            auto *section = new RepeatSection(
                row, prefix + row.name(),
                [this, children](const QString &instance, QWidget *card, QVBoxLayout *inner) {
                    addRows(children, card, inner, instance + QLatin1Char('/'));
                },
                container);
            section->setFixedCount(!row.repeatCount().isEmpty());
            connect(section, &RepeatSection::addRequested, this, &RecordEditor::requestAdd);
            connect(section, &RepeatSection::removeRequested, this, &RecordEditor::requestRemove);
            section->rebuild(m_session->instanceCount(section->address()), 1);
            layout->addWidget(section);
            continue;
        }
        RecordField *field = createField(row, prefix + row.name(), container);
        if (!field)
            continue;
        layout->addWidget(field);
        connect(field, &RecordField::edited, this, &RecordEditor::onEdited);
        connect(field, &RecordField::undoRequested, m_undo, &QUndoStack::undo);
        connect(field, &RecordField::redoRequested, m_undo, &QUndoStack::redo);
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
        const FormRow *row = m_form.findRow(box->property("group").toString());
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
    addRows(m_form.rows(), m_formWidget, layout, {});
    layout->addStretch(1);
    m_scroll->setWidget(m_formWidget);
    collectWidgets();
    for (RecordField *field : std::as_const(m_order))
        field->setValue(m_session->text(field->path()));
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

bool RecordEditor::isFinalized() const
{
    return m_status == RecordStore::kFinalized;
}

QString RecordEditor::formLanguage() const
{
    return m_session ? m_session->language() : QString();
}

void RecordEditor::addPanel(QWidget *panel)
{
    // The constructor gives the editor a vertical layout: bar, buttons, form.
    static_cast<QVBoxLayout *>(layout())->addWidget(panel);
}

void RecordEditor::setFormLanguage(const QString &language)
{
    if (!m_session)
        return;
    m_session->setLanguage(language);
    const int index = m_language->findData(language);
    if (index >= 0 && index != m_language->currentIndex())
        m_language->setCurrentIndex(index);
    showTexts();
    for (RecordField *field : std::as_const(m_order))
        field->setChoices(m_session->availableChoices(field->path()));
    refreshMessages();
}

void RecordEditor::showTexts()
{
    const QString language = m_session->language();
    const QString fallback = m_form.defaultLanguage();
    m_title->setText(m_form.title().text(language, fallback));
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

void RecordEditor::onEdited(const QString &path, const QString &value)
{
    if (!m_session || m_status != RecordStore::kDraft)
        return;
    const QString before = m_session->text(path);
    if (before == value)
        return;
    m_undo->push(new RecordEditCommand(*this, path, before, value));
}

void RecordEditor::applyValue(const QString &path, const QString &value, bool updateWidget)
{
    if (!m_session)
        return;
    RecordField *field = m_fields.value(path);
    if (updateWidget && field)
        field->setValue(value);
    auto changed = m_session->setValue(path, value);
    if (!changed) {
        if (field)
            field->setMessage(changed.error().message());
        return;
    }
    m_touched.insert(path);
    m_dirty.insert(path);
    QStringList paths = changed.value();
    paths.append(path);
    // Calculated answers the engine changed are stored with the draft too.
    for (const QString &p : changed.value()) {
        const FormRow *row = rowOf(p);
        if (row && !row->calculation().isEmpty())
            m_dirty.insert(p);
    }
    // A repeat_count may have followed the answer: cards come or go.
    if (m_repeats.isEmpty() || !syncRepeats())
        refreshStates(paths);
    setState(tr("Editing…"));
    m_saveTimer.start();
}

void RecordEditor::refreshStates(const QStringList &paths)
{
    for (const QString &path : paths) {
        RecordField *field = m_fields.value(path);
        if (!field)
            continue;
        field->setVisible(m_session->isRelevant(path));
        field->setRequired(m_session->isRequired(path));
        field->setEditable(!m_session->isReadOnly(path) && m_status == RecordStore::kDraft);
        field->setChoices(m_session->availableChoices(path));
        if (const FormRow *row = rowOf(path); row && !row->calculation().isEmpty())
            field->setValue(m_session->text(path));
    }
    // Notes have no answer, so the engine does not report them: ask directly.
    for (RecordField *field : std::as_const(m_order)) {
        if (qobject_cast<NoteField *>(field))
            field->setVisible(m_session->isRelevant(field->path()));
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
    if (!m_session)
        return;
    QHash<QString, QString> messages;
    for (const FieldIssue &issue : m_session->validateAll()) {
        // Missing answers are pointed out when finalizing, not while typing.
        if (issue.kind() == FieldIssue::Kind::Required && !m_showAllIssues)
            continue;
        if (!m_showAllIssues && !m_touched.contains(issue.field()))
            continue;
        if (!messages.contains(issue.field()))
            messages.insert(issue.field(), issue.message());
    }
    for (RecordField *field : std::as_const(m_order))
        field->setMessage(messages.value(field->path()));
}

bool RecordEditor::saveNow()
{
    m_saveTimer.stop();
    if (!m_session || m_dirty.isEmpty())
        return true;
    RecordStore::Values values;
    for (const QString &path : std::as_const(m_dirty)) {
        const QString text = storedText(path);
        // Nothing to write for what the store already holds (a removed card
        // marks every later instance, most of which did not change).
        if (text.isEmpty() ? !m_stored.contains(path) : m_stored.value(path) == text)
            continue;
        values.append({path, stored(text)});
    }
    if (values.isEmpty()) {
        m_dirty.clear();
        setState(tr("Draft saved"));
        return true;
    }
    if (Status s = m_ws.records().setValues(m_id, values); !s) {
        setState(tr("Not saved: %1").arg(s.error().message()));
        return false;
    }
    for (const auto &[path, value] : values) {
        if (value.isNull())
            m_stored.remove(path);
        else
            m_stored.insert(path, value.toString());
    }
    m_dirty.clear();
    setState(tr("Draft saved"));
    emit recordChanged(m_id);
    return true;
}

bool RecordEditor::finalizeRecord()
{
    if (!m_session || m_status != RecordStore::kDraft)
        return false;
    if (!saveNow())
        return false;
    const QList<FieldIssue> issues = m_session->validateAll();
    if (!issues.isEmpty()) {
        m_showAllIssues = true;
        refreshMessages();
        setState(tr("%n problem(s) to correct before finalizing", nullptr, int(issues.size())));
        for (const FieldIssue &issue : issues) {
            RecordField *field = m_fields.value(issue.field());
            if (!field || field->isHidden())
                continue;
            m_scroll->ensureWidgetVisible(field);
            if (QWidget *target = field->focusTarget())
                target->setFocus(Qt::OtherFocusReason);
            break;
        }
        return false;
    }
    // Non-relevant answers go, calculated ones and `end` are stored.
    const QMap<QString, QString> finalValues = m_session->finalizedValues();
    RecordStore::Values writes;
    for (auto it = finalValues.cbegin(); it != finalValues.cend(); ++it) {
        if (RecordStore::isValidFieldName(it.key()) && m_stored.value(it.key()) != it.value())
            writes.append({it.key(), stored(it.value())});
    }
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        if (!finalValues.contains(it.key()))
            writes.append({it.key(), QCborValue(QCborValue::Null)});
    }
    if (!writes.isEmpty()) {
        if (Status s = m_ws.records().setValues(m_id, writes); !s) {
            setState(tr("Not finalized: %1").arg(s.error().message()));
            return false;
        }
        for (const auto &[path, value] : std::as_const(writes)) {
            if (value.isNull())
                m_stored.remove(path);
            else
                m_stored.insert(path, value.toString());
        }
    }
    if (Status s = m_ws.records().finalize(m_id); !s) {
        setState(tr("Not finalized: %1").arg(s.error().message()));
        return false;
    }
    m_status = RecordStore::kFinalized;
    m_undo->clear();
    updateMode();
    setState(tr("Finalized"));
    emit recordChanged(m_id);
    return true;
}

bool RecordEditor::reopenRecord()
{
    if (!m_session || m_status != RecordStore::kFinalized)
        return false;
    if (Status s = m_ws.records().reopen(m_id); !s) {
        setState(s.error().message());
        return false;
    }
    m_status = RecordStore::kDraft;
    updateMode();
    setState(tr("Reopened as a draft"));
    emit recordChanged(m_id);
    return true;
}

void RecordEditor::updateMode()
{
    const bool draft = m_status == RecordStore::kDraft;
    m_saveButton->setVisible(draft);
    m_finalizeButton->setVisible(draft);
    m_reopenButton->setVisible(m_status == RecordStore::kFinalized);
    m_undoButton->setVisible(draft);
    m_redoButton->setVisible(draft);
    for (RecordField *field : std::as_const(m_order))
        field->setEditable(draft && !m_session->isReadOnly(field->path()));
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
    if (!m_session)
        return;
    const QSignalBlocker block(m_language);
    m_language->clear();
    for (const QString &language : m_form.languages()) {
        const QString name = QLocale(language).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? language : name, language);
    }
    m_language->setCurrentIndex(m_language->findData(m_session->language()));
    if (m_status == RecordStore::kFinalized)
        setState(tr("Finalized"));
    else if (m_status == RecordStore::kDraft && m_state->text().isEmpty())
        setState(tr("Draft"));
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigia
