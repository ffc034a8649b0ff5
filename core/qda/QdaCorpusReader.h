#pragma once

#include "common/Result.h"
#include "qda/QdaSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

namespace vigia {

class Database;
class FormStore;
class RecordStore;

// Reads the texts qualitative analysts code, one record at a time: every
// finalized, not deleted record whose review is not "rejected", and of it
// each text answer that has codings or whose form row is open to coding
// (`coding` in the form). Positions become Unicode code points, as REFI-QDA
// counts them; detached codings (their quote no longer found) are left out.
class QdaCorpusReader
{
    Q_DECLARE_TR_FUNCTIONS(vigia::QdaCorpusReader)

public:
    QdaCorpusReader(Database &db, RecordStore &records, FormStore &forms, QByteArray deviceId,
                    QByteArray privateOrigin);

    // Calls `each` per source; stops with its error, or when it returns false
    // in `keepGoing` (cancelled). `total` is the records to read.
    using Visit = std::function<Status(const QdaSource &source)>;
    [[nodiscard]] Result<int> countRecords();
    [[nodiscard]] Status read(const Visit &each, const std::function<bool(int done)> &keepGoing);

    // UTF-16 offset `utf16` of `text` as a code point offset.
    [[nodiscard]] static qint64 codePoints(const QString &text, qint64 utf16);

private:
    [[nodiscard]] Result<QStringList> codableFields(const QString &formId, const QString &version);
    [[nodiscard]] Result<QList<QdaSelection>>
    selectionsOf(const QByteArray &record, const QString &field, const QString &text);

    Database &m_db;
    RecordStore &m_records;
    FormStore &m_forms;
    QByteArray m_deviceId;
    QByteArray m_privateOrigin;
    QHash<QString, QStringList> m_codable; // "form|version" -> fields
};

} // namespace vigia
