#include "store/Codebook.h"
#include "oplog/ReservedFields.h"

#include "common/LogCategories.h"
#include "common/TimeOrderedUuid.h"
#include "db/Database.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "oplog/OpLog.h"

#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace vigia {

namespace {
const QString kCodingEntity = QStringLiteral("coding");
const QString kParent = QStringLiteral("parent");
const QString kColor = QStringLiteral("color");
const QString kDescription = QStringLiteral("description");
const QString kDeleted = ReservedField::kDeleted;
// Stable namespace for seed ids; changing it would duplicate seeded codes.
const QUuid kSeedNamespace(QStringLiteral("{6c0de5ee-d0b0-4c1a-9a1e-5eedc0deb00c}"));

QCborValue idValue(const QUuid &id)
{
    return id.isNull() ? QCborValue(QCborValue::Null) : QCborValue(id.toRfc4122());
}

QString nameField(const QString &language)
{
    return QStringLiteral("name_") + language;
}

QString shortId(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Code codeFromRow(const Statement &st)
{
    Code c;
    c.id = QUuid::fromRfc4122(st.columnBlob(0));
    if (!st.columnIsNull(1))
        c.parent = QUuid::fromRfc4122(st.columnBlob(1));
    c.nameEn = st.columnText(2);
    c.nameEs = st.columnText(3);
    c.namePt = st.columnText(4);
    c.color = st.columnText(5);
    c.description = st.columnText(6);
    c.deleted = st.columnInt64(7) != 0;
    return c;
}

// The top-level codes of resources/codebook/seed.json, read once; empty
// when the resource is missing from the build.
const QJsonArray &seedCodes()
{
    static const QJsonArray codes = [] {
        QFile file(QStringLiteral(":/codebook/seed.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonArray();
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("codes"))
            .toArray();
    }();
    return codes;
}

// Seed id → the seed's descriptions by language ("en", "es", "pt").
const QHash<QUuid, QJsonObject> &seedDescriptions()
{
    static const QHash<QUuid, QJsonObject> descriptions = [] {
        QHash<QUuid, QJsonObject> out;
        const std::function<void(const QJsonArray &)> add = [&](const QJsonArray &codes) {
            for (const QJsonValue &v : codes) {
                const QJsonObject o = v.toObject();
                out.insert(Codebook::seedId(o.value(QStringLiteral("key")).toString()),
                           o.value(QStringLiteral("description")).toObject());
                add(o.value(QStringLiteral("children")).toArray());
            }
        };
        add(seedCodes());
        return out;
    }();
    return descriptions;
}

// A seeded description nobody edited is stored in English (equal on every
// device) and shown in the reader's language.
Code localized(Code c, const QString &language)
{
    const auto it = seedDescriptions().constFind(c.id);
    if (it == seedDescriptions().cend() ||
        c.description != it->value(QStringLiteral("en")).toString())
        return c;
    const QString text = it->value(language.left(2).toLower()).toString();
    if (!text.isEmpty())
        c.description = text;
    return c;
}

constexpr const char *kCodeColumns =
    "SELECT id, parent, name_en, name_es, name_pt, color, description, deleted FROM codes ";

const QStringList kPalette = {QStringLiteral("#1f77b4"), QStringLiteral("#ff7f0e"),
                              QStringLiteral("#2ca02c"), QStringLiteral("#d62728"),
                              QStringLiteral("#9467bd"), QStringLiteral("#8c564b"),
                              QStringLiteral("#e377c2"), QStringLiteral("#7f7f7f"),
                              QStringLiteral("#bcbd22"), QStringLiteral("#17becf")};
} // namespace

Codebook::Codebook(Database &db, OpLog &log)
    : m_db(db)
    , m_log(log)
{}

QStringList Codebook::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
}

bool Codebook::isValidColor(const QString &color)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re.match(color).hasMatch();
}

QUuid Codebook::seedId(const QString &key)
{
    return QUuid::createUuidV5(kSeedNamespace, key);
}

Status Codebook::write(const QUuid &id, const QList<QPair<QString, QCborValue>> &fields)
{
    auto ops = m_log.append(kEntity, id.toRfc4122(), fields);
    if (!ops)
        return ops.error();
    return {};
}

Result<Code> Codebook::get(const QUuid &id)
{
    Statement st(m_db.handle(), (QByteArray(kCodeColumns) + "WHERE id = ?1").constData());
    st.bind(1, id.toRfc4122());
    const int rc = st.step();
    if (rc == SQLITE_DONE) {
        return Error(ErrorCode::NotFound,
                     tr("No code %1 exists in this codebook. It may have been removed on another "
                        "device; reopen the codebook.")
                         .arg(shortId(id)));
    }
    if (rc != SQLITE_ROW)
        return m_db.errorFor(rc, tr("reading a code"));
    return codeFromRow(st);
}

