#include "ui/records/RecordDocument.h"

#include "records/RecordFinalizer.h"
#include "store/FormStore.h"
#include "store/RecordRedaction.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/records/RecordEditCommand.h"
#include "ui/records/RepeatInstanceCommand.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSignalBlocker>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace vigia {

namespace {
Q_LOGGING_CATEGORY(lcRecordDocument, "vigia.ui.records")

QString interfaceLanguage()
{
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString instanceOf(const QString &repeat, int number)
{
    return QStringLiteral("%1[%2]").arg(repeat).arg(number);
}
} // namespace

RecordDocument::RecordDocument(Workspace &ws, const QUuid &id, QObject *parent)
    : QObject(parent)
    , m_ws(ws)
    , m_id(id)
    , m_undo(new QUndoStack(this))
{
    if (!load())
        m_draft.reset();
}

RecordDocument::~RecordDocument()
{
    // Closing the editor must not lose the last half second of typing.
    const QSignalBlocker quiet(this);
    if (!m_dirty.isEmpty() && !save())
        qCWarning(lcRecordDocument) << "A draft could not be saved when its editor closed";
}

bool RecordDocument::load()
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
    QString language = interfaceLanguage();
    if (!form.value().languages().contains(language))
        language = form.value().defaultLanguage();
    for (auto it = record.value().values.cbegin(); it != record.value().values.cend(); ++it) {
        if (!it.value().isNull() && !it.value().isUndefined())
            m_stored.insert(it.key(), it.value());
    }
    auto draft = RecordDraft::start(form.value(), m_stored, language, QLocale(),
                                    m_ws.deviceId().toString(QUuid::WithoutBraces));
    if (!draft) {
        m_loadError = draft.error().message();
        return false;
    }
    m_draft.emplace(draft.take());
    m_counts = m_draft->instanceCounts();
    // A new record: keep what the form filled in (defaults, start, today).
    if (record.value().values.isEmpty() && isDraft() && !record.value().deleted) {
        for (const auto &[path, value] : m_draft->automatic())
            m_dirty.insert(path);
    }
    m_deleted = record.value().deleted;
    return true;
}

bool RecordDocument::isDraft() const
{
    return !m_deleted && m_status == RecordStatus::Draft;
}

bool RecordDocument::isFinalized() const
{
    return !m_deleted && m_status == RecordStatus::Finalized;
}

QString RecordDocument::language() const
{
    return m_draft ? m_draft->language() : QString();
}

void RecordDocument::setLanguage(const QString &language)
{
    if (m_draft)
        m_draft->setLanguage(language);
}

void RecordDocument::edit(const QString &path, const QString &text)
{
    if (!m_draft || !isDraft())
        return;
    const FormRow *row = m_draft->rowOf(path);
    const QString before = m_draft->session().text(path);
    if (row) {
        // The same answer spelled another way ("1.50" for a stored "1.5") is
        // no change: the stored bytes stay.
        const QLocale &locale = m_draft->locale();
        const QString after = RecordDraft::canonical(*row, text, locale);
        if (RecordDraft::canonical(*row, before, locale) == after)
            return;
        m_undo->push(new RecordEditCommand(*this, path, before, after));
        return;
    }
    if (before != text)
        m_undo->push(new RecordEditCommand(*this, path, before, text));
}

void RecordDocument::applyValue(const QString &path, const QString &text)
{
    if (m_draft)
        valueSet(path, m_draft->set(path, text));
}

void RecordDocument::restoreValue(const QString &path, const QString &text)
{
    if (m_draft)
        valueSet(path, m_draft->restore(path, text));
}

void RecordDocument::valueSet(const QString &path, const Result<QStringList> &changed)
{
    if (!changed) {
        emit valueRefused(path, changed.error().message());
        return;
    }
    m_dirty.insert(path);
    // Calculated answers the engine changed are stored with the draft too.
    for (const QString &p : changed.value()) {
        const FormRow *row = m_draft->rowOf(p);
        if (row && !row->calculation().isEmpty())
            m_dirty.insert(p);
    }
    followCounts();
    emit valueChanged(path, changed.value());
}

void RecordDocument::followCounts()
{
    if (m_counts.isEmpty())
        return;
    const QMap<QString, int> now = m_draft->instanceCounts();
    const QMap<QString, int> before = std::exchange(m_counts, now);
    // Repeats that appeared or went with an outer instance move with it.
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto was = before.constFind(it.key());
        if (was == before.cend() || *was == it.value())
            continue;
        markRepeatDirty(it.key());
        emit instancesChanged(it.key(), std::min(*was, it.value()) + 1);
    }
}

void RecordDocument::addInstance(const QString &repeat)
{
    if (m_draft && isDraft())
        m_undo->push(RepeatInstanceCommand::add(*this, repeat));
}

void RecordDocument::removeInstance(const QString &repeat, int number)
{
    if (m_draft && isDraft())
        m_undo->push(RepeatInstanceCommand::remove(*this, repeat, number));
}

int RecordDocument::appendInstance(const QString &repeat)
{
    if (!m_draft || !m_draft->addInstance(repeat))
        return 0;
    const int number = m_draft->session().instanceCount(repeat);
    markRepeatDirty(repeat);
    m_counts = m_draft->instanceCounts();
    emit instancesChanged(repeat, number);
    return number;
}

bool RecordDocument::dropInstance(const QString &repeat, int number)
{
    if (!m_draft || !m_draft->removeInstance(instanceOf(repeat, number)))
        return false;
    markRepeatDirty(repeat);
    m_counts = m_draft->instanceCounts();
    emit instancesChanged(repeat, number);
    return true;
}

