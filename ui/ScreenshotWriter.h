#pragma once

#include <QString>
#include <QStringList>

namespace vigia {

// Writes a PNG of every main view and dialog in every shipped language, so
// translators review their strings in context and the README stays current.
// Files: DIR/<lang>/<view>.png.
class ScreenshotWriter
{
public:
    explicit ScreenshotWriter(QString workspacePath);

    // Returns the files written; an empty list and `error` set on failure.
    [[nodiscard]] QStringList writeAll(const QString &dir, QString *error) const;

private:
    QString m_workspacePath;
};

} // namespace vigia
