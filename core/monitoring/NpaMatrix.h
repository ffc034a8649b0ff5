#pragma once

#include "common/Result.h"
#include "monitoring/NpaStatus.h"
#include "store/Record.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUuid>

namespace vigia {

class ReviewStore;

// The NPA status matrix (docs/monitoring.md): country × assessment item ×
// year, from the finalized, approved-or-received records of the built-in
// form npa_assessment. Of several assessments of one country and year the
// one finalized last wins as a whole; an item it leaves unanswered is no
// data.
class NpaMatrix
{
    Q_DECLARE_TR_FUNCTIONS(vigia::NpaMatrix)

public:
    static inline const QString kFormId = QStringLiteral("npa_assessment");

    // The items (yes / partial / no questions) of the built-in form, in
    // its order.
    [[nodiscard]] static QStringList items();
    // An item's label in `language` (falls back to English, then its name).
    [[nodiscard]] static QString itemLabel(const QString &item, const QString &language);

    // Reads the assessments that count from the records (of `country` only,
    // when given).
    [[nodiscard]] static Result<NpaMatrix> load(ReviewStore &reviews, const QString &country = {});
    // Builds the matrix from assessments that already count (finalized and
    // approved or received); the others must be filtered out by the caller.
    [[nodiscard]] static NpaMatrix fromRecords(const QList<Record> &assessments);

    [[nodiscard]] NpaStatus status(const QString &country, const QString &item, int year) const;
    // The assessment a country's year comes from (null when none).
    [[nodiscard]] QUuid source(const QString &country, int year) const;
    // Countries and years with an assessment, sorted.
    [[nodiscard]] QStringList countries() const;
    [[nodiscard]] QList<int> years(const QString &country = {}) const;
    // How many items of a country's year are in `status`.
    [[nodiscard]] int count(const QString &country, int year, NpaStatus status) const;

private:
    struct Assessment
    {
        QUuid record;
        quint64 updatedHlc = 0;
        QMap<QString, NpaStatus> answers;
    };
    // country -> year -> the assessment that wins
    QMap<QString, QMap<int, Assessment>> m_cells;
};

} // namespace vigia
