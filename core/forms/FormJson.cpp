#include "forms/FormJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace vigia {

namespace {

// Deeper nesting than this is no survey a person could fill in; refusing it
// keeps a hostile file from exhausting the stack.
constexpr int kMaxDepth = 32;

const QString kType = QStringLiteral("type");
const QString kName = QStringLiteral("name");
const QString kListName = QStringLiteral("list_name");
const QString kOrOther = QStringLiteral("or_other");
const QString kSensitive = QStringLiteral("sensitive");
const QString kCoding = QStringLiteral("coding");
const QString kMedia = QStringLiteral("media");
const QString kAttributes = QStringLiteral("attributes");
const QString kChildren = QStringLiteral("children");
const QString kLabel = QStringLiteral("label");

// Settings whose value is "yes" or an expression: JSON writes `true` for yes.
bool isFlag(const QString &column)
{
    return column == u"required" || column == u"read_only";
}

QJsonObject textObject(const FormText &text)
{
    QJsonObject object;
    for (auto it = text.texts().cbegin(); it != text.texts().cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject stringsObject(const QMap<QString, QString> &strings)
{
    QJsonObject object;
    for (auto it = strings.cbegin(); it != strings.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject mediaObject(const QMap<QString, FormText> &media)
{
    QJsonObject object;
    for (auto it = media.cbegin(); it != media.cend(); ++it)
        object.insert(it.key(), textObject(it.value()));
    return object;
}

QJsonObject rowObject(const FormRow &row)
{
    QJsonObject object;
    object.insert(kType, row.type().name());
    if (!row.name().isEmpty())
        object.insert(kName, row.name());
    if (!row.listName().isEmpty())
        object.insert(kListName, row.listName());
    if (row.orOther())
        object.insert(kOrOther, true);
    for (auto it = row.texts().cbegin(); it != row.texts().cend(); ++it)
        object.insert(it.key(), textObject(it.value()));
    for (auto it = row.properties().cbegin(); it != row.properties().cend(); ++it) {
        if (isFlag(it.key()) && it.value() == u"yes")
            object.insert(it.key(), true);
        else
            object.insert(it.key(), it.value());
    }
    if (row.isSensitive())
        object.insert(kSensitive, true);
    if (row.isCoding())
        object.insert(kCoding, true);
    if (!row.media().isEmpty())
        object.insert(kMedia, mediaObject(row.media()));
    if (!row.attributes().isEmpty())
        object.insert(kAttributes, stringsObject(row.attributes()));
    if (row.type().isContainer()) {
        QJsonArray children;
        for (const FormRow &child : row.children())
            children.append(rowObject(child));
        object.insert(kChildren, children);
    }
    return object;
}

} // namespace

QByteArray FormJson::write(const FormDefinition &definition)
{
    QJsonObject settings;
    settings.insert(QStringLiteral("form_id"), definition.formId());
    settings.insert(QStringLiteral("version"), definition.version());
    if (!definition.title().isEmpty())
        settings.insert(QStringLiteral("title"), textObject(definition.title()));
    if (!definition.defaultLanguage().isEmpty())
        settings.insert(QStringLiteral("default_language"), definition.defaultLanguage());
    if (!definition.attributes().isEmpty())
        settings.insert(kAttributes, stringsObject(definition.attributes()));

    QJsonArray survey;
    for (const FormRow &row : definition.rows())
        survey.append(rowObject(row));

    QJsonArray choices;
    for (const FormChoice &choice : definition.choices()) {
        QJsonObject object;
        object.insert(kListName, choice.listName());
        object.insert(kName, choice.name());
        if (!choice.label().isEmpty())
            object.insert(kLabel, textObject(choice.label()));
        if (!choice.media().isEmpty())
            object.insert(kMedia, mediaObject(choice.media()));
        if (!choice.attributes().isEmpty())
            object.insert(kAttributes, stringsObject(choice.attributes()));
        choices.append(object);
    }

    QJsonObject root;
    root.insert(QStringLiteral("format_version"), kFormatVersion);
    root.insert(QStringLiteral("settings"), settings);
    root.insert(QStringLiteral("survey"), survey);
    root.insert(QStringLiteral("choices"), choices);
    // QJsonObject keeps its members sorted by key, which is what makes the
    // output canonical.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status FormJson::writeFile(const FormDefinition &definition, const QString &path)
{
    QSaveFile file(path);
    const QByteArray data = write(definition);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error(ErrorCode::Io, tr("Could not write the form definition %1: %2. Check that "
                                       "the folder exists and that you may write to it.")
                                        .arg(path, file.errorString()));
    }
    return {};
}

Result<FormDefinition> FormJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::NotFound,
                     tr("The form definition %1 does not exist. Check the file name.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io, tr("Could not open the form definition %1: %2. Check that "
                                       "you may read it.")
                                        .arg(path, file.errorString()));
    }
    return read(file.readAll(), QFileInfo(path).fileName());
}

Result<FormDefinition> FormJson::read(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const FormJson reader(source);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::Corrupt,
                     tr("%1 is not valid JSON: %2 at byte %3. Fix the file with a text editor "
                        "or export the form again.")
                         .arg(source, parseError.errorString())
                         .arg(parseError.offset));
    }
    if (!document.isObject())
        return reader.error(QStringLiteral("/"), tr("expected an object"));
    return reader.readDocument(document.object());
}

