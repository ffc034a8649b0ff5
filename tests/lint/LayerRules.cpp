#include "LayerRules.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>

#include <algorithm>

namespace vigia::test {

namespace {
const QStringList kCore = {
    QStringLiteral("common"),    QStringLiteral("crypto"),     QStringLiteral("db"),
    QStringLiteral("reference"), QStringLiteral("xlsx"),       QStringLiteral("forms/expr"),
    QStringLiteral("forms"),     QStringLiteral("oplog"),      QStringLiteral("bundle"),
    QStringLiteral("store"),     QStringLiteral("records"),    QStringLiteral("project"),
    QStringLiteral("sync"),      QStringLiteral("monitoring"), QStringLiteral("export"),
    QStringLiteral("qda")};

QStringList plus(QStringList list, const QStringList &more)
{
    list += more;
    return list;
}
} // namespace

LayerRules LayerRules::vigia()
{
    LayerRules r;
    const QStringList common = {QStringLiteral("common")};
    const QStringList crypto = plus(common, {QStringLiteral("crypto")});
    const QStringList db = plus(common, {QStringLiteral("db")});
    const QStringList forms = plus(
        crypto, {QStringLiteral("forms"), QStringLiteral("forms/expr"), QStringLiteral("xlsx")});
    const QStringList oplog = plus(plus(crypto, db), {QStringLiteral("oplog")});
    const QStringList bundle = plus(oplog, {QStringLiteral("bundle")});
    const QStringList store = plus(plus(oplog, forms), {QStringLiteral("store")});
    const QString core = QStringLiteral("core");
    r.addLayer(QStringLiteral("core/common"), core, {});
    r.addLayer(QStringLiteral("core/crypto"), core, common);
    r.addLayer(QStringLiteral("core/db"), core, crypto);
    r.addLayer(QStringLiteral("core/reference"), core, common);
    r.addLayer(QStringLiteral("core/xlsx"), core, common);
    r.addLayer(QStringLiteral("core/forms/expr"), core, common);
    r.addLayer(QStringLiteral("core/forms"), core,
               plus(crypto, {QStringLiteral("forms/expr"), QStringLiteral("xlsx")}));
    r.addLayer(QStringLiteral("core/oplog"), core, plus(crypto, db));
    r.addLayer(QStringLiteral("core/bundle"), core, oplog);
    r.addLayer(QStringLiteral("core/store"), core, plus(oplog, forms));
    r.addLayer(QStringLiteral("core/records"), core, store);
    r.addLayer(QStringLiteral("core/monitoring"), core, store);
    r.addLayer(QStringLiteral("core/export"), core, store);
    r.addLayer(QStringLiteral("core/qda"), core, store);
    r.addLayer(QStringLiteral("core/project"), core, plus(store, bundle));
    // The hub's server sits on the project layer; only vigia-hub uses it.
    r.addLayer(QStringLiteral("core/hub"), core,
               plus(plus(store, bundle), {QStringLiteral("project")}));
    // The hub's client, on the project layer too (vigia_sync).
    r.addLayer(QStringLiteral("core/sync"), core,
               plus(plus(store, bundle), {QStringLiteral("project")}));
    r.addLayer(QStringLiteral("ui"), QString(), kCore);
    r.addLayer(QStringLiteral("app/cli"), QStringLiteral("app"), kCore);
    r.addLayer(QStringLiteral("app/hub"), QStringLiteral("app"),
               plus(kCore, {QStringLiteral("hub")}));
    r.addLayer(QStringLiteral("app/desktop"), QStringLiteral("app"),
               plus(kCore, {QStringLiteral("ui")}));
    r.addLayer(QStringLiteral("app/screenshots"), QStringLiteral("app"),
               plus(kCore, {QStringLiteral("ui")}));
    const QStringList noGui = {QStringLiteral("QtGui"), QStringLiteral("QtWidgets")};
    r.forbidModules(core, noGui);
    r.forbidModules(QStringLiteral("app/cli"), noGui);
    r.forbidModules(QStringLiteral("app/hub"), noGui);
    // The interface holds no SQL, crypto or HTTP: it asks the core.
    r.forbidModules(QStringLiteral("ui"), {QStringLiteral("QtSql"), QStringLiteral("QtNetwork"),
                                           QStringLiteral("sqlite3"), QStringLiteral("sodium")});
    r.setModuleHeaders(installedQtHeaders());
    return r;
}

QHash<QString, QString> LayerRules::installedQtHeaders()
{
    QHash<QString, QString> out;
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const char *module : {"QtGui", "QtWidgets", "QtSql", "QtNetwork"}) {
        const QString name = QString::fromLatin1(module);
        out.insert(name, name);
        QDirIterator it(headers + QLatin1Char('/') + name, QDir::Files);
        while (it.hasNext()) {
            it.next();
            out.insert(it.fileName(), name);
            out.insert(name + QLatin1Char('/') + it.fileName(), name);
        }
    }
    out.insert(QStringLiteral("sqlite3.h"), QStringLiteral("sqlite3"));
    out.insert(QStringLiteral("sodium.h"), QStringLiteral("sodium"));
    return out;
}

