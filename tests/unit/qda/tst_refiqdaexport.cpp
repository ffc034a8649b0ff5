// REFI-QDA export: the codebook (.qdc) and the coded narratives (.qdpx) read
// back as the standard describes them (QDA-XML 1.0: namespaces, element order,
// GUIDs that resolve, positions in code points), only what an analyst may
// build on, nothing of a de-identified export's text, nothing of a cancelled
// one.

#include "qda/QdaCorpusReader.h"
#include "qda/RefiQdaExport.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "TestWorkspace.h"
#include "xlsx/XlsxPackage.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <string>

using namespace vigia;

namespace {

const QString kNarrative = QStringLiteral("narrative");
const QByteArray kRejectedCanary = QByteArrayLiteral("canary-rejected-7f3a");
const QByteArray kDraftCanary = QByteArrayLiteral("canary-draft-91c2");

struct Selection
{
    QString code;
    qint64 start = 0;
    qint64 end = 0;
    QString memo;
};

struct Source
{
    QString guid;
    QString path;
    QList<Selection> selections;
};

// What project.qde says, checked for the structure the standard documents.
struct Project
{
    QSet<QString> users;
    QSet<QString> codes;
    QList<Source> sources;
    QString error;
};

Project parse(const QByteArray &xml)
{
    Project p;
    QXmlStreamReader r(xml);
    const QString ns = QStringLiteral("urn:QDA-XML:project:1.0");
    QStringList order; // the Project's children, in order
    QString memoOf;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (r.namespaceUri() != ns) {
            p.error =
                QStringLiteral("element outside the project namespace: ") + r.name().toString();
            return p;
        }
        const QString name = r.name().toString();
        const auto attr = [&r](const char *a) {
            return r.attributes().value(QLatin1String(a)).toString();
        };
        if (r.qualifiedName() == QLatin1String("Project") && attr("name").isEmpty())
            p.error = QStringLiteral("Project has no name");
        if (name == QLatin1String("Users") || name == QLatin1String("CodeBook") ||
            name == QLatin1String("Sources"))
            order.append(name);
        if (name == QLatin1String("User"))
            p.users.insert(attr("guid"));
        if (name == QLatin1String("Code")) {
            if (attr("isCodable") != QLatin1String("true") || attr("name").isEmpty())
                p.error = QStringLiteral("Code without a name or isCodable");
            p.codes.insert(attr("guid"));
        }
        if (name == QLatin1String("TextSource"))
            p.sources.append({attr("guid"), attr("plainTextPath"), {}});
        if (name == QLatin1String("PlainTextSelection"))
            p.sources.last().selections.append(
                {{}, attr("startPosition").toLongLong(), attr("endPosition").toLongLong(), {}});
        if (name == QLatin1String("Description") && !p.sources.isEmpty() &&
            !p.sources.last().selections.isEmpty())
            p.sources.last().selections.last().memo = r.readElementText();
        if (name == QLatin1String("CodeRef"))
            p.sources.last().selections.last().code = attr("targetGUID");
        for (const char *a : {"creatingUser"}) {
            const QString user = attr(a);
            if (!user.isEmpty() && !p.users.contains(user))
                p.error = QStringLiteral("creatingUser names no User");
        }
    }
    if (r.hasError())
        p.error = r.errorString();
    if (order !=
        QStringList{QStringLiteral("Users"), QStringLiteral("CodeBook"), QStringLiteral("Sources")})
        p.error = QStringLiteral("Project children out of the schema's order: ") +
                  order.join(QLatin1Char(','));
    return p;
}

struct Fixture
{
    test::TestWorkspace ws{{}, Role::Coordinator};
    Codebook book{ws->database(), ws->oplog()};
    CodingStore codings{ws->database(), ws->oplog()};
    QUuid code;

    Fixture()
    {
        Code c;
        c.nameEn = QStringLiteral("Unsafe migration");
        c.nameEs = QStringLiteral("Migración insegura");
        code = book.create(c).value();
    }

    QUuid record(const QString &text, bool finalize = true)
    {
        const QUuid id =
            ws->records()
                .create(QStringLiteral("finding"), QStringLiteral("1"), {{kNarrative, text}})
                .value();
        if (finalize)
            [&] { QVERIFY(ws->records().finalize(id)); }();
        return id;
    }

    void code_(const QUuid &record, const QString &text, const QString &quote,
               const QString &memo = {})
    {
        Coding c;
        c.recordId = record;
        c.field = kNarrative;
        c.codeId = code;
        c.start = int(text.indexOf(quote));
        c.end = c.start + int(quote.size());
        c.quote = quote;
        c.memo = memo;
        QVERIFY(codings.apply(c).ok());
    }
};

QByteArray allBytes(const QString &dir)
{
    QByteArray out;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly))
            out += file.readAll();
    }
    return out;
}

} // namespace

class TestRefiQdaExport : public QObject
{
    Q_OBJECT

private slots:
    void codePointsCountSurrogatePairsOnce()
    {
        const QString text = QString::fromUtf8("a\xF0\x9F\x98\x80"
                                               "b"); // a😀b
        QCOMPARE(text.size(), 4);
        QCOMPARE(QdaCorpusReader::codePoints(text, 0), 0);
        QCOMPARE(QdaCorpusReader::codePoints(text, 1), 1);
        QCOMPARE(QdaCorpusReader::codePoints(text, 3), 2);
        QCOMPARE(QdaCorpusReader::codePoints(text, 4), 3);
        QCOMPARE(QdaCorpusReader::codePoints(text, 99), 3);
    }

