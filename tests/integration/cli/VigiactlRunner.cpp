#include "VigiactlRunner.h"

#include <QProcess>

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

} // namespace vigia::test
