#pragma once

#include "common/Result.h"
#include "monitoring/DashboardData.h"
#include "monitoring/FindingCounts.h"
#include "monitoring/PdfCanvas.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace vigia {

class Workspace;

// The country report (docs/monitoring.md, "Country report"): a PDF with
// the country's targets and their status, a progress chart per target, the
// NPA matrix, the qualitative findings counted by manifestation and code
// (small cells shown as "<5") and a methods note. Headings follow the
// installed interface language (tr); country, item and manifestation names
// and number formats follow `language`. Used by `vigiactl report country`
// and the Dashboard's button.
class CountryReport
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CountryReport)

public:
    // Reads the workspace and writes the report of `country` as it stood at
    // the end of `year` to `path`.
    [[nodiscard]] static Status write(Workspace &ws, const QString &country, int year,
                                      const QString &language, const QString &path);
    // Lays the report out from data already read (`data` as of the year).
    [[nodiscard]] static PdfCanvas render(const DashboardData &data, const FindingCounts &findings,
                                          const QString &country, int year, const QString &language,
                                          const QDate &today);
    // The installed interface language as the report takes it: "en", "es"
    // or "pt_BR".
    [[nodiscard]] static QString currentLanguage();
    // The country's name in `language` ("Guatemala"), or the code.
    [[nodiscard]] static QString countryName(const QString &country, const QString &language);
    [[nodiscard]] static QString title(const QString &country, int year, const QString &language);
};

} // namespace vigia
