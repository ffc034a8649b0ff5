#pragma once

#include "export/ExportTable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigia {

class FormDefinition;

// What an export's tables hold (dictionary.csv, the "dictionary" sheet): one
// line per column with its field, type, what the export did with it and its
// label in every language of the forms; one line per choice of a select;
// the fields left out, with why; and notes on the whole export (which
// review states it holds, the pseudonyms, the suppression rule). The
// dictionary holds no answer, only the forms' own texts.
class DataDictionary
{
public:
    // The dictionary's name for a treatment ("removed: sensitive").
    [[nodiscard]] static QString treatmentName(FieldTreatment treatment);

    void addNote(const QString &key, const QString &text);
    // `location` is where the table went (its file or sheet); `removed`
    // the fields the export left out of it.
    void addTable(const ExportTable &table, const QString &location, const FormDefinition &form,
                  const QList<ExportColumn> &removed = {});

    [[nodiscard]] QStringList header() const;
    [[nodiscard]] QList<QStringList> rows() const;

private:
    struct Line
    {
        QString table;
        QString column;
        QString field;
        QString type;
        QString treatment;
        QString choice;
        QString note;
        FormText label;
    };
    void addColumn(const QString &location, const ExportColumn &c, const FormDefinition &form,
                   bool inTable);

    QList<Line> m_lines;
    QStringList m_languages;
};

} // namespace vigia
