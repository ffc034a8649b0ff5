#include "RecordCheck.h"

#include "FormPath.h"

#include <QJsonObject>

#include <algorithm>

namespace vigia {

namespace {
bool isFreeText(FormType::Kind kind)
{
    return kind == FormType::Kind::Text || kind == FormType::Kind::Narrative;
}

bool isMetadata(FormType::Kind kind)
{
    switch (kind) {
    case FormType::Kind::Start:
    case FormType::Kind::End:
    case FormType::Kind::Today:
    case FormType::Kind::DeviceId:
        return true;
    default:
        return false;
    }
}

bool isComputed(const FormRow &row)
{
    return row.type().kind() == FormType::Kind::Calculate || !row.calculation().isEmpty();
}

QString kindWord(FieldIssue::Kind kind)
{
    switch (kind) {
    case FieldIssue::Kind::Required:
        return QStringLiteral("required");
    case FieldIssue::Kind::Constraint:
        return QStringLiteral("constraint");
    case FieldIssue::Kind::Type:
        return QStringLiteral("type");
    case FieldIssue::Kind::Evaluation:
        return QStringLiteral("evaluation");
    }
    return QStringLiteral("invalid");
}

QCborValue stored(const QString &text)
{
    return text.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(text);
}
} // namespace

RecordCheck::RecordCheck(FormSession session, const FormDefinition &form, const QLocale &locale)
    : m_session(std::move(session))
    , m_formId(form.formId())
    , m_version(form.version())
    , m_locale(locale)
{
    form.forEachRow([this](const FormRow &row) {
        m_rows.insert(row.name(), row);
        m_order.append(row.name());
    });
}

Result<RecordCheck> RecordCheck::start(const FormDefinition &form,
                                       const QMap<QString, QCborValue> &stored,
                                       const QString &language, const QLocale &locale)
{
    auto session = FormSession::start(form);
    if (!session)
        return session.error();
    session.value().setLanguage(language);
    session.value().setLocale(locale);
    RecordCheck check(session.take(), form, locale);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const FormRow *row = check.rowOf(it.key());
        if (!row || !row->type().isCollected() || isComputed(*row))
            continue;
        // A stored answer the session refuses (a field that became read-only)
        // keeps what the form decides for it.
        (void)check.m_session.setValue(it.key(), textOf(it.value()));
    }
    return check;
}

const FormRow *RecordCheck::rowOf(const QString &address) const
{
    // Rows are found by their name; the session checks the rest of an
    // address (members[2]/age: that members is a repeat, that age is in it).
    const QList<FormPath::Step> steps = FormPath::parse(address);
    if (steps.isEmpty())
        return nullptr;
    const auto row = m_rows.constFind(steps.last().name);
    return row == m_rows.cend() || steps.last().index != 0 ? nullptr : &*row;
}

QString RecordCheck::textOf(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString RecordCheck::normalized(const FormRow &row, const QString &text, const QLocale &locale)
{
    const FormType::Kind kind = row.type().kind();
    if (isFreeText(kind))
        return text;
    QString out = text.trimmed();
    switch (kind) {
    case FormType::Kind::Decimal:
    case FormType::Kind::Range: {
        // Stored data reads the same whatever language it was typed in.
        const QString separator = locale.decimalPoint();
        if (separator != u"." && out.count(separator) == 1 && !out.contains(u'.'))
            out.replace(separator, QStringLiteral("."));
        break;
    }
    case FormType::Kind::SelectMultiple:
    case FormType::Kind::Geopoint:
        out = out.simplified();
        break;
    default:
        break;
    }
    return out;
}

QString RecordCheck::refusal(const QString &field, QString *kind) const
{
    const FormRow *row = rowOf(field);
    if (!row) {
        *kind = QStringLiteral("unknown");
        return tr("Form %1 version %2 has no such field; 'vigiactl forms show %1 --form-version "
                  "%2' lists its fields.")
            .arg(m_formId, m_version);
    }
    const FormType::Kind type = row->type().kind();
    if (!row->type().isCollected()) {
        *kind = QStringLiteral("not_a_question");
        return tr("This %1 row holds no answer; only questions can be set.")
            .arg(row->type().name());
    }
    if (isMetadata(type)) {
        *kind = QStringLiteral("automatic");
        return tr("Vigia fills in this %1 field itself; it cannot be set.").arg(row->type().name());
    }
    if (isComputed(*row)) {
        *kind = QStringLiteral("calculated");
        return tr("The form calculates this field; it cannot be set.");
    }
    if (m_session.isReadOnly(field)) {
        *kind = QStringLiteral("read_only");
        return tr("This field is read-only.");
    }
    return {};
}

QList<RecordCheck::Issue> RecordCheck::assign(const RecordStore::Values &assignments)
{
    QList<Issue> issues;
    QSet<QString> failed;
    QSet<QString> touched;
    for (const auto &[field, value] : assignments) {
        QString kind;
        const QString refused = refusal(field, &kind);
        if (!refused.isEmpty()) {
            if (!failed.contains(field))
                issues.append({field, kind, refused});
            failed.insert(field);
            continue;
        }
        const QString text = normalized(*rowOf(field), textOf(value), m_locale);
        auto changed = m_session.setValue(field, text);
        if (!changed) {
            if (!failed.contains(field))
                issues.append({field, QStringLiteral("invalid"), changed.error().message()});
            failed.insert(field);
            continue;
        }
        touched.insert(field);
        for (const QString &other : changed.value())
            touched.insert(other);
        m_assigned.append({field, stored(text)});
    }
    for (const Issue &issue : sessionIssues(touched, false)) {
        if (!failed.contains(issue.field))
            issues.append(issue);
    }
    return issues;
}

QList<RecordCheck::Issue> RecordCheck::finalIssues() const
{
    return sessionIssues({}, true);
}

QList<RecordCheck::Issue> RecordCheck::sessionIssues(const QSet<QString> &fields,
                                                     bool withRequired) const
{
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
        out.append({issue.field(), kindWord(issue.kind()), issue.message()});
    }
    return out;
}

RecordStore::Values RecordCheck::automatic() const
{
    RecordStore::Values out;
    for (const QString &name : m_order) {
        const FormRow &row = *m_rows.constFind(name);
        if (!row.type().isCollected() || isComputed(row))
            continue;
        const bool assigned = std::any_of(m_assigned.cbegin(), m_assigned.cend(),
                                          [&name](const auto &a) { return a.first == name; });
        const QString text = m_session.text(name);
        if (!assigned && !text.isEmpty())
            out.append({name, text});
    }
    return out;
}

RecordStore::Values RecordCheck::finalized(const QMap<QString, QCborValue> &stored) const
{
    const QMap<QString, QString> kept = m_session.finalizedValues();
    RecordStore::Values out;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        const QCborValue value(it.value());
        if (stored.value(it.key()) != value)
            out.append({it.key(), value});
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!kept.contains(it.key()) && !it.value().isNull())
            out.append({it.key(), QCborValue(QCborValue::Null)});
    }
    return out;
}

QJsonArray RecordCheck::toJson(const QList<Issue> &issues)
{
    QJsonArray out;
    for (const Issue &issue : issues) {
        out.append(QJsonObject{{QStringLiteral("field"), issue.field},
                               {QStringLiteral("kind"), issue.kind},
                               {QStringLiteral("message"), issue.message}});
    }
    return out;
}

} // namespace vigia
