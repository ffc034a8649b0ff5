#pragma once

#include "project/ChangeImporter.h"

#include <QTreeWidget>

namespace vigia {

// One row per imported file: applied, already applied, quarantined or
// refused, with the core's message saying why and what to do.
class BundleImportResults : public QTreeWidget
{
    Q_OBJECT

public:
    // Stable names of the outcomes, kept in kOutcomeRole of column 1 so tests
    // and scripts need not depend on the interface language.
    static constexpr int kOutcomeRole = Qt::UserRole;

    explicit BundleImportResults(QWidget *parent = nullptr);

    void addResult(const QString &path, const Result<ChangeImporter::Outcome> &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace vigia
