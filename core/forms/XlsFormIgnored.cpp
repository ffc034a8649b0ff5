#include "forms/XlsFormIgnored.h"

#include <QMap>
#include <QRegularExpression>

namespace vigia {

namespace {

QString rowList(const QList<int> &rows)
{
    QStringList out;
    for (int row : rows)
        out << QString::number(row);
    return out.join(QStringLiteral(", "));
}

} // namespace

QStringList XlsFormIgnored::parameterKeys(const QString &parameters)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList keys;
    for (const QString &pair : parameters.split(separators, Qt::SkipEmptyParts)) {
        const QString key = pair.section(u'=', 0, 0).trimmed().toLower();
        if (!key.isEmpty() && !keys.contains(key))
            keys << key;
    }
    return keys;
}

QStringList XlsFormIgnored::warnings(const FormDefinition &definition)
{
    QStringList out;
    // The settings ODK Collect uses to send and encrypt submissions: records
    // stay in the workspace and travel in bundles, so they have no effect.
    for (const QString &setting : {QStringLiteral("public_key"), QStringLiteral("submission_url"),
                                   QStringLiteral("auto_send"), QStringLiteral("auto_delete")}) {
        if (!definition.attributes().value(setting).isEmpty()) {
            out << tr("settings, column %1: Vigia does not send submissions to a server, so this "
                      "setting has no effect; it is kept with the form.")
                       .arg(setting);
        }
    }

    // One warning per appearance, naming its rows: a form often gives the
    // same appearance to many questions.
    QMap<QString, QList<int>> appearances;
    definition.forEachRow([&](const FormRow &row) {
        const int number = row.sourceRow();
        if (!row.appearance().isEmpty())
            appearances[row.appearance()].append(number);
        if (!row.parameters().isEmpty() && row.type().isCollected()) {
            QStringList ignored = parameterKeys(row.parameters());
            if (row.type().kind() == FormType::Kind::Range) {
                ignored.removeAll(QStringLiteral("start"));
                ignored.removeAll(QStringLiteral("end"));
                ignored.removeAll(QStringLiteral("step"));
            }
            if (!ignored.isEmpty()) {
                out << tr("survey row %1, column parameters: Vigia ignores %2; the question "
                          "works without it.")
                           .arg(number)
                           .arg(ignored.join(QStringLiteral(", ")));
            }
        }
        if (!row.attributes().value(QStringLiteral("trigger")).isEmpty()) {
            out << tr("survey row %1, column trigger: Vigia ignores trigger; a calculation is "
                      "worked out again whenever a field it reads changes.")
                       .arg(number);
        }
        if (!row.attributes().value(QStringLiteral("save_to")).isEmpty()) {
            out << tr("survey row %1, column save_to: Vigia has no entities; the answer is kept "
                      "in the record only.")
                       .arg(number);
        }
    });
    for (auto it = appearances.cbegin(); it != appearances.cend(); ++it) {
        const QString rows = rowList(it.value());
        out << (it.value().size() == 1
                    ? tr("survey row %1: the appearance '%2' is ignored; Vigia shows the question "
                         "its own way.")
                          .arg(rows, it.key())
                    : tr("survey rows %1: the appearance '%2' is ignored; Vigia shows the "
                         "questions its own way.")
                          .arg(rows, it.key()));
    }
    return out;
}

} // namespace vigia
