#include "cli/CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace vigia {

namespace {
void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString prefix;
    switch (type) {
    case QtDebugMsg:
    case QtInfoMsg:
        break;
    case QtWarningMsg:
        prefix = CliOutput::tr("warning: ");
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        prefix = CliOutput::tr("error: ");
        break;
    }
    QString category;
    if (context.category && qstrcmp(context.category, "default") != 0)
        category = QString::fromUtf8(context.category) + QStringLiteral(": ");
    const QByteArray line = (QStringLiteral("vigiactl: ") + prefix + category +
                             CliOutput::singleLine(message) + QLatin1Char('\n'))
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

CliOutput::CliOutput(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliOutput::~CliOutput()
{
    m_out.flush();
    m_err.flush();
}

void CliOutput::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::write(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void CliOutput::json(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void CliOutput::rows(const Rows &rows)
{
    qsizetype width = 0;
    for (const auto &[label, value] : rows)
        width = qMax(width, label.size());
    for (const auto &[label, value] : rows) {
        const QString head = label.leftJustified(width + 2);
        // Continuation lines of a multi-line value line up under its first line.
        QString body = value;
        body.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(head.size(), QLatin1Char(' ')));
        m_out << (body.isEmpty() ? label : head + body) << '\n';
    }
    m_out.flush();
}

void CliOutput::error(const QString &message)
{
    m_err << QStringLiteral("vigiactl: ") << singleLine(message) << '\n';
    m_err.flush();
}

void CliOutput::warning(const QString &message)
{
    // The prefix stays English so that scripts can tell warnings from errors.
    m_err << QStringLiteral("vigiactl: warning: ") << singleLine(message) << '\n';
    m_err.flush();
}

void CliOutput::plainError(const QString &line)
{
    m_err << singleLine(line) << '\n';
    m_err.flush();
}

QString CliOutput::singleLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString out = text.trimmed();
    out.replace(breaks, QStringLiteral(" "));
    return out;
}

void CliOutput::installMessageHandler()
{
    qInstallMessageHandler(logToStderr);
    // Vigia's own log lines are diagnostics for developers; vigiactl reports
    // what matters to the user itself, as one line per error. Later rules win
    // and QT_LOGGING_RULES comes after these, so QT_LOGGING_RULES="vigia.*=true"
    // brings them back.
    QLoggingCategory::setFilterRules(QStringLiteral("vigia.*.info=false\n"
                                                    "vigia.*.warning=false"));
}

} // namespace vigia
