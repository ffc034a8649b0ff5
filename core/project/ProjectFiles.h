#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vigia {

// The signed files people carry on a USB stick (docs/project-format.md
// section 2), each kind with its own extension: a file dialog then offers
// only the files that fit the step, and a coordinator holding three files
// from one stick can tell them apart without opening any. The kind is still
// read from the signed envelope, never from the name, so files saved by
// older versions as `.vigia` keep opening wherever their kind is expected.
class ProjectFiles
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ProjectFiles)

public:
    enum class Kind
    {
        Invitation,
        JoinRequest,
        Manifest,
        Receipt
    };

    // What every kind was saved as before each had its own extension.
    static inline const QString kLegacySuffix = QStringLiteral("vigia");

    // Without the dot: "vigiainvite", "vigiarequest", "vigiamanifest", "vigiareceipt".
    [[nodiscard]] static QString suffix(Kind kind);
    // The suffixes a file of this kind is opened with: its own, then the legacy one.
    [[nodiscard]] static QStringList openSuffixes(Kind kind);
    // A name in the interface language, e.g. "invitation.vigiainvite" or
    // "invitación.vigiainvite".
    [[nodiscard]] static QString defaultFileName(Kind kind);
    // `path` with the kind's extension appended unless it ends in one of
    // openSuffixes().
    [[nodiscard]] static QString withSuffix(const QString &path, Kind kind);
};

} // namespace vigia