Error FormJson::error(const QString &path, const QString &what) const
{
    return Error(ErrorCode::Corrupt,
                 tr("%1: %2: %3. See docs/form-format.md for the form definition format.")
                     .arg(m_source, path, what));
}

Result<FormDefinition> FormJson::readDocument(const QJsonObject &root) const
{
    if (auto st = unknownMembers(root,
                                 {QStringLiteral("format_version"), QStringLiteral("settings"),
                                  QStringLiteral("survey"), QStringLiteral("choices")},
                                 QString());
        !st)
        return st.error();
    const QJsonValue format = root.value(QStringLiteral("format_version"));
    if (!format.isDouble() || format.toDouble() != kFormatVersion) {
        if (format.isDouble() && format.toDouble() > kFormatVersion) {
            return Error(ErrorCode::TooNew,
                         tr("%1 was written by a newer Vigia (form format %2). Update Vigia to "
                            "read it.")
                             .arg(m_source)
                             .arg(format.toDouble()));
        }
        return error(QStringLiteral("/format_version"),
                     tr("expected the number %1").arg(kFormatVersion));
    }

    FormDefinition definition;
    if (auto st = readSettings(root.value(QStringLiteral("settings")), definition); !st)
        return st.error();

    const QJsonValue survey = root.value(QStringLiteral("survey"));
    if (!survey.isArray())
        return error(QStringLiteral("/survey"), tr("expected a list of rows"));
    const QJsonArray rows = survey.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto row = readRow(rows.at(i), QStringLiteral("/survey/%1").arg(i), 1);
        if (!row)
            return row.error();
        definition.appendRow(row.take());
    }

    const QJsonValue choices = root.value(QStringLiteral("choices"));
    if (!choices.isUndefined() && !choices.isArray())
        return error(QStringLiteral("/choices"), tr("expected a list of choices"));
    const QJsonArray choiceArray = choices.toArray();
    for (qsizetype i = 0; i < choiceArray.size(); ++i) {
        auto choice = readChoice(choiceArray.at(i), QStringLiteral("/choices/%1").arg(i));
        if (!choice)
            return choice.error();
        definition.appendChoice(choice.take());
    }
    return definition;
}

