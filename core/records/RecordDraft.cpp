#include "records/RecordDraft.h"

#include "forms/FormPath.h"
#include "forms/FormRowFinder.h"

#include <QDate>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace vigia {

namespace {
bool isComputed(const FormRow &row)
{
    return row.type().kind() == FormType::Kind::Calculate || !row.calculation().isEmpty();
}

RecordDraft::IssueKind kindOf(FieldIssue::Kind kind)
{
    switch (kind) {
    case FieldIssue::Kind::Required:
        return RecordDraft::IssueKind::Required;
    case FieldIssue::Kind::Constraint:
        return RecordDraft::IssueKind::Constraint;
    case FieldIssue::Kind::Type:
        return RecordDraft::IssueKind::Type;
    case FieldIssue::Kind::Evaluation:
        return RecordDraft::IssueKind::Evaluation;
    }
    return RecordDraft::IssueKind::Invalid;
}

// Parses as the locale writes whole numbers, then as C; group separators
// are refused, so that "1.234" is not a thousand in Spanish.
bool readInteger(const QString &text, const QLocale &locale, qlonglong &out)
{
    for (QLocale l : {locale, QLocale::c()}) {
        l.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
        bool ok = false;
        out = l.toLongLong(text, &ok);
        if (ok)
            return true;
    }
    return false;
}

// What the engine reads as a number (FormSessionTypeCheck::readNumber): an
// optional sign, digits and a fraction after '.' or the locale's separator.
bool readDecimal(const QString &text, const QLocale &locale, double &out)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    QString plain = text;
    const QString separator = locale.decimalPoint();
    if (separator != u"." && plain.count(separator) == 1 && !plain.contains(u'.'))
        plain.replace(separator, QStringLiteral("."));
    if (!number.match(plain).hasMatch())
        return false;
    bool ok = false;
    out = plain.toDouble(&ok);
    return ok && std::isfinite(out);
}

QString isoTime(const QTime &time)
{
    return time.toString(time.msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}
} // namespace

RecordDraft::RecordDraft(FormSession session, const FormDefinition &form, const QLocale &locale)
    : m_session(std::move(session))
    , m_form(form)
    , m_locale(locale)
{}

Result<RecordDraft> RecordDraft::start(const FormDefinition &form,
                                       const QMap<QString, QCborValue> &stored,
                                       const QString &language, const QLocale &locale,
                                       const QString &deviceId, const QDateTime &now)
{
    auto session = FormSession::start(form, now);
    if (!session)
        return session.error();
    session.value().setLanguage(language);
    session.value().setLocale(locale);
    if (!deviceId.isEmpty())
        session.value().setDeviceId(deviceId);
    RecordDraft draft(session.take(), form, locale);
    QStringList repeats;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        draft.m_loaded.insert(it.key());
        if (draft.isRepeatAddress(it.key())) {
            repeats.append(it.key());
            continue;
        }
        const FormRow *row = draft.rowOf(it.key());
        if (!row || !row->type().isCollected() || isComputed(*row))
            continue;
        // A stored answer the session refuses (a field that became
        // read-only) keeps what the form decides for it.
        (void)draft.m_session.setValue(it.key(), textOf(it.value()));
    }
    // Answers create the instances they name; the stored counts add the
    // instances that hold no answer yet. Outer repeats first.
    std::stable_sort(repeats.begin(), repeats.end(), [](const QString &a, const QString &b) {
        return a.count(QLatin1Char('/')) < b.count(QLatin1Char('/'));
    });
    for (const QString &repeat : std::as_const(repeats)) {
        const int wanted =
            std::min(textOf(stored.value(repeat)).toInt(), FormSession::kMaxInstances);
        while (draft.m_session.instanceCount(repeat) < wanted) {
            if (!draft.m_session.addInstance(repeat))
                break;
        }
    }
    return draft;
}

const FormRow *RecordDraft::rowOf(const QString &address) const
{
    // A name may be used again in another repeat level ("name" for the
    // respondent and in members[2]/name), so the row is looked up in the
    // repeats the address names; the session checks the instance numbers.
    const QList<FormPath::Step> steps = FormPath::parse(address);
    if (steps.isEmpty() || steps.last().index != 0)
        return nullptr;
    if (const FormRow *row = FormRowFinder::at(m_form, address))
        return row;
    // A bare name of a field inside a repeat ("age" for members[1]/age) is
    // the row, so that the session's refusal names the address to use.
    return steps.size() == 1 ? m_form.findRow(address) : nullptr;
}