Result<Code> Codebook::live(const QUuid &id)
{
    auto c = get(id);
    if (c && c.value().deleted) {
        return Error(ErrorCode::Validation,
                     tr("Code \"%1\" is deleted. Restore it before changing it.")
                         .arg(c.value().name(QStringLiteral("en"))));
    }
    return c;
}

Result<QHash<QUuid, int>> Codebook::counts()
{
    Statement st(m_db.handle(),
                 "SELECT c.code_id, count(*) FROM codings c LEFT JOIN records r ON r.id = "
                 "c.record_id WHERE c.deleted = 0 AND c.code_id IS NOT NULL AND "
                 "coalesce(r.deleted, 0) = 0 GROUP BY c.code_id");
    QHash<QUuid, int> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.insert(QUuid::fromRfc4122(st.columnBlob(0)), int(st.columnInt64(1)));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("counting codings"));
    return out;
}

Result<QList<Code>> Codebook::list()
{
    auto n = counts();
    if (!n)
        return n.error();
    Statement st(m_db.handle(),
                 (QByteArray(kCodeColumns) + "WHERE deleted = 0 ORDER BY name_en, id").constData());
    QList<Code> all;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        Code c = codeFromRow(st);
        c.count = n.value().value(c.id);
        all.append(c);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("listing codes"));
    // Parents before children; a parent that is gone makes a top-level code.
    QSet<QUuid> ids;
    for (const Code &c : all)
        ids.insert(c.id);
    QList<Code> out;
    QSet<QUuid> placed;
    QList<QUuid> frontier{QUuid()};
    while (!frontier.isEmpty()) {
        QList<QUuid> next;
        for (const Code &c : all) {
            if (placed.contains(c.id))
                continue;
            const QUuid parent = ids.contains(c.parent) ? c.parent : QUuid();
            if (frontier.contains(parent)) {
                out.append(c);
                placed.insert(c.id);
                next.append(c.id);
            }
        }
        frontier = next;
    }
    // A cycle made by concurrent moves on two devices: show those codes at
    // the top rather than lose them.
    for (Code c : all) {
        if (!placed.contains(c.id)) {
            c.parent = QUuid();
            out.append(c);
        }
    }
    return out;
}

Result<QList<CodeNode>> Codebook::tree(const QString &language)
{
    auto codes = list();
    if (!codes)
        return codes.error();
    QHash<QUuid, QList<Code>> byParent;
    QSet<QUuid> ids;
    for (const Code &c : codes.value())
        ids.insert(c.id);
    for (const Code &c : codes.value())
        byParent[ids.contains(c.parent) ? c.parent : QUuid()].append(c);
    const std::function<QList<CodeNode>(const QUuid &, int)> build = [&](const QUuid &parent,
                                                                         int depth) {
        QList<CodeNode> nodes;
        if (depth > ids.size())
            return nodes;
        QList<Code> kids = byParent.value(parent);
        std::sort(kids.begin(), kids.end(), [&language](const Code &a, const Code &b) {
            return QString::localeAwareCompare(a.name(language), b.name(language)) < 0;
        });
        for (const Code &c : kids) {
            CodeNode node{localized(c, language), build(c.id, depth + 1), c.count};
            for (const CodeNode &child : node.children)
                node.totalCount += child.totalCount;
            nodes.append(node);
        }
        return nodes;
    };
    return build(QUuid(), 0);
}