    void projectReadsBack()
    {
        Fixture f;
        // A non-BMP character before the quote: UTF-16 offsets would be off.
        const QString text = QString::fromUtf8(
            "Testimonio \xF0\x9F\x98\x80: los niños cruzan solos. Nadie los registra.");
        const QUuid kept = f.record(text);
        f.code_(kept, text, QStringLiteral("Nadie los registra"), QStringLiteral("no data"));
        f.code_(kept, text, QString::fromUtf8("los niños cruzan solos"));
        const QUuid rejected = f.record(QString::fromLatin1(kRejectedCanary));
        f.code_(rejected, QString::fromLatin1(kRejectedCanary),
                QString::fromLatin1(kRejectedCanary));
        QVERIFY(ReviewStore(f.ws->database(), f.ws->oplog(), Role::Coordinator)
                    .set(rejected, ReviewState::Rejected));
        f.record(QString::fromLatin1(kDraftCanary), false);

        QTemporaryDir out;
        auto r = RefiQdaExport::run(*f.ws, out.path(), {});
        QVERIFY2(r.ok(), qPrintable(r.error().message()));
        QCOMPARE(r.value().files.size(), 2);
        QVERIFY(r.value().files.last().endsWith(QLatin1String("codebook.qdc")));
        QCOMPARE(r.value().sources, 1);
        QCOMPARE(r.value().codings, 2);
        QVERIFY(!allBytes(out.path()).contains(kRejectedCanary));
        QVERIFY(!allBytes(out.path()).contains(kDraftCanary));
        // Owner-only: these are narratives of crimes against children.
        QCOMPARE(QFile::permissions(out.filePath(QStringLiteral("project.qdpx"))) & 0x0077, 0);

        XlsxPackage zip(out.filePath(QStringLiteral("project.qdpx")), XlsxLimits());
        QVERIFY(zip.open().ok());
        const Project p = parse(zip.read(QStringLiteral("project.qde")).value());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.codes.contains(f.code.toString(QUuid::WithoutBraces)));
        QCOMPARE(p.sources.size(), 1);
        const Source &s = p.sources.first();
        QVERIFY(s.path.startsWith(QLatin1String("internal://")));
        auto body = zip.read(QStringLiteral("Sources/") + s.path.mid(11));
        QVERIFY(body.ok());
        const QList<uint> ucs4 = QString::fromUtf8(body.value()).toUcs4();
        const std::u32string points(ucs4.begin(), ucs4.end());
        QCOMPARE(QString::fromUtf8(body.value()), text);
        QCOMPARE(s.selections.size(), 2);
        QStringList quotes;
        for (const Selection &sel : s.selections) {
            QVERIFY(p.codes.contains(sel.code));
            const std::u32string quote =
                points.substr(size_t(sel.start), size_t(sel.end - sel.start));
            quotes.append(QString::fromUcs4(quote.data(), qsizetype(quote.size())));
        }
        QCOMPARE(quotes, (QStringList{QString::fromUtf8("los niños cruzan solos"),
                                      QStringLiteral("Nadie los registra")}));
        QCOMPARE(s.selections[1].memo, QStringLiteral("no data"));

        // The codebook alone, in Spanish when asked.
        RefiQdaExport::Options es;
        es.language = QStringLiteral("es");
        QVERIFY(RefiQdaExport::run(*f.ws, out.path(), es).ok());
        QFile qdc(out.filePath(QStringLiteral("codebook.qdc")));
        QVERIFY(qdc.open(QIODevice::ReadOnly));
        const QByteArray codebook = qdc.readAll();
        QVERIFY(codebook.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""));
        QVERIFY(codebook.contains(QString::fromUtf8("name=\"Migración insegura\"").toUtf8()));
        QVERIFY(codebook.contains("[en] Unsafe migration"));
    }

    void deidentifiedHasNoText()
    {
        Fixture f;
        const QString text = QStringLiteral("secret-narrative-canary");
        const QUuid id = f.record(text);
        f.code_(id, text, text);
        QTemporaryDir out;
        RefiQdaExport::Options o;
        o.deidentify = true;
        auto r = RefiQdaExport::run(*f.ws, out.path(), o);
        QVERIFY(r.ok());
        QCOMPARE(r.value().files.size(), 1); // the codebook only
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("project.qdpx"))));
        QVERIFY(!allBytes(out.path()).contains("secret-narrative-canary"));
        o.includeText = true;
        QVERIFY(RefiQdaExport::run(*f.ws, out.path(), o).ok());
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("project.qdpx"))));
    }

    void cancelLeavesNothing()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i) {
            const QString text = QStringLiteral("narrative %1").arg(i);
            f.code_(f.record(text), text, text);
        }
        QTemporaryDir out;
        auto r = RefiQdaExport::run(*f.ws, out.path(), {},
                                    [](int done, int total) { return done < 3 && total == 5; });
        QVERIFY(r.ok());
        QVERIFY(r.value().cancelled);
        const QStringList left = QDir(out.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList());
    }

    void emptyCodebookIsRefused()
    {
        test::TestWorkspace ws;
        // A fresh workspace has the seeded codebook; delete every code.
        Codebook book(ws->database(), ws->oplog());
        for (const Code &c : book.list().value())
            QVERIFY(book.remove(c.id));
        QTemporaryDir out;
        auto r = RefiQdaExport::run(*ws, out.path(), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::Validation);
    }
};

QTEST_GUILESS_MAIN(TestRefiQdaExport)
#include "tst_refiqdaexport.moc"
