#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace vigia::test {

// The include rule of docs/architecture.md as data: which folder of the
// source tree may include headers of which others, and which Qt modules each
// may use. Read from the sources as text, so it can check any tree.
class LayerRules
{
public:
    // Vigia's layers, as docs/architecture.md draws them.
    [[nodiscard]] static LayerRules vigia();

    // Each violation as "file:line: what is wrong"; `root` is a checkout.
    [[nodiscard]] QStringList violations(const QString &root) const;

    // `folder` (a path from the root, "core/db") may include headers of
    // `allowed` (folders as include paths name them: "db", "ui/records").
    void addLayer(const QString &folder, const QString &includeRoot, const QStringList &allowed);
    // No header of these Qt modules ("QtWidgets") in files under `folder`.
    void forbidModules(const QString &folder, const QStringList &modules);
    // Headers of each Qt module by file name ("QWidget" -> "QtWidgets").
    void setModuleHeaders(QHash<QString, QString> headers) { m_moduleOf = std::move(headers); }
    // The Qt headers installed on this machine, by module.
    [[nodiscard]] static QHash<QString, QString> installedQtHeaders();

private:
    struct Layer
    {
        QString folder;      // "core/db"
        QString includeRoot; // the folder its headers' include paths start from: "core"
        QSet<QString> allowed;
        QSet<QString> forbiddenModules;
    };
    [[nodiscard]] const Layer *layerOf(const QString &relativePath) const;
    // The layer whose headers an include path names ("db/Database.h" -> core/db).
    [[nodiscard]] const Layer *layerOfInclude(const QString &include) const;
    void checkFile(const QString &root, const QString &relativePath, QStringList *out) const;

    QList<Layer> m_layers; // most specific first
    QHash<QString, QString> m_moduleOf;
};

} // namespace vigia::test
