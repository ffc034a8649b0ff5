#pragma once

#include "forms/BuiltinForms.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"

#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace vigia::bench {

inline const QString kFindingForm = QStringLiteral("qualitative_finding");

// The finding's narrative is sensitive since issue 17, so a real store keeps
// it out of the search index. The records benchmarks measure a search over
// narrative-sized text, so they import the finding form with every field
// indexable, the same on both sides of each ratio.
inline void indexEverything(QList<FormRow> &rows)
{
    for (FormRow &row : rows) {
        row.setSensitive(false);
        indexEverything(row.children());
    }
}

// The built-in pack as the benchmarks import it: the finding form indexable.
inline QList<FormDefinition> benchPack()
{
    auto pack = BuiltinForms::load();
    if (!pack)
        qFatal("the form pack does not load");
    QList<FormDefinition> forms = pack.take();
    for (FormDefinition &form : forms)
        if (form.formId() == kFindingForm)
            indexEverything(form.rows());
    return forms;
}

// A workspace already holds the built-in pack, whose finding keeps its
// narrative out of the index, and a form version never changes: the
// indexable finding is imported as a version of its own, which the
// workspace's newest finding then is.
inline QString indexableVersion(const QString &version)
{
    return version + QStringLiteral("-indexable");
}

inline void ensurePack(Workspace &ws)
{
    for (FormDefinition form : benchPack()) {
        if (form.formId() == kFindingForm)
            form.setVersion(indexableVersion(form.version()));
        if (ws.forms().get(form.formId(), form.version()))
            continue;
        if (auto imported = ws.forms().importDefinition(form); !imported)
            qFatal("importing %s: %s", qPrintable(form.formId()),
                   qPrintable(imported.error().message()));
    }
}

// Finding `i` of the records benchmarks: a narrative of field-note length;
// one in 1000 mentions a "túnel", every one a "bridge".
inline RecordStore::Values findingValues(int i)
{
    static const QStringList countries{QStringLiteral("AR"), QStringLiteral("BR"),
                                       QStringLiteral("PY"), QStringLiteral("CO")};
    QString narrative = QStringLiteral("Observation %1: people waited at the bridge "
                                       "checkpoint for hours before crossing; the "
                                       "officials asked for documents and payments.")
                            .arg(i);
    if (i % 1000 == 7)
        narrative += QStringLiteral(" Some used a túnel near the river instead.");
    return {{QStringLiteral("country"), countries[i % countries.size()]},
            {QStringLiteral("date"),
             QStringLiteral("2026-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("narrative"), narrative}};
}

// `count` findings (findingValues).
inline void fillRecords(Workspace &ws, int count)
{
    ensurePack(ws);
    const QString version = ws.forms().get(kFindingForm).value().version();
    if (!version.endsWith(indexableVersion({})))
        qFatal("the indexable finding is not the newest: %s", qPrintable(version));
    constexpr int kBatch = 10000;
    for (int start = 0; start < count; start += kBatch) {
        QList<RecordStore::Values> batch;
        for (int i = start; i < std::min(count, start + kBatch); ++i)
            batch.append(findingValues(i));
        if (!ws.records().createMany(kFindingForm, version, batch, true))
            qFatal("creating records failed");
    }
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace vigia::bench
