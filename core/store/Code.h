#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace vigia {

// One code of the qualitative codebook. Names exist in the three languages
// Vigia ships; a missing name falls back to another language so a code never
// shows up blank.
struct Code
{
    QUuid id;
    QUuid parent; // null: a top-level code
    QString nameEn;
    QString nameEs;
    QString namePt;
    QString color; // "#rrggbb"
    QString description;
    bool deleted = false;
    int count = 0; // codings of this code alone, on records not deleted

    // `language` is "en", "es", "pt" or a locale name starting with one of them.
    [[nodiscard]] QString name(const QString &language) const
    {
        const QString want = language.left(2).toLower();
        const QString &first = want == QLatin1String("es")   ? nameEs
                               : want == QLatin1String("pt") ? namePt
                                                             : nameEn;
        if (!first.isEmpty())
            return first;
        for (const QString *n : {&nameEn, &nameEs, &namePt}) {
            if (!n->isEmpty())
                return *n;
        }
        return {};
    }
};

// A code with its sub-codes, as the codebook shows it.
struct CodeNode
{
    Code code;
    QList<CodeNode> children;
    int totalCount = 0; // codings of this code and every sub-code
};

} // namespace vigia