Status FormJson::readSettings(const QJsonValue &value, FormDefinition &definition) const
{
    const QString path = QStringLiteral("/settings");
    if (!value.isObject())
        return error(path, tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (auto st = unknownMembers(object,
                                 {QStringLiteral("form_id"), QStringLiteral("version"),
                                  QStringLiteral("title"), QStringLiteral("default_language"),
                                  kAttributes},
                                 path);
        !st)
        return st;
    auto id = readString(object, QStringLiteral("form_id"), path);
    if (!id)
        return id.error();
    auto version = readString(object, QStringLiteral("version"), path);
    if (!version)
        return version.error();
    auto language = readString(object, QStringLiteral("default_language"), path);
    if (!language)
        return language.error();
    auto title = readText(object.value(QStringLiteral("title")), path + QStringLiteral("/title"));
    if (!title)
        return title.error();
    auto attributes = readStrings(object.value(kAttributes), path + QStringLiteral("/attributes"));
    if (!attributes)
        return attributes.error();
    definition.setFormId(id.value());
    definition.setVersion(version.value());
    definition.setDefaultLanguage(language.value());
    for (auto it = title.value().texts().cbegin(); it != title.value().texts().cend(); ++it)
        definition.setTitle(it.key(), it.value());
    for (auto it = attributes.value().cbegin(); it != attributes.value().cend(); ++it)
        definition.setAttribute(it.key(), it.value());
    return {};
}

Result<FormRow> FormJson::readRow(const QJsonValue &value, const QString &path, int depth) const
{
    if (depth > kMaxDepth)
        return error(path, tr("groups nest more than %1 levels deep").arg(kMaxDepth));
    if (!value.isObject())
        return error(path, tr("expected an object"));
    const QJsonObject object = value.toObject();
    QStringList known = {kType,   kName,  kListName,   kOrOther, kSensitive,
                         kCoding, kMedia, kAttributes, kChildren};
    known += FormRow::textColumns();
    known += FormRow::propertyColumns();
    if (auto st = unknownMembers(object, known, path); !st)
        return st.error();

    auto type = readString(object, kType, path);
    if (!type)
        return type.error();
    if (type.value().isEmpty())
        return error(path + QStringLiteral("/type"), tr("every row needs a type"));
    auto name = readString(object, kName, path);
    if (!name)
        return name.error();
    FormRow row(FormType::fromName(type.value()), name.value());

    auto listName = readString(object, kListName, path);
    if (!listName)
        return listName.error();
    row.setListName(listName.value());
    for (const QString &key : {kOrOther, kSensitive, kCoding}) {
        auto flag = readBool(object, key, path);
        if (!flag)
            return flag.error();
        if (key == kOrOther)
            row.setOrOther(flag.value());
        else if (key == kSensitive)
            row.setSensitive(flag.value());
        else
            row.setCoding(flag.value());
    }
    for (const QString &column : FormRow::textColumns()) {
        auto text = readText(object.value(column), path + u'/' + column);
        if (!text)
            return text.error();
        for (auto it = text.value().texts().cbegin(); it != text.value().texts().cend(); ++it)
            row.setText(column, it.key(), it.value());
    }
    for (const QString &column : FormRow::propertyColumns()) {
        const QJsonValue property = object.value(column);
        if (isFlag(column) && property.isBool()) {
            row.setProperty(column, property.toBool() ? QStringLiteral("yes") : QString());
            continue;
        }
        auto text = readString(object, column, path);
        if (!text)
            return text.error();
        row.setProperty(column, text.value());
    }
    const QJsonValue media = object.value(kMedia);
    if (!media.isUndefined() && !media.isObject())
        return error(path + QStringLiteral("/media"), tr("expected an object of media kinds"));
    const QJsonObject mediaObject = media.toObject();
    for (auto it = mediaObject.constBegin(); it != mediaObject.constEnd(); ++it) {
        auto files = readText(it.value(), path + QStringLiteral("/media/") + it.key());
        if (!files)
            return files.error();
        for (auto f = files.value().texts().cbegin(); f != files.value().texts().cend(); ++f)
            row.setMedia(it.key(), f.key(), f.value());
    }
    auto attributes = readStrings(object.value(kAttributes), path + QStringLiteral("/attributes"));
    if (!attributes)
        return attributes.error();
    for (auto it = attributes.value().cbegin(); it != attributes.value().cend(); ++it)
        row.setAttribute(it.key(), it.value());

    const QJsonValue children = object.value(kChildren);
    if (!children.isUndefined()) {
        if (!row.type().isContainer()) {
            return error(path + QStringLiteral("/children"),
                         tr("only a group or a repeat has children"));
        }
        if (!children.isArray())
            return error(path + QStringLiteral("/children"), tr("expected a list of rows"));
        const QJsonArray array = children.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            auto child =
                readRow(array.at(i), path + QStringLiteral("/children/%1").arg(i), depth + 1);
            if (!child)
                return child.error();
            row.appendChild(child.take());
        }
    }
    return row;
}

