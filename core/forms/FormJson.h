#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace vigia {

// Reads and writes Vigia's JSON form definition (docs/form-format.md). The
// output is canonical: members in a fixed (sorted) order, empty members left
// out, so two identical definitions give the same bytes and re-importing a
// version can be checked by comparing them.
class FormJson
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormJson)

public:
    static constexpr int kFormatVersion = 1;

    [[nodiscard]] static QByteArray write(const FormDefinition &definition);
    // `source` names the file in error messages ("qualitative.json: /survey/3/type: …").
    [[nodiscard]] static Result<FormDefinition> read(const QByteArray &json, const QString &source);
    [[nodiscard]] static Result<FormDefinition> readFile(const QString &path);
    [[nodiscard]] static Status writeFile(const FormDefinition &definition, const QString &path);

private:
    explicit FormJson(QString source)
        : m_source(std::move(source))
    {}

    [[nodiscard]] Result<FormDefinition> readDocument(const QJsonObject &root) const;
    [[nodiscard]] Status readSettings(const QJsonValue &value, FormDefinition &definition) const;
    [[nodiscard]] Result<FormRow> readRow(const QJsonValue &value, const QString &path,
                                          int depth) const;
    [[nodiscard]] Result<FormChoice> readChoice(const QJsonValue &value, const QString &path) const;
    [[nodiscard]] Result<FormText> readText(const QJsonValue &value, const QString &path) const;
    [[nodiscard]] Result<QMap<QString, QString>> readStrings(const QJsonValue &value,
                                                             const QString &path) const;
    [[nodiscard]] Result<QString> readString(const QJsonObject &object, const QString &key,
                                             const QString &path) const;
    [[nodiscard]] Result<bool> readBool(const QJsonObject &object, const QString &key,
                                        const QString &path) const;
    [[nodiscard]] Status unknownMembers(const QJsonObject &object, const QStringList &known,
                                        const QString &path) const;
    [[nodiscard]] Error error(const QString &path, const QString &what) const;

    QString m_source;
};

} // namespace vigia