Result<QUuid> Codebook::create(const Code &code)
{
    if (code.nameEn.trimmed().isEmpty() && code.nameEs.trimmed().isEmpty() &&
        code.namePt.trimmed().isEmpty()) {
        return Error(ErrorCode::Validation,
                     tr("A code needs a name. Type a name in at least one language."));
    }
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun().error();
    if (!code.parent.isNull()) {
        if (auto parent = live(code.parent); !parent)
            return parent.error();
    }
    QString color = code.color;
    if (!isValidColor(color)) {
        Statement st(m_db.handle(), "SELECT count(*) FROM codes");
        color = kPalette.at(st.step() == SQLITE_ROW ? int(st.columnInt64(0) % kPalette.size()) : 0);
    }
    const QUuid id = code.id.isNull() ? TimeOrderedUuid::next() : code.id;
    if (Status s = write(id, {{kParent, idValue(code.parent)},
                              {nameField(QStringLiteral("en")), code.nameEn.trimmed()},
                              {nameField(QStringLiteral("es")), code.nameEs.trimmed()},
                              {nameField(QStringLiteral("pt")), code.namePt.trimmed()},
                              {kColor, color.toLower()},
                              {kDescription, code.description},
                              {kDeleted, false}});
        !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    return id;
}

Status Codebook::rename(const QUuid &id, const QString &language, const QString &name)
{
    if (!languages().contains(language)) {
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a codebook language. Use en, es or pt.").arg(language));
    }
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = live(id);
    if (!c)
        return c.error();
    Code after = c.value();
    const QString trimmed = name.trimmed();
    (language == QLatin1String("en")   ? after.nameEn
     : language == QLatin1String("es") ? after.nameEs
                                       : after.namePt) = trimmed;
    if (after.name(language).isEmpty()) {
        return Error(ErrorCode::Validation,
                     tr("A code needs a name. Type a name in at least one language."));
    }
    if (Status s = write(id, {{nameField(language), trimmed}}); !s)
        return s;
    return txn.commit();
}

Status Codebook::recolor(const QUuid &id, const QString &color)
{
    if (!isValidColor(color)) {
        return Error(ErrorCode::Usage,
                     tr("'%1' is not a colour. Use the form #rrggbb.").arg(color));
    }
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    if (auto c = live(id); !c)
        return c.error();
    if (Status s = write(id, {{kColor, color.toLower()}}); !s)
        return s;
    return txn.commit();
}

Status Codebook::describe(const QUuid &id, const QString &description)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    if (auto c = live(id); !c)
        return c.error();
    if (Status s = write(id, {{kDescription, description}}); !s)
        return s;
    return txn.commit();
}

Result<bool> Codebook::isWithin(const QUuid &id, const QUuid &ancestor)
{
    // Walks up from `id`; the bound stops at a cycle left by concurrent moves.
    QUuid at = id;
    QSet<QUuid> seen;
    while (!at.isNull() && !seen.contains(at)) {
        if (at == ancestor)
            return true;
        seen.insert(at);
        auto c = get(at);
        if (!c)
            return c.error().code() == ErrorCode::NotFound ? Result<bool>(false)
                                                           : Result<bool>(c.error());
        at = c.value().parent;
    }
    return false;
}

Status Codebook::move(const QUuid &id, const QUuid &newParent)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = live(id);
    if (!c)
        return c.error();
    if (!newParent.isNull()) {
        auto parent = live(newParent);
        if (!parent)
            return parent.error();
        auto within = isWithin(newParent, id);
        if (!within)
            return within.error();
        if (within.value()) {
            return Error(ErrorCode::Validation,
                         tr("Code \"%1\" cannot go under itself or one of its own sub-codes. "
                            "Choose another parent.")
                             .arg(c.value().name(QStringLiteral("en"))));
        }
    }
    if (c.value().parent == newParent)
        return {};
    if (Status s = write(id, {{kParent, idValue(newParent)}}); !s)
        return s;
    return txn.commit();
}

Result<QList<QUuid>> Codebook::childrenOf(const QUuid &id)
{
    Statement st(m_db.handle(), "SELECT id FROM codes WHERE parent = ?1 AND deleted = 0");
    st.bind(1, id.toRfc4122());
    QList<QUuid> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW)
        out.append(QUuid::fromRfc4122(st.columnBlob(0)));
    if (rc != SQLITE_DONE)
        return m_db.errorFor(rc, tr("reading sub-codes"));
    return out;
}

Status Codebook::moveCodings(const QUuid &from, const QUuid &into)
{
    QList<QByteArray> rows;
    {
        Statement st(m_db.handle(), "SELECT id FROM codings WHERE code_id = ?1");
        st.bind(1, from.toRfc4122());
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            rows.append(st.columnBlob(0));
        if (rc != SQLITE_DONE)
            return m_db.errorFor(rc, tr("reading codings"));
    }
    for (const QByteArray &row : rows) {
        auto op = m_log.append(kCodingEntity, row, QStringLiteral("code"), idValue(into));
        if (!op)
            return op.error();
    }
    return {};
}

Status Codebook::merge(const QUuid &from, const QUuid &into)
{
    if (from == into)
        return Error(ErrorCode::Usage, tr("A code cannot be merged into itself. Choose another."));
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto a = live(from);
    if (!a)
        return a.error();
    auto b = live(into);
    if (!b)
        return b.error();
    auto within = isWithin(into, from);
    if (!within)
        return within.error();
    if (within.value()) {
        return Error(
            ErrorCode::Validation,
            tr("Code \"%1\" cannot be merged into its own sub-code \"%2\". Merge the "
               "sub-code into it instead.")
                .arg(a.value().name(QStringLiteral("en")), b.value().name(QStringLiteral("en"))));
    }
    if (Status s = moveCodings(from, into); !s)
        return s;
    auto kids = childrenOf(from);
    if (!kids)
        return kids.error();
    for (const QUuid &kid : kids.value()) {
        if (Status s = write(kid, {{kParent, idValue(into)}}); !s)
            return s;
    }
    if (Status s = write(from, {{kDeleted, true}}); !s)
        return s;
    qCInfo(lcStore) << "merged code" << shortId(from) << "into" << shortId(into);
    return txn.commit();
}

