#pragma once

#include "CliRun.h"
#include "common/Result.h"
#include "db/Database.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace vigia::test {

// Runs the vigiactl binary (VIGIACTL_PATH) against one workspace, with the
// fast test-only KDF and the passphrase in VIGIA_PASSPHRASE.
class VigiactlRunner
{
public:
    static inline const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");

    explicit VigiactlRunner(QString workspace = {});

    [[nodiscard]] static QString program();
    [[nodiscard]] const QString &workspace() const { return m_workspace; }
    // The environment every run gets: the system's, plus the test KDF and passphrase.
    [[nodiscard]] static QProcessEnvironment baseEnvironment();

    // Runs `vigiactl --workspace W args…` (no --workspace when W is empty).
    [[nodiscard]] CliRun run(const QStringList &args) const;
    [[nodiscard]] CliRun run(const QStringList &args, const QProcessEnvironment &env) const;

    // A form definition (JSON) whose every field is free text: for tests about
    // records rather than about forms, now that records must have a form.
    [[nodiscard]] static QByteArray textForm(const QString &formId, const QStringList &fields,
                                             const QString &version = QStringLiteral("1"));
    // Writes `json` to a temporary .json file and runs `forms import` on it.
    [[nodiscard]] CliRun importForm(const QByteArray &json) const;
    // The workspace's store opened here with its key (from the keystore and
    // kPassphrase), for tests that read or damage it behind vigiactl's back.
    [[nodiscard]] Result<std::unique_ptr<Database>> openStore() const;

private:
    QString m_workspace;
};

} // namespace vigia::test
