#pragma once

#include "common/Result.h"
#include "qda/QdaSource.h"
#include "store/Code.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTemporaryFile>
#include <QXmlStreamWriter>

#include <memory>

class QuaZip;

namespace vigia {

// Writes a REFI-QDA project (`.qdpx`: a zip holding project.qde, the
// QDA-XML 1.0 project, and each source's text as Sources/<guid>.txt) one
// source at a time, so a large corpus never sits in memory: the texts go
// into the zip as they come, the XML into a temporary file that joins the
// zip at the end. The file is created owner-only; until finish() succeeds
// it sits under a temporary name that the destructor removes.
class RefiQdaProjectWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigia::RefiQdaProjectWriter)

public:
    struct User
    {
        QByteArray id; // device id, 16 bytes
        QString name;
    };

    explicit RefiQdaProjectWriter(QString path);
    ~RefiQdaProjectWriter();
    RefiQdaProjectWriter(const RefiQdaProjectWriter &) = delete;
    RefiQdaProjectWriter &operator=(const RefiQdaProjectWriter &) = delete;

    [[nodiscard]] Status begin(const QString &projectName, const QString &origin,
                               const QList<User> &users, const QList<CodeNode> &codes,
                               const QString &language);
    // A source's selections must name codes of the codebook given to begin().
    [[nodiscard]] Status add(const QdaSource &source);
    // Closes the XML, adds it, and moves the file to its name.
    [[nodiscard]] Status finish();

    [[nodiscard]] int sources() const { return m_sources; }

private:
    [[nodiscard]] Status writeEntry(const QString &name, QIODevice &from);
    [[nodiscard]] Status writeEntry(const QString &name, const QByteArray &bytes);
    [[nodiscard]] Error ioError(const QString &detail) const;
    void writeStamp(const QByteArray &author, const QDateTime &created);

    QString m_path;
    QString m_partPath;
    std::unique_ptr<QuaZip> m_zip;
    QTemporaryFile m_xmlFile;
    QXmlStreamWriter m_xml;
    QHash<QByteArray, QString> m_userGuids;
    QSet<QUuid> m_codes;
    int m_sources = 0;
    bool m_finished = false;
};

} // namespace vigia
