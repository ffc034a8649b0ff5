#include "VigiactlRunner.h"

#include "crypto/KeyStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

namespace vigia::test {

VigiactlRunner::VigiactlRunner(QString workspace)
    : m_workspace(std::move(workspace))
{}

QString VigiactlRunner::program()
{
    return QStringLiteral(VIGIACTL_PATH);
}

QProcessEnvironment VigiactlRunner::baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VIGIA_INSECURE_TEST_KDF"), QStringLiteral("1"));
    env.insert(QStringLiteral("VIGIA_PASSPHRASE"), QString::fromUtf8(kPassphrase));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun VigiactlRunner::run(const QStringList &args) const
{
    return run(args, baseEnvironment());
}

CliRun VigiactlRunner::run(const QStringList &args, const QProcessEnvironment &env) const
{
    QStringList all;
    if (!m_workspace.isEmpty())
        all << QStringLiteral("--workspace") << m_workspace;
    all << args;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program(), all);
    CliRun r;
    if (!p.waitForStarted(30000)) {
        r.err = "could not start " + program().toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    p.waitForFinished(120000);
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray VigiactlRunner::textForm(const QString &formId, const QStringList &fields,
                                    const QString &version)
{
    QJsonArray survey;
    for (const QString &field : fields) {
        survey.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("name"), field},
                        {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), field}}}});
    }
    const QJsonObject settings{
        {QStringLiteral("form_id"), formId},
        {QStringLiteral("version"), version},
        {QStringLiteral("default_language"), QStringLiteral("en")},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), formId}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format_version"), 1},
                                     {QStringLiteral("settings"), settings},
                                     {QStringLiteral("survey"), survey}})
        .toJson();
}

CliRun VigiactlRunner::importForm(const QByteArray &json) const
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/vigia-form-XXXXXX.json"));
    if (!file.open() || file.write(json) != json.size() || !file.flush()) {
        CliRun r;
        r.err = "could not write a form file";
        return r;
    }
    return run({QStringLiteral("forms"), QStringLiteral("import"), file.fileName()});
}

Result<std::unique_ptr<Database>> VigiactlRunner::openStore() const
{
    auto keys = KeyStore::unlock(Workspace::keystorePath(m_workspace), kPassphrase);
    if (!keys)
        return keys.error();
    return Database::open(Workspace::storePath(m_workspace), keys.value().storeKey);
}

} // namespace vigia::test
