#include "cli/RecordCheck.h"

#include <QJsonObject>

namespace vigia {

Result<RecordCheck> RecordCheck::start(const FormDefinition &form,
                                       const QMap<QString, QCborValue> &stored,
                                       const QString &language, const QLocale &locale,
                                       const QString &deviceId)
{
    auto draft = RecordDraft::start(form, stored, language, locale, deviceId);
    if (!draft)
        return draft.error();
    return RecordCheck(draft.take());
}

QString RecordCheck::kindWord(RecordDraft::IssueKind kind)
{
    using Kind = RecordDraft::IssueKind;
    switch (kind) {
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::NotAQuestion:
        return QStringLiteral("not_a_question");
    case Kind::Automatic:
        return QStringLiteral("automatic");
    case Kind::Calculated:
        return QStringLiteral("calculated");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::Type:
        return QStringLiteral("type");
    case Kind::Constraint:
        return QStringLiteral("constraint");
    case Kind::Required:
        return QStringLiteral("required");
    case Kind::Evaluation:
        return QStringLiteral("evaluation");
    case Kind::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

QList<RecordCheck::Issue> RecordCheck::inWords(const FormDefinition &form,
                                               const QList<RecordDraft::Issue> &issues)
{
    QList<Issue> out;
    for (const RecordDraft::Issue &issue : issues) {
        QString message = issue.message;
        // On the command line, say where the fields are listed.
        if (issue.kind == RecordDraft::IssueKind::Unknown) {
            message = tr("Form %1 version %2 has no such field; 'vigiactl forms show %1 "
                         "--form-version %2' lists its fields.")
                          .arg(form.formId(), form.version());
        }
        out.append({issue.field, kindWord(issue.kind), message});
    }
    return out;
}

QList<RecordCheck::Issue> RecordCheck::assign(const RecordStore::Values &assignments)
{
    return inWords(m_draft.assign(assignments));
}

QList<RecordCheck::Issue> RecordCheck::finalIssues() const
{
    return inWords(m_draft.issues(true));
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
