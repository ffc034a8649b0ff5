#pragma once

#include "common/Result.h"
#include "export/ExportRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>

namespace vigia {

class Database;

// The finalized, not deleted records of one form version, read a page at a
// time in the order they were stored (keyset paging on the row id, so a
// record added meanwhile lands on a later page and none is read twice). An
// export holds one page in memory, never the whole form.
class RecordPages
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RecordPages)

public:
    // Without `includeRejected`, records whose review state is rejected are
    // skipped; a finalized record nobody reviewed counts as received.
    RecordPages(Database &db, QString formId, QString formVersion, bool includeRejected,
                int pageSize = 500);

    // How many records the pages hold, for a progress bar.
    [[nodiscard]] Result<qint64> count();
    // The next page into `page` (emptied first); false once all were read.
    [[nodiscard]] Result<bool> next(QList<ExportRecord> &page);

private:
    static constexpr qsizetype kMaxNames = 4096;

    [[nodiscard]] QByteArray where() const;
    [[nodiscard]] QString fieldName(QByteArrayView utf8, qsizetype position);
    // Appends an answer's text to `utf8`; false for a null (cleared) answer.
    [[nodiscard]] static bool appendAnswer(QByteArrayView cbor, QByteArray *utf8);

    Database &m_db;
    QString m_formId;
    QString m_formVersion;
    bool m_includeRejected = false;
    int m_pageSize = 500;
    qint64 m_after = 0; // the last row id read
    bool m_done = false;
    // Looked up by the bytes SQLite hands, without copying them first.
    struct NameHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, NameHash, std::equal_to<>> m_names;
    QList<std::pair<QByteArray, QString>> m_lastOrder; // by position in a record
    qsizetype m_lastTextSize = 0;                      // of the previous record's answers
};

} // namespace vigia
