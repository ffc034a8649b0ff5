#pragma once

#include "common/Result.h"
#include "store/Code.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QUuid>

namespace vigia {

class Database;
class OpLog;

// The codebook: hierarchical codes for qualitative analysis. Every change is
// written as ops (entity "code") through the OpLog, one transaction per call,
// so codes sync like records do.
//
// Deleting a code tombstones it: its sub-codes move up to its parent and its
// codings stay attached to it, hidden from lists and counts, so restore()
// brings them back. To keep the codings visible, move them to another code
// first or delete with `moveCodingsTo`.
class Codebook
{
    Q_DECLARE_TR_FUNCTIONS(vigia::Codebook)

public:
    static inline const QString kEntity = QStringLiteral("code");

    Codebook(Database &db, OpLog &log);

    // Writes the starting codebook (resources/codebook/seed.json: the key
    // challenges of the domain) if this workspace has never had a code.
    // Seed ids derive from stable keys, so two devices seeding independently
    // create the same codes instead of duplicates; their ops are baseline ops
    // (OpLog::appendBaseline), so no seed ever overrides an edit. Descriptions
    // are stored in English; tree() shows an unedited seeded description in
    // the language asked for. Returns the number of codes created.
    [[nodiscard]] static Result<int> seedIfEmpty(Database &db, OpLog &log);
    // The id a seed key maps to.
    [[nodiscard]] static QUuid seedId(const QString &key);

    // Uses code.parent, the names, color, description, and code.id when set
    // (imports); otherwise a new id is made. At least one name
    // is needed; an invalid colour gets one from a palette.
    [[nodiscard]] Result<QUuid> create(const Code &code);
    // `language`: "en", "es" or "pt". An empty name clears that language
    // (the code then shows another), but a code keeps at least one name.
    [[nodiscard]] Status rename(const QUuid &id, const QString &language, const QString &name);
    [[nodiscard]] Status recolor(const QUuid &id, const QString &color);
    [[nodiscard]] Status describe(const QUuid &id, const QString &description);
    // A null parent makes a top-level code. A code cannot move under itself
    // or under one of its sub-codes.
    [[nodiscard]] Status move(const QUuid &id, const QUuid &newParent);
    // Every coding and sub-code of `from` goes to `into`; `from` is deleted.
    [[nodiscard]] Status merge(const QUuid &from, const QUuid &into);
    [[nodiscard]] Status remove(const QUuid &id, const QUuid &moveCodingsTo = {});
    [[nodiscard]] Status restore(const QUuid &id);

    [[nodiscard]] Result<Code> get(const QUuid &id);
    // Codes not deleted, each with its own count, parents before children.
    [[nodiscard]] Result<QList<Code>> list();
    // The same codes as a forest, siblings sorted by their name in `language`.
    [[nodiscard]] Result<QList<CodeNode>> tree(const QString &language);
    // Codings per code (not deleted, on records not deleted).
    [[nodiscard]] Result<QHash<QUuid, int>> counts();

    [[nodiscard]] static bool isValidColor(const QString &color);
    [[nodiscard]] static QStringList languages();

private:
    [[nodiscard]] Status write(const QUuid &id, const QList<QPair<QString, QCborValue>> &fields);
    [[nodiscard]] Result<Code> live(const QUuid &id);
    [[nodiscard]] Result<bool> isWithin(const QUuid &id, const QUuid &ancestor);
    [[nodiscard]] Result<QList<QUuid>> childrenOf(const QUuid &id);
    [[nodiscard]] Status moveCodings(const QUuid &from, const QUuid &into);

    Database &m_db;
    OpLog &m_log;
};

} // namespace vigia
