#pragma once

// A workspace with one form that has every kind of field an export treats
// differently (sensitive, free text, numbers, dates, a select, a repeat
// nested in a repeat) and records to export. Shared by the export tests.

#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace vigia::test {

inline const QString kCanary = QStringLiteral("CANARY-7f3a-Zoë");

inline QByteArray exportFormJson(const QString &version = QStringLiteral("1"))
{
    return QStringLiteral(R"({
  "format_version": 1,
  "settings": {"form_id": "finding", "version": "%1", "default_language": "en",
               "title": {"en": "Finding", "es": "Hallazgo"}},
  "survey": [
    {"name": "name", "type": "text", "sensitive": true,
     "label": {"en": "Name", "es": "Nombre"}},
    {"name": "age", "type": "integer", "label": {"en": "Age", "es": "Edad"}},
    {"name": "score", "type": "decimal", "label": {"en": "Score", "es": "Puntaje"}},
    {"name": "date", "type": "date", "label": {"en": "Date", "es": "Fecha"}},
    {"name": "country", "type": "select_one", "list_name": "countries", "label": {"en": "Country", "es": "País"}},
    {"name": "manifestation", "type": "select_one", "list_name": "manif",
     "label": {"en": "Manifestation", "es": "Manifestación"}},
    {"name": "account", "type": "narrative", "label": {"en": "Account", "es": "Relato"}},
    {"name": "people", "type": "repeat", "label": {"en": "People", "es": "Personas"},
     "children": [
       {"name": "nickname", "type": "text", "sensitive": true,
        "label": {"en": "Nickname", "es": "Apodo"}},
       {"name": "years", "type": "integer", "label": {"en": "Years", "es": "Años"}},
       {"name": "kids", "type": "repeat", "label": {"en": "Kids", "es": "Hijos"},
        "children": [
          {"name": "kid_age", "type": "integer", "label": {"en": "Kid age", "es": "Edad"}}
        ]}
     ]}
  ],
  "choices": [
    {"list_name": "countries", "name": "BR", "label": {"en": "Brazil", "es": "Brasil"}},
    {"list_name": "countries", "name": "GT", "label": {"en": "Guatemala", "es": "Guatemala"}},
    {"list_name": "manif", "name": "labour", "label": {"en": "Labour", "es": "Laboral"}},
    {"list_name": "manif", "name": "sexual", "label": {"en": "Sexual", "es": "Sexual"}},
    {"list_name": "manif", "name": "online", "label": {"en": "Online", "es": "En línea"}}
  ]
})")
        .arg(version)
        .toUtf8();
}

inline bool importExportForm(Workspace &ws, const QString &version = QStringLiteral("1"))
{
    auto form = FormJson::read(exportFormJson(version), QStringLiteral("finding.json"));
    if (!form) {
        qWarning() << form.error().message();
        return false;
    }
    auto imported = ws.forms().importDefinition(form.value());
    if (!imported)
        qWarning() << imported.error().message();
    return bool(imported);
}

inline RecordStore::Values values(std::initializer_list<std::pair<const char *, QString>> pairs)
{
    RecordStore::Values out;
    for (const auto &[k, v] : pairs)
        out.append({QString::fromUtf8(k), QCborValue(v)});
    return out;
}

// Every file under `dir`, read whole.
inline QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return out;
}

} // namespace vigia::test