void LayerRules::addLayer(const QString &folder, const QString &includeRoot,
                          const QStringList &allowed)
{
    Layer layer{folder, includeRoot, QSet<QString>(allowed.cbegin(), allowed.cend()), {}};
    // Its own headers, by the name its include paths start with.
    layer.allowed.insert(includeRoot.isEmpty() ? folder : folder.mid(includeRoot.size() + 1));
    m_layers.append(layer);
    // Most specific first: core/forms/expr before core/forms.
    std::stable_sort(m_layers.begin(), m_layers.end(), [](const Layer &a, const Layer &b) {
        return a.folder.size() > b.folder.size();
    });
}

void LayerRules::forbidModules(const QString &folder, const QStringList &modules)
{
    for (Layer &layer : m_layers) {
        if (layer.folder == folder || layer.folder.startsWith(folder + QLatin1Char('/'))) {
            for (const QString &m : modules)
                layer.forbiddenModules.insert(m);
        }
    }
}

const LayerRules::Layer *LayerRules::layerOf(const QString &relativePath) const
{
    for (const Layer &layer : m_layers) {
        if (relativePath.startsWith(layer.folder + QLatin1Char('/')))
            return &layer;
    }
    return nullptr;
}

const LayerRules::Layer *LayerRules::layerOfInclude(const QString &include) const
{
    for (const Layer &layer : m_layers) {
        const QString name = layer.includeRoot.isEmpty()
                                 ? layer.folder
                                 : layer.folder.mid(layer.includeRoot.size() + 1);
        // "forms/expr/ExprNode.h" is expr's, "forms/FormRow.h" is forms'.
        if (include.startsWith(name + QLatin1Char('/')) &&
            !include.mid(name.size() + 1).contains(QLatin1Char('/')))
            return &layer;
        if (layer.includeRoot.isEmpty() && include.startsWith(name + QLatin1Char('/')))
            return &layer; // "ui/records/RecordEditor.h": the ui is one layer
    }
    return nullptr;
}

QStringList LayerRules::violations(const QString &root) const
{
    QStringList out;
    QStringList files;
    for (const QString &top :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(root + QLatin1Char('/') + top,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(root).relativeFilePath(it.next()));
    }
    files.sort();
    for (const QString &f : std::as_const(files))
        checkFile(root, f, &out);
    return out;
}

void LayerRules::checkFile(const QString &root, const QString &relativePath, QStringList *out) const
{
    const Layer *layer = layerOf(relativePath);
    if (!layer)
        return;
    QFile file(root + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        out->append(relativePath + QStringLiteral(": cannot be read"));
        return;
    }
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine());
        const QRegularExpressionMatch m = include.match(text);
        if (!m.hasMatch())
            continue;
        const QString path = m.captured(2);
        const QString where = QStringLiteral("%1:%2: ").arg(relativePath).arg(line);
        if (m.captured(1) == u"<") {
            const QString module = m_moduleOf.value(path);
            if (!module.isEmpty() && layer->forbiddenModules.contains(module))
                out->append(where + QStringLiteral("<%1> is %2, which %3 must not use")
                                        .arg(path, module, layer->folder));
            continue;
        }
        if (path.endsWith(u".moc") || path.startsWith(u"moc_"))
            continue;
        if (path.contains(u"..")) {
            out->append(where + QStringLiteral("\"%1\" climbs out of its folder").arg(path));
            continue;
        }
        if (!path.contains(u'/')) {
            out->append(where + QStringLiteral("\"%1\" does not name its folder").arg(path));
            continue;
        }
        const Layer *target = layerOfInclude(path);
        if (!target) {
            out->append(where + QStringLiteral("\"%1\" is in no known layer").arg(path));
            continue;
        }
        const QString name = target->includeRoot.isEmpty()
                                 ? target->folder
                                 : target->folder.mid(target->includeRoot.size() + 1);
        if (!layer->allowed.contains(name))
            out->append(where + QStringLiteral("%1 may not include \"%2\" (%3 is not below it)")
                                    .arg(layer->folder, path, target->folder));
    }
}

} // namespace vigia::test
