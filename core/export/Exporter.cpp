#include "export/Exporter.h"

#include "common/LogCategories.h"
#include "db/CacheSizeScope.h"
#include "export/AggregateTable.h"
#include "export/CsvExporter.h"
#include "export/DataDictionary.h"
#include "export/Deidentifier.h"
#include "export/ExportLayout.h"
#include "export/RecordPages.h"
#include "export/XlsxExporter.h"
#include "forms/FormDefinition.h"
#include "store/FormStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace vigia {

namespace {
struct Version
{
    QString formId;
    QString version;
    qint64 records = 0;
};

QStringList defaultAggregateFields()
{
    return {QStringLiteral("manifestation"), QStringLiteral("manifestations")};
}

void addNotes(DataDictionary &dictionary, const ExportOptions &o, bool pseudonymousIds,
              bool aggregates)
{
    dictionary.addNote(QStringLiteral("records"),
                       QStringLiteral("finalized records; drafts and deleted records left out"));
    dictionary.addNote(
        QStringLiteral("review_states"),
        o.includeRejected
            ? QStringLiteral("received, approved, needs_changes, rejected")
            : QStringLiteral("received, approved, needs_changes (rejected left out)"));
    dictionary.addNote(QStringLiteral("deidentified"),
                       o.deidentify ? QStringLiteral("yes") : QStringLiteral("no"));
    if (pseudonymousIds)
        dictionary.addNote(
            QStringLiteral("record_ids"),
            QStringLiteral("pseudonyms: keyed BLAKE2b with a random key of this export that was "
                           "not kept; stable within this export, unlinkable to any other"));
    if (o.deidentify) {
        dictionary.addNote(QStringLiteral("sensitive_fields"),
                           o.sensitive == ExportOptions::Sensitive::Pseudonymize
                               ? QStringLiteral("replaced by pseudonyms")
                               : QStringLiteral("removed"));
        dictionary.addNote(QStringLiteral("free_text"),
                           o.includeText ? QStringLiteral("included") : QStringLiteral("removed"));
    }
    if (o.coarsenDates)
        dictionary.addNote(QStringLiteral("dates"), QStringLiteral("coarsened to month"));
    if (aggregates)
        dictionary.addNote(QStringLiteral("suppression"),
                           QStringLiteral("aggregate tables: counts from 1 to %1 shown as <%2; "
                                          "counts hidden so that no total reveals them shown as x")
                               .arg(o.k - 1)
                               .arg(o.k));
}
} // namespace

Exporter::Exporter(Database &db, FormStore &forms)
    : m_db(db)
    , m_forms(forms)
{}

