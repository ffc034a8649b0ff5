#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace vigia {

class Workspace;

// Writes a PNG of every main view and dialog in every shipped language, so
// translators review their strings in context and the README stays current.
// Files: DIR/<lang>/<view>.png. It works on a temporary workspace with a few
// sample records, never on the user's.
class ScreenshotWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ScreenshotWriter)

public:
    // The view names, in the order they are written per language.
    [[nodiscard]] static QStringList viewNames();

    // Returns the files written.
    [[nodiscard]] static Result<QStringList> writeAll(const QString &dir);

private:
    [[nodiscard]] static Status addSampleRecords(Workspace &ws);
    [[nodiscard]] static Status save(QWidget *widget, const QString &dir, const QString &view,
                                     QStringList *written);
};

} // namespace vigia
