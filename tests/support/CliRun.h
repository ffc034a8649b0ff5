#pragma once

#include <QByteArray>
#include <QString>

namespace vigia::test {

// The outcome of one vigiactl run.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    // stdout without the final line break.
    [[nodiscard]] QString outLine() const { return outText().trimmed(); }
    // "exit 3, stdout: …, stderr: …" for failure messages.
    [[nodiscard]] QByteArray describe() const;
};

} // namespace vigia::test
