#include "ui/shell/NavigationIcons.h"

#include <QFile>
#include <QHash>

namespace vigia {

namespace {
// Page -> freedesktop / Breeze icon name.
const QHash<QString, QString> &themeNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("records"), QStringLiteral("x-office-document")},
        {QStringLiteral("codebook"), QStringLiteral("tag")},
        {QStringLiteral("targets"), QStringLiteral("flag")},
        {QStringLiteral("dashboard"), QStringLiteral("office-chart-line")},
        {QStringLiteral("sync"), QStringLiteral("view-refresh")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
        {QStringLiteral("inbox"), QStringLiteral("mail-folder-inbox")},
        {QStringLiteral("conflicts"), QStringLiteral("vcs-merge")},
    };
    return names;
}
} // namespace

void NavigationIcons::installFallbackTheme()
{
    if (QIcon::fallbackThemeName().isEmpty() ||
        QIcon::fallbackThemeName() == QLatin1String("hicolor"))
        QIcon::setFallbackThemeName(QStringLiteral("breeze"));
}

QIcon NavigationIcons::bundled(const QString &page)
{
    const QString path = QStringLiteral(":/icons/nav/%1.svg").arg(page);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

QIcon NavigationIcons::icon(const QString &page)
{
    const QString name = themeNames().value(page);
    if (name.isEmpty())
        return {};
    return QIcon::fromTheme(name, bundled(page));
}

} // namespace vigia
