// The import dialog on the coordinator's workspace: a form definition
// imported (the result a coordinator reads), then one refused with its
// reason. Definitions rather than workbooks: the program has no .xlsx
// writer, and the dialog shows both kinds the same way.
#include "screenshots/ScreenshotWriter.h"

#include "screenshots/ScreenshotSamples.h"
#include "ui/forms/ImportFormDialog.h"

#include <QDir>
#include <QFile>

namespace vigia {

namespace {
// An invented form: a visit to a shelter, in the three shipped languages.
QByteArray shelterVisit(const char *constraint)
{
    return QByteArrayLiteral(R"({"format_version": 1,
  "settings": {"form_id": "shelter_visit", "version": "2", "default_language": "en",
    "title": {"en": "Shelter visit", "es": "Visita a un albergue",
              "pt": "Visita a um abrigo"}},
  "survey": [
    {"type": "text", "name": "shelter",
     "label": {"en": "Shelter", "es": "Albergue", "pt": "Abrigo"}},
    {"type": "integer", "name": "children", "constraint": ")") +
           QByteArray(constraint) + QByteArrayLiteral(R"(",
     "label": {"en": "Children present", "es": "Niñas y niños presentes",
               "pt": "Crianças presentes"}}]})");
}

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return Error(ErrorCode::Io, f.errorString());
    return {};
}
} // namespace

Status ScreenshotWriter::writeFormImport(ScreenshotSamples &samples, const QString &scratch,
                                         const Shots &shots)
{
    const QString good = QDir(scratch).filePath(QStringLiteral("shelter_visit.json"));
    const QString bad = QDir(scratch).filePath(QStringLiteral("shelter_visit_draft.json"));
    if (Status s = writeFile(good, shelterVisit(". >= 0")); !s)
        return s;
    if (Status s = writeFile(bad, shelterVisit(". >= (0")); !s)
        return s;
    ImportFormDialog dialog(samples.coordinator());
    dialog.show();
    dialog.setFormFile(good);
    if (!dialog.importForm())
        return Error(ErrorCode::Failure, dialog.messages().join(QLatin1Char('\n')));
    if (Status s = save(&dialog, shots, QStringLiteral("forms_import")); !s)
        return s;
    dialog.setFormFile(bad);
    if (dialog.importForm())
        return Error(ErrorCode::Failure, tr("A broken form was imported."));
    return save(&dialog, shots, QStringLiteral("forms_import_refused"));
}

} // namespace vigia
