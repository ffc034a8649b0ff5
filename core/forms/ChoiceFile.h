#pragma once

#include "common/Result.h"
#include "forms/FormChoice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigia {

// The choices of select_one_from_file and select_multiple_from_file: a .csv
// file with a header row (name, label, and any columns a choice_filter
// reads) or an ODK .xml file (<root><item><name/><label/>…</item></root>).
// Every choice gets `listName`, the file's name, as its list.
class ChoiceFile
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ChoiceFile)

public:
    // The language a label column without one goes to.
    [[nodiscard]] static Result<QList<FormChoice>>
    read(const QString &path, const QString &listName, const QString &language);

private:
    [[nodiscard]] static Result<QList<FormChoice>> readCsv(const QByteArray &data,
                                                           const QString &listName,
                                                           const QString &language,
                                                           const QString &file);
    [[nodiscard]] static Result<QList<FormChoice>> readXml(const QByteArray &data,
                                                           const QString &listName,
                                                           const QString &language,
                                                           const QString &file);
};

} // namespace vigia