Result<Exporter::Outcome> Exporter::run(const QString &outDir, const ExportOptions &options,
                                        const Progress &progress)
{
    const CacheSizeScope cache(m_db, kCacheKiB);
    // The versions to export and how many records each holds.
    QList<Version> versions;
    if (!options.formId.isEmpty()) {
        auto list = m_forms.versions(options.formId);
        if (!list)
            return list.error();
        if (list.value().isEmpty())
            return Error(ErrorCode::NotFound,
                         tr("No form %1 in this workspace. 'vigiactl forms list' shows them.")
                             .arg(options.formId));
        for (const QString &v : list.value())
            versions.append({options.formId, v});
    } else {
        auto list = m_forms.list();
        if (!list)
            return list.error();
        for (const FormStore::Entry &e : list.value())
            versions.append({e.formId, e.version});
    }
    qint64 total = 0;
    for (Version &v : versions) {
        RecordPages pages(m_db, v.formId, v.version, options.includeRejected);
        auto n = pages.count();
        if (!n)
            return n.error();
        v.records = n.value();
        total += v.records;
    }
    // Every form asked for: only the versions with records.
    if (options.formId.isEmpty())
        versions.removeIf([](const Version &v) { return v.records == 0; });

    const bool createdDir = !QFileInfo::exists(outDir);
    if (!QDir().mkpath(outDir))
        return Error(ErrorCode::Io,
                     tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(outDir)));
    const auto dropCreated = [&] {
        if (createdDir)
            QDir().rmdir(outDir);
    };
    // Inside the destination, so the files move in by rename.
    QTemporaryDir temp(QDir(outDir).filePath(QStringLiteral(".vigia-export-XXXXXX")));
    if (!temp.isValid()) {
        dropCreated();
        return Error(ErrorCode::Io, tr("Could not create a temporary folder in %1: %2")
                                        .arg(QDir::toNativeSeparators(outDir), temp.errorString()));
    }

    Outcome outcome;
    const auto fail = [&](const Error &e) -> Result<Outcome> {
        temp.remove();
        dropCreated();
        return e;
    };
    const auto cancel = [&]() -> Result<Outcome> {
        temp.remove();
        dropCreated();
        Outcome cancelled;
        cancelled.cancelled = true;
        qCInfo(lcExport) << "export cancelled";
        return cancelled;
    };

    std::unique_ptr<ExportWriter> writer;
    switch (options.format) {
    case ExportOptions::Format::Csv:
        writer = std::make_unique<CsvExporter>(temp.path(), options.bom);
        break;
    case ExportOptions::Format::Spss:
        writer = std::make_unique<CsvExporter>(temp.path(), false, true);
        break;
    case ExportOptions::Format::Xlsx:
        writer = std::make_unique<XlsxExporter>(
            temp.path(),
            (options.formId.isEmpty() ? QStringLiteral("vigia-export") : options.formId) +
                QStringLiteral(".xlsx"));
        break;
    }

    const Deidentifier deidentifier(options);
    DataDictionary dictionary;
    const bool aggregates = options.deidentify || !options.aggregateFields.isEmpty();
    QList<AggregateTable> aggregateTables;
    if (progress && !progress(0, total))
        return cancel();

    QList<ExportRecord> page;
    for (const Version &v : std::as_const(versions)) {
        auto form = m_forms.get(v.formId, v.version);
        if (!form)
            return fail(form.error());
        const ExportLayout layout(form.value(), deidentifier);
        auto locations = writer->beginForm(layout.tables(), form.value());
        if (!locations)
            return fail(locations.error());
        for (qsizetype t = 0; t < layout.tables().size(); ++t)
            dictionary.addTable(layout.tables()[t], locations.value()[t], form.value(),
                                layout.removed(int(t)));

        // The select fields counted per country: on the records table, kept.
        QList<QPair<QString, qsizetype>> counted; // field, index into aggregateTables
        if (aggregates) {
            const QStringList fields = options.aggregateFields.isEmpty() ? defaultAggregateFields()
                                                                         : options.aggregateFields;
            for (const QString &field : fields) {
                const int column = layout.mainColumn(field);
                if (column < 0)
                    continue;
                const ExportColumn &c = layout.tables().first().columns[column];
                if (c.listName.isEmpty() || c.treatment != FieldTreatment::Kept)
                    continue;
                QStringList choices;
                for (const FormChoice &choice : form.value().choicesOf(c.listName))
                    choices.append(choice.name());
                counted.append({field, aggregateTables.size()});
                aggregateTables.append(
                    AggregateTable(QStringLiteral("aggregate_") + layout.tables().first().name +
                                       QStringLiteral("__") + field,
                                   field, choices, c.typeName == QLatin1String("select_multiple")));
            }
        }

        RecordPages pages(m_db, v.formId, v.version, options.includeRejected, options.pageSize);
        Status rowError;
        const ExportLayout::RowSink sink = [&](int table, const QList<ExportValue> &cells) {
            if (rowError)
                rowError = writer->writeRow(table, cells);
        };
        while (true) {
            auto more = pages.next(page);
            if (!more)
                return fail(more.error());
            if (!more.value())
                break;
            for (const ExportRecord &record : std::as_const(page)) {
                layout.rows(record, sink);
                for (const auto &[field, index] : std::as_const(counted))
                    aggregateTables[index].add(record.country, record.value(field));
            }
            if (!rowError)
                return fail(rowError.error());
            outcome.records += page.size();
            if (progress && !progress(outcome.records, total))
                return cancel();
        }
        if (Status s = writer->endForm(); !s)
            return fail(s.error());
    }

    for (const AggregateTable &a : std::as_const(aggregateTables))
        if (auto written = writer->writeTextTable(a.name(), a.header(), a.rows(options.k));
            !written)
            return fail(written.error());
    addNotes(dictionary, options, deidentifier.pseudonymizesIds(), !aggregateTables.isEmpty());
    if (auto written = writer->writeTextTable(QStringLiteral("dictionary"), dictionary.header(),
                                              dictionary.rows());
        !written)
        return fail(written.error());
    auto files = writer->finish();
    writer.reset();
    if (!files)
        return fail(files.error());
    if (progress && !progress(outcome.records, total))
        return cancel();

    // Everything is written: move it in. A rename within one folder is quick
    // and does not fail halfway through a file.
    const QDir out(outDir);
    for (const QString &name : std::as_const(files.value())) {
        const QString target = out.filePath(name);
        if (QFileInfo::exists(target) && !QFile::remove(target))
            return fail(Error(ErrorCode::Io,
                              tr("Could not replace %1.").arg(QDir::toNativeSeparators(target))));
        if (!QFile::rename(QDir(temp.path()).filePath(name), target))
            return fail(Error(
                ErrorCode::Io,
                tr("Could not move the export into %1.").arg(QDir::toNativeSeparators(outDir))));
        outcome.files.append(name);
    }
    qCInfo(lcExport) << "export written:" << outcome.files.size() << "files";
    return outcome;
}

} // namespace vigia