void RecordDocument::restoreInstances(const QString &repeat, int number,
                                      const QMap<QString, int> &counts,
                                      const QMap<QString, QString> &answers)
{
    if (!m_draft)
        return;
    // Outer repeats first: an inner repeat only exists once its instance does.
    QStringList repeats = counts.keys();
    std::stable_sort(repeats.begin(), repeats.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'));
    });
    for (const QString &r : std::as_const(repeats)) {
        const int target = counts.value(r);
        while (m_draft->session().instanceCount(r) < target) {
            if (!m_draft->addInstance(r))
                break;
        }
        while (m_draft->session().instanceCount(r) > target) {
            if (!m_draft->removeInstance(instanceOf(r, m_draft->session().instanceCount(r))))
                break;
        }
    }
    // Calculated and read-only answers are refused here and follow on their own.
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        (void)m_draft->restore(it.key(), it.value());
    markRepeatDirty(repeat);
    m_counts = m_draft->instanceCounts();
    emit instancesChanged(repeat, number);
}

QString RecordDocument::storedText(const QString &path) const
{
    if (!m_draft->isRepeatAddress(path))
        return m_draft->session().text(path);
    const int count = m_draft->session().instanceCount(path);
    return count > 0 ? QString::number(count) : QString();
}

void RecordDocument::markRepeatDirty(const QString &repeat)
{
    // Instances move up when one is removed: every stored answer of the
    // repeat is written again or cleared, and its count kept, so that an
    // empty card survives reopening.
    const QString prefix = repeat + QLatin1Char('[');
    m_dirty.insert(repeat);
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        if (it.key().startsWith(prefix))
            m_dirty.insert(it.key());
    }
    for (const QString &path : m_draft->session().fieldPaths()) {
        if (path.startsWith(prefix))
            m_dirty.insert(path);
    }
    const QMap<QString, int> counts = m_draft->instanceCounts(repeat);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        m_dirty.insert(it.key());
}

void RecordDocument::updateStored(const RecordStore::Values &writes)
{
    for (const auto &[path, value] : writes) {
        if (value.isNull())
            m_stored.remove(path);
        else
            m_stored.insert(path, value);
    }
}

Status RecordDocument::save()
{
    if (!m_draft || m_dirty.isEmpty())
        return {};
    QStringList paths(m_dirty.cbegin(), m_dirty.cend());
    paths.sort();
    RecordStore::Values values;
    for (const QString &path : std::as_const(paths)) {
        const QString text = storedText(path);
        const auto held = m_stored.constFind(path);
        // Nothing to write for what the store already holds (a removed card
        // marks every later instance, most of which did not change), and a
        // stored answer that reads the same keeps its bytes.
        if (text.isEmpty() ? held == m_stored.cend()
                           : held != m_stored.cend() && RecordDraft::textOf(*held) == text)
            continue;
        values.append({path, RecordDraft::storedValue(text)});
    }
    if (values.isEmpty()) {
        m_dirty.clear();
        emit saved(false);
        return {};
    }
    if (Status s = m_ws.records().setValues(m_id, values); !s) {
        emit error(Action::Save, s.error().message());
        return s;
    }
    updateStored(values);
    m_dirty.clear();
    emit saved(true);
    return {};
}

bool RecordDocument::finalize()
{
    if (!m_draft || !isDraft() || !save())
        return false;
    if (!m_draft->session().validateAll().isEmpty())
        return false;
    // Judged again as stored, inside the transaction that writes the
    // finalized answers and the status: `vigiactl record set` may have
    // changed the draft since this editor loaded it.
    RecordFinalizer finalizer(m_ws, m_draft->language(), m_draft->locale());
    if (Status s = finalizer.finalize(m_id); !s) {
        emit error(Action::Finalize, s.error().message());
        return false;
    }
    updateStored(finalizer.written());
    m_status = RecordStatus::Finalized;
    m_undo->clear();
    emit statusChanged(m_status);
    return true;
}

bool RecordDocument::reopen()
{
    if (!m_draft || !isFinalized())
        return false;
    if (Status s = m_ws.records().reopen(m_id); !s) {
        emit error(Action::Reopen, s.error().message());
        return false;
    }
    m_status = RecordStatus::Draft;
    emit statusChanged(m_status);
    return true;
}

QList<RecordDocument::TextAnswer> RecordDocument::textAnswers() const
{
    QList<TextAnswer> out;
    if (!m_draft)
        return out;
    const QString lang = language();
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            continue;
        const FormRow *row = m_draft->rowOf(it.key());
        out.append({it.key(), row ? row->label().value(lang) : QString(), it.value().toString()});
    }
    return out;
}

Status RecordDocument::redact(const QString &field, const QString &text)
{
    // What is on screen reaches the store first, so the removal covers it.
    if (Status s = save(); !s)
        return s;
    RecordRedaction redaction(m_ws.database(), m_ws.oplog(), m_ws.deviceId().toRfc4122(),
                              m_ws.role());
    const QCborValue replacement = text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
    if (Status s = redaction.redactAnswer(m_id, field, replacement); !s)
        return s;
    // Undo would bring the removed text back: the history goes.
    m_undo->clear();
    restoreValue(field, text);
    m_dirty.remove(field);
    if (text.isEmpty())
        m_stored.remove(field);
    else
        m_stored.insert(field, text);
    return {};
}

} // namespace vigia
