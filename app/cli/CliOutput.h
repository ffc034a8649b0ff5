#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextStream>

#include <cstdio>

namespace vigia {

// Where vigiactl writes: results to stdout, UTF-8; errors to stderr, each as
// ONE line starting with "vigiactl: ".
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(vigia::CliOutput)

public:
    using Rows = QList<QPair<QString, QString>>;

    CliOutput(FILE *out = stdout, FILE *err = stderr);
    ~CliOutput();
    CliOutput(const CliOutput &) = delete;
    CliOutput &operator=(const CliOutput &) = delete;

    void line(const QString &text = {});
    // Text as is (it carries its own newlines).
    void write(const QString &text);
    // One compact JSON document per line.
    void json(const QJsonValue &value);
    // "Label:   value" lines with the values aligned.
    void rows(const Rows &rows);
    // "vigiactl: message" on stderr, with any line breaks folded into spaces.
    void error(const QString &message);
    // "vigiactl: warning: message" on stderr, one line: something to know
    // about that did not stop the command.
    void warning(const QString &message);
    // One line on stderr as it is, without the "vigiactl: " prefix: for
    // reports whose lines have their own shape ("field: message").
    void plainError(const QString &line);

    // Folds line breaks and runs of blanks into single spaces.
    [[nodiscard]] static QString singleLine(const QString &text);

    // Routes Qt's log messages to stderr as single "vigiactl: " lines and keeps
    // Vigia's own log categories quiet unless QT_LOGGING_RULES asks for them.
    static void installMessageHandler();

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace vigia