Status Codebook::remove(const QUuid &id, const QUuid &moveCodingsTo)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = live(id);
    if (!c)
        return c.error();
    if (!moveCodingsTo.isNull()) {
        if (moveCodingsTo == id)
            return Error(ErrorCode::Usage,
                         tr("The codings of a deleted code must go to another code."));
        if (auto target = live(moveCodingsTo); !target)
            return target.error();
        if (Status s = moveCodings(id, moveCodingsTo); !s)
            return s;
    }
    auto kids = childrenOf(id);
    if (!kids)
        return kids.error();
    for (const QUuid &kid : kids.value()) {
        if (Status s = write(kid, {{kParent, idValue(c.value().parent)}}); !s)
            return s;
    }
    if (Status s = write(id, {{kDeleted, true}}); !s)
        return s;
    return txn.commit();
}

Status Codebook::restore(const QUuid &id)
{
    Transaction txn(m_db);
    if (!txn.begun())
        return txn.begun();
    auto c = get(id);
    if (!c)
        return c.error();
    if (!c.value().deleted) {
        return Error(ErrorCode::Validation,
                     tr("Code \"%1\" is not deleted, so there is nothing to restore.")
                         .arg(c.value().name(QStringLiteral("en"))));
    }
    QList<QPair<QString, QCborValue>> fields{{kDeleted, false}};
    // Its parent may have been deleted meanwhile: come back at the top.
    if (!c.value().parent.isNull()) {
        auto parent = get(c.value().parent);
        if (!parent || parent.value().deleted)
            fields.append({kParent, idValue({})});
    }
    if (Status s = write(id, fields); !s)
        return s;
    return txn.commit();
}

namespace {
// Every device writes the same seed (English descriptions, shown translated
// by localized()) as baseline ops: seeds never conflict, and an edit made on
// any device wins over every device's seed, whenever that device seeded.
Status seedLevel(OpLog &log, const QJsonArray &codes, const QUuid &parent, int &created)
{
    for (const QJsonValue &v : codes) {
        const QJsonObject o = v.toObject();
        const QUuid id = Codebook::seedId(o.value(QStringLiteral("key")).toString());
        const QString text = o.value(QStringLiteral("description"))
                                 .toObject()
                                 .value(QStringLiteral("en"))
                                 .toString();
        auto ops = log.appendBaseline(
            Codebook::kEntity, id.toRfc4122(),
            {{kParent, idValue(parent)},
             {nameField(QStringLiteral("en")), o.value(QStringLiteral("en")).toString()},
             {nameField(QStringLiteral("es")), o.value(QStringLiteral("es")).toString()},
             {nameField(QStringLiteral("pt")), o.value(QStringLiteral("pt")).toString()},
             {kColor, o.value(QStringLiteral("color")).toString()},
             {kDescription, text},
             {kDeleted, false}});
        if (!ops)
            return ops.error();
        ++created;
        if (Status s = seedLevel(log, o.value(QStringLiteral("children")).toArray(), id, created);
            !s)
            return s;
    }
    return {};
}
} // namespace

Result<int> Codebook::seedIfEmpty(Database &db, OpLog &log)
{
    const QJsonArray &codes = seedCodes();
    if (codes.isEmpty()) {
        return Error(ErrorCode::Corrupt, tr("The starting codebook is missing from this build of "
                                            "Vigia. Reinstall Vigia."));
    }
    // Any row, even a deleted one, means the codebook has been used: a person
    // who deleted every code does not want them back.
    const auto used = [&db]() -> Result<bool> {
        Statement st(db.handle(), "SELECT EXISTS (SELECT 1 FROM codes)");
        const int rc = st.step();
        if (rc != SQLITE_ROW)
            return db.errorFor(rc, QCoreApplication::translate("vigia::Codebook", "reading codes"));
        return st.columnInt64(0) != 0;
    };
    // Read first: the common case needs no write lock.
    if (auto before = used(); !before || before.value())
        return before ? Result<int>(0) : Result<int>(before.error());
    Transaction txn(db);
    if (!txn.begun())
        return txn.begun().error();
    if (auto inside = used(); !inside || inside.value())
        return inside ? Result<int>(0) : Result<int>(inside.error());
    int created = 0;
    if (Status s = seedLevel(log, codes, QUuid(), created); !s)
        return s.error();
    if (Status s = txn.commit(); !s)
        return s.error();
    qCInfo(lcStore) << "seeded the codebook with" << created << "codes";
    return created;
}

} // namespace vigia
