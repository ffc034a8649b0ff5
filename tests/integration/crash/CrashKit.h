#pragma once

// Shared by tst_crashsafety and the crashchild it kills: the form the
// finalize loops fill in, the markers that tell a draft's answers from a
// finalized record's, and copying a workspace folder.

#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace vigia::crashtest {

inline const QString kFormId = QStringLiteral("crash");
inline const QString kFormVersion = QStringLiteral("1");

// Finalizing writes besides the status: `n` is relevant only when `a` says
// "show", so finalizing empties the drafts' answer to it, and `c` is
// calculated from `a`, so finalizing stores it. A record is finalized with
// draft answers, or stays a draft with final ones, exactly when the answers
// and the status were not written together.
inline const QByteArray kForm = R"json({"format_version": 1,
    "settings": {"form_id": "crash", "version": "1", "default_language": "en",
                 "title": {"en": "Crash"}},
    "survey": [
        {"type": "text", "name": "a", "label": {"en": "A"}, "required": true},
        {"type": "text", "name": "n", "label": {"en": "N"}, "relevant": "${a} = 'show'"},
        {"type": "calculate", "name": "c", "calculation": "concat(${a}, '-calc')"}
    ]})json";

inline QString draftValue(qint64 i)
{
    return QStringLiteral("draft-%1").arg(i);
}
inline QString finalValue(qint64 i)
{
    return QStringLiteral("final-%1").arg(i);
}

inline Status importForm(Workspace &ws)
{
    auto definition = FormJson::read(kForm, QStringLiteral("crash form"));
    if (!definition)
        return definition.error();
    if (auto imported = ws.forms().importDefinition(definition.value()); !imported)
        return imported.error();
    return {};
}

// Copies a closed workspace folder (store, keystore, settings, quarantine)
// with its files' permissions.
inline bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QFile::setPermissions(to, QFile::permissions(from));
    const QFileInfoList entries =
        QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyDir(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

} // namespace vigia::crashtest
