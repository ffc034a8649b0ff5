#include "common/Language.h"

#include "common/LogCategories.h"
#include "common/PseudoTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vigia {

namespace {
QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;

void removeInstalled()
{
    for (QTranslator **t : {&s_appTranslator, &s_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")};
}

bool Language::isSupported(const QString &requested)
{
    QString name = requested.trimmed();
    if (name.isEmpty() || name == kPseudo)
        return true;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = name.section(QLatin1Char('_'), 0, 0).toLower();
    for (const QString &lang : available()) {
        if (lang.section(QLatin1Char('_'), 0, 0) == base)
            return true;
    }
    return false;
}

QString Language::resolve(const QString &requested)
{
    QString name = requested.trimmed();
    if (name == kPseudo)
        return kPseudo;
    if (name.isEmpty())
        name = QLocale::system().name();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lang = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (lang == QLatin1String("es"))
        return QStringLiteral("es");
    if (lang == QLatin1String("pt"))
        return QStringLiteral("pt_BR");
    return QStringLiteral("en");
}

QString Language::install(const QString &requested)
{
    const QString lang = resolve(requested);
    removeInstalled();
    if (lang == kPseudo) {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        s_appTranslator = new PseudoTranslator;
        QCoreApplication::installTranslator(s_appTranslator);
        return lang;
    }
    QLocale::setDefault(QLocale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang));

    auto *app = new QTranslator;
    if (app->load(QStringLiteral(":/i18n/vigia_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(app);
        s_appTranslator = app;
    } else {
        if (lang != QLatin1String("en"))
            qCWarning(lcI18n) << "no catalogue for" << lang << "- falling back to English";
        delete app;
    }

    auto *qt = new QTranslator;
    if (lang != QLatin1String("en") &&
        qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qtTranslator = qt;
    } else {
        delete qt;
    }
    return lang;
}

} // namespace vigia