bool RecordDraft::isRepeatAddress(const QString &address) const
{
    const FormRow *row = rowOf(address);
    return row && row->type().kind() == FormType::Kind::Repeat;
}

bool RecordDraft::isRefusal(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Type:
    case IssueKind::Constraint:
    case IssueKind::Required:
    case IssueKind::Evaluation:
        return false;
    default:
        return true;
    }
}

QString RecordDraft::textOf(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble()) {
        const double d = value.toDouble();
        // The shortest text that reads back as the same double: 0.1, not
        // 0.10000000000000001.
        return std::isfinite(d) ? QString::number(d, 'f', QLocale::FloatingPointShortest)
                                : QString();
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QCborValue RecordDraft::storedValue(const QString &text)
{
    return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
}

QString RecordDraft::canonical(const FormRow &row, const QString &text, const QLocale &locale)
{
    using Kind = FormType::Kind;
    const Kind kind = row.type().kind();
    if (kind == Kind::Text || kind == Kind::Narrative)
        return text;
    const QString trimmed = text.trimmed();
    switch (kind) {
    case Kind::Integer: {
        qlonglong n = 0;
        return readInteger(trimmed, locale, n) ? QString::number(n) : trimmed;
    }
    case Kind::Decimal:
    case Kind::Range: {
        double d = 0;
        if (!readDecimal(trimmed, locale, d))
            return trimmed; // half-typed ("-", "3,"): the engine says it is not a number
        return QString::number(d == 0 ? 0.0 : d, 'f', QLocale::FloatingPointShortest);
    }
    case Kind::SelectMultiple:
    case Kind::Geopoint:
        return trimmed.simplified();
    case Kind::Date: {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : trimmed;
    }
    case Kind::DateTime: {
        const QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!when.isValid())
            return trimmed;
        return when.toString(when.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
    }
    case Kind::Time: {
        const QTime time = QTime::fromString(trimmed, Qt::ISODateWithMs);
        return time.isValid() ? isoTime(time) : trimmed;
    }
    default:
        return trimmed;
    }
}

QString RecordDraft::refusal(const QString &field, IssueKind *kind) const
{
    const FormRow *row = rowOf(field);
    if (!row) {
        *kind = IssueKind::Unknown;
        return tr("Form %1 version %2 has no such field.").arg(m_form.formId(), m_form.version());
    }
    if (!row->type().isCollected()) {
        *kind = IssueKind::NotAQuestion;
        return tr("This %1 row holds no answer; only questions can be set.")
            .arg(row->type().name());
    }
    if (row->type().isMetadata()) {
        *kind = IssueKind::Automatic;
        return tr("Vigia fills in this %1 field itself; it cannot be set.").arg(row->type().name());
    }
    if (isComputed(*row)) {
        *kind = IssueKind::Calculated;
        return tr("The form calculates this field; it cannot be set.");
    }
    if (m_session.isReadOnly(field)) {
        *kind = IssueKind::ReadOnly;
        return tr("This field is read-only.");
    }
    return {};
}

Result<QStringList> RecordDraft::apply(const QString &path, const QString &text, IssueKind *kind)
{
    const QString refused = refusal(path, kind);
    if (!refused.isEmpty())
        return Error(ErrorCode::Validation, refused);
    const QString value = canonical(*rowOf(path), text, m_locale);
    auto changed = m_session.setValue(path, value);
    if (!changed) {
        *kind = IssueKind::Invalid;
        return changed.error();
    }
    const auto at = m_index.constFind(path);
    if (at == m_index.cend()) {
        m_index.insert(path, m_assigned.size());
        m_assigned.append({path, storedValue(value)});
    } else {
        m_assigned[*at].second = storedValue(value);
    }
    return changed;
}

Result<QStringList> RecordDraft::set(const QString &path, const QString &text)
{
    IssueKind kind = IssueKind::Invalid;
    return apply(path, text, &kind);
}

Result<QStringList> RecordDraft::restore(const QString &path, const QString &text)
{
    return m_session.setValue(path, text);
}

QList<RecordDraft::Issue> RecordDraft::assign(const QString &path, const QString &text)
{
    return assign(RecordStore::Values{{path, QCborValue(text)}});
}

QList<RecordDraft::Issue> RecordDraft::assign(const RecordStore::Values &answers)
{
    QList<Issue> issues;
    QSet<QString> failed;
    QSet<QString> touched;
    for (const auto &[field, value] : answers) {
        IssueKind kind = IssueKind::Invalid;
        auto changed = apply(field, textOf(value), &kind);
        if (!changed) {
            if (!failed.contains(field))
                issues.append({field, kind, changed.error().message()});
            failed.insert(field);
            continue;
        }
        touched.insert(field);
        for (const QString &other : changed.value())
            touched.insert(other);
    }
    for (const Issue &issue : sessionIssues(touched, false)) {
        if (!failed.contains(issue.field))
            issues.append(issue);
    }
    return issues;
}

Result<QString> RecordDraft::addInstance(const QString &repeat)
{
    return m_session.addInstance(repeat);
}

Status RecordDraft::removeInstance(const QString &instance)
{
    return m_session.removeInstance(instance);
}

QMap<QString, int> RecordDraft::countsOf(const QList<FormRow> &rows, const QString &prefix) const
{
    QMap<QString, int> out;
    for (const FormRow &row : rows) {
        const FormType::Kind kind = row.type().kind();
        if (kind == FormType::Kind::Group) {
            out.insert(countsOf(row.children(), prefix));
        } else if (kind == FormType::Kind::Repeat) {
            const QString address = prefix + row.name();
            const int n = m_session.instanceCount(address);
            out.insert(address, n);
            for (int i = 1; i <= n; ++i)
                out.insert(countsOf(row.children(), QStringLiteral("%1[%2]/").arg(address).arg(i)));
        }
    }
    return out;
}

QMap<QString, int> RecordDraft::instanceCounts(const QString &repeat) const
{
    if (repeat.isEmpty())
        return countsOf(m_form.rows(), {});
    const FormRow *row = rowOf(repeat);
    if (!row || row->type().kind() != FormType::Kind::Repeat)
        return {};
    return countsOf({*row}, repeat.left(repeat.size() - row->name().size()));
}

QList<RecordDraft::Issue> RecordDraft::issues(bool withRequired) const
{
    return sessionIssues({}, withRequired);
}

QList<RecordDraft::Issue> RecordDraft::sessionIssues(const QSet<QString> &fields,
                                                     bool withRequired) const
{
    // Without `withRequired`, only the fields named (those a change touched).
    QList<Issue> out;
    QSet<QString> seen;
    for (const FieldIssue &issue : m_session.validateAll()) {
        if (!withRequired &&
            (issue.kind() == FieldIssue::Kind::Required || !fields.contains(issue.field())))
            continue;
        // One line per field: the first problem found is the one to fix first.
        if (seen.contains(issue.field()))
            continue;
        seen.insert(issue.field());
        out.append({issue.field(), kindOf(issue.kind()), issue.message()});
    }
    return out;
}

RecordStore::Values RecordDraft::automatic() const
{
    RecordStore::Values out;
    for (const QString &path : m_session.fieldPaths()) {
        const FormRow *row = rowOf(path);
        if (!row || !row->type().isCollected() || isComputed(*row))
            continue;
        if (m_loaded.contains(path) || m_index.contains(path))
            continue;
        const QString text = m_session.text(path);
        if (!text.isEmpty())
            out.append({path, QCborValue(text)});
    }
    return out;
}

RecordStore::Values RecordDraft::finalized(const QMap<QString, QCborValue> &stored) const
{
    const QMap<QString, QString> kept = m_session.finalizedValues();
    const auto held = [&stored](const QString &key) {
        const QCborValue v = stored.value(key);
        return !v.isNull() && !v.isUndefined();
    };
    RecordStore::Values out;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        if (!RecordStore::isValidFieldName(it.key()))
            continue;
        const QCborValue before = stored.value(it.key());
        // Values stored before are never respelled: equal bytes on every
        // device matter more than one spelling of an old answer.
        if (held(it.key()) && !isAssigned(it.key()) && textOf(before) == it.value())
            continue;
        const QCborValue after(it.value());
        if (before != after)
            out.append({it.key(), after});
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        // An answer to a field this form version does not have (a newer
        // version's, or one renamed since) was not loaded, so nothing here
        // judged it: it stays. A null would spread to every device.
        if (!kept.contains(it.key()) && held(it.key()) && rowOf(it.key()))
            out.append({it.key(), QCborValue(QCborValue::Null)});
    }
    return out;
}

} // namespace vigia