Result<FormChoice> FormJson::readChoice(const QJsonValue &value, const QString &path) const
{
    if (!value.isObject())
        return error(path, tr("expected an object"));
    const QJsonObject object = value.toObject();
    if (auto st = unknownMembers(object, {kListName, kName, kLabel, kMedia, kAttributes}, path);
        !st)
        return st.error();
    auto listName = readString(object, kListName, path);
    if (!listName)
        return listName.error();
    auto name = readString(object, kName, path);
    if (!name)
        return name.error();
    if (listName.value().isEmpty() || name.value().isEmpty())
        return error(path, tr("every choice needs a list_name and a name"));
    FormChoice choice(listName.value(), name.value());
    auto label = readText(object.value(kLabel), path + QStringLiteral("/label"));
    if (!label)
        return label.error();
    for (auto it = label.value().texts().cbegin(); it != label.value().texts().cend(); ++it)
        choice.setLabel(it.key(), it.value());
    const QJsonObject media = object.value(kMedia).toObject();
    if (!object.value(kMedia).isUndefined() && !object.value(kMedia).isObject())
        return error(path + QStringLiteral("/media"), tr("expected an object of media kinds"));
    for (auto it = media.constBegin(); it != media.constEnd(); ++it) {
        auto files = readText(it.value(), path + QStringLiteral("/media/") + it.key());
        if (!files)
            return files.error();
        for (auto f = files.value().texts().cbegin(); f != files.value().texts().cend(); ++f)
            choice.setMedia(it.key(), f.key(), f.value());
    }
    auto attributes = readStrings(object.value(kAttributes), path + QStringLiteral("/attributes"));
    if (!attributes)
        return attributes.error();
    for (auto it = attributes.value().cbegin(); it != attributes.value().cend(); ++it)
        choice.setAttribute(it.key(), it.value());
    return choice;
}

Result<FormText> FormJson::readText(const QJsonValue &value, const QString &path) const
{
    auto strings = readStrings(value, path);
    if (!strings) {
        return error(path, tr("expected an object of texts per language, such as "
                              "{\"en\": \"Age\"}"));
    }
    FormText text;
    for (auto it = strings.value().cbegin(); it != strings.value().cend(); ++it)
        text.set(it.key(), it.value());
    return text;
}

Result<QMap<QString, QString>> FormJson::readStrings(const QJsonValue &value,
                                                     const QString &path) const
{
    QMap<QString, QString> strings;
    if (value.isUndefined())
        return strings;
    if (!value.isObject())
        return error(path, tr("expected an object of texts"));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return error(path + u'/' + it.key(), tr("expected a text"));
        strings.insert(it.key(), it.value().toString());
    }
    return strings;
}

Result<QString> FormJson::readString(const QJsonObject &object, const QString &key,
                                     const QString &path) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return error(path + u'/' + key, tr("expected a text"));
    return value.toString();
}

Result<bool> FormJson::readBool(const QJsonObject &object, const QString &key,
                                const QString &path) const
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        return error(path + u'/' + key, tr("expected true or false"));
    return value.toBool();
}

Status FormJson::unknownMembers(const QJsonObject &object, const QStringList &known,
                                const QString &path) const
{
    // A misspelt member ("relevent") would otherwise be silently ignored.
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return error(path + u'/' + it.key(), tr("unknown member"));
    }
    return {};
}

} // namespace vigia
