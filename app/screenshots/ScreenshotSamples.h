#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <memory>

namespace vigia {

class SyncPage;
class Workspace;

// The invented data the screenshots show, in throwaway workspaces under one
// folder: Ana, a researcher with a few findings (one coded, one incomplete);
// Carla, the coordinator who created the project and approved Ana and
// Bruno; and what the stick carried between them, so the Sync pages show
// imported bundles and a bundle waiting in Ana's quarantine.
class ScreenshotSamples
{
    Q_DECLARE_TR_FUNCTIONS(vigia::ScreenshotSamples)

public:
    ~ScreenshotSamples();

    // `dir` must exist and outlive the samples.
    [[nodiscard]] static Result<std::unique_ptr<ScreenshotSamples>> create(const QString &dir);

    [[nodiscard]] static QByteArray passphrase();
    // A search that finds two of the samples in the interface language.
    [[nodiscard]] static QString searchWord();

    [[nodiscard]] Workspace &researcher() { return *m_ana; }
    [[nodiscard]] Workspace &coordinator() { return *m_carla; }
    // Sync pages that keep what their last import showed.
    [[nodiscard]] SyncPage &coordinatorSync() { return *m_carlaPage; }
    [[nodiscard]] SyncPage &researcherSync() { return *m_anaPage; }
    // A finalized finding with codings in its narrative.
    [[nodiscard]] const QUuid &codedRecord() const { return m_coded; }
    // A draft that misses required answers.
    [[nodiscard]] const QUuid &incompleteRecord() const { return m_incomplete; }
    // Bruno's signed join request, as the coordinator received it.
    [[nodiscard]] const QByteArray &joinRequest() const { return m_joinRequest; }
    [[nodiscard]] const QByteArray &revocableDevice() const { return m_brunoId; }
    [[nodiscard]] QString revocableName() const;

private:
    ScreenshotSamples() = default;
    [[nodiscard]] Status addRecords();
    [[nodiscard]] Status addCodings();
    [[nodiscard]] Status buildProject(const QString &usb);

    std::unique_ptr<Workspace> m_ana;
    std::unique_ptr<Workspace> m_carla;
    std::unique_ptr<Workspace> m_bruno;
    std::unique_ptr<SyncPage> m_anaPage;
    std::unique_ptr<SyncPage> m_carlaPage;
    QUuid m_coded;
    QUuid m_incomplete;
    QByteArray m_joinRequest;
    QByteArray m_brunoId;
};

} // namespace vigia
