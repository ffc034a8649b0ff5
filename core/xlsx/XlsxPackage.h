#pragma once

#include "common/Result.h"
#include "xlsx/XlsxLimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class QuaZip;
class QXmlStreamReader;

namespace vigia {

// The zip container of an .xlsx file. Every part is read through the limits,
// counting the bytes as they are inflated: the sizes in the zip's headers are
// written by whoever made the file and prove nothing.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(vigia::XlsxPackage)

public:
    XlsxPackage(const QString &path, const XlsxLimits &limits);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    [[nodiscard]] Status open();
    // The file's name without its folder, as error messages show it.
    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    // Part names compare case-insensitively, as Office does.
    [[nodiscard]] bool contains(const QString &part) const;
    [[nodiscard]] Result<QByteArray> read(const QString &part);
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }

    // The errors every parser of a part reports the same way.
    [[nodiscard]] static Error malformed(const QString &fileName, const QString &part,
                                         const QXmlStreamReader &xml);
    [[nodiscard]] static Error damaged(const QString &fileName, const QString &part,
                                       const QString &problem);
    // Moves `xml` to the root element, refusing a DTD: no part of an .xlsx
    // has one, and entity declarations are how XML bombs work.
    [[nodiscard]] static bool enterRoot(QXmlStreamReader &xml);

private:
    struct Entry
    {
        QString name;
        qint64 compressed = 0;
        qint64 uncompressed = 0;
    };

    [[nodiscard]] Status checkSignature();
    [[nodiscard]] Status listEntries();
    [[nodiscard]] Error tooLarge(const QString &part) const;
    [[nodiscard]] Error tooCompressed(const QString &part) const;
    [[nodiscard]] Error totalTooLarge() const;
    [[nodiscard]] Error notAZip() const;

    QString m_path;
    QString m_fileName;
    XlsxLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // keyed by the lower-cased name
    qint64 m_bytesRead = 0;
};

} // namespace vigia
