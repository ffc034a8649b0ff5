#pragma once

#include <QIcon>
#include <QString>

namespace vigia {

// The icons of the navigation: from the desktop's icon theme when it has
// them (freedesktop names, so they match the rest of the desktop), else from
// Breeze (Debian's breeze-icon-theme, the fallback theme), else the
// monochrome SVGs bundled as resources (resources/icons/nav), so a page never
// goes without one.
class NavigationIcons
{
public:
    // Makes Breeze the theme searched after the desktop's own. Once, before
    // the first window.
    static void installFallbackTheme();
    // `page` is one of: records, codebook, targets, dashboard, sync, settings, inbox,
    // conflicts. Null for an unknown page.
    [[nodiscard]] static QIcon icon(const QString &page);
    // The bundled SVG alone (for tests and for themes that lack a name).
    [[nodiscard]] static QIcon bundled(const QString &page);
};

} // namespace vigia
