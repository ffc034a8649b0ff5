#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace vigia {

class Database;
class OpLog;
class ReviewStore;

// How many qualitative findings of one country and year concern each
// manifestation and carry each code (docs/monitoring.md, "Country
// report"): counted over the finalized, approved-or-received records of the
// built-in form qualitative_finding whose `date` falls in the year. A
// finding counts once per manifestation and once per code however many
// passages carry it. Counts below kMinCell are shown as "<5" (cell()).
class FindingCounts
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FindingCounts)

public:
    static inline const QString kFormId = QStringLiteral("qualitative_finding");
    static constexpr int kMinCell = 5;

    // Labels in `language` ("en", "es", "pt_BR").
    [[nodiscard]] static Result<FindingCounts> count(Database &db, OpLog &log, ReviewStore &reviews,
                                                     const QString &country, int year,
                                                     const QString &language);

    // A count as published: "<5" below kMinCell (but above 0).
    [[nodiscard]] static QString cell(int count);

    int total = 0;
    // (label, count), largest first.
    QList<QPair<QString, int>> byManifestation;
    QList<QPair<QString, int>> byCode;
};

} // namespace vigia
