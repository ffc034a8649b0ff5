#pragma once

#include "common/Result.h"
#include "oplog/Op.h"
#include "oplog/StreamOrigin.h"
#include "project/ProjectManifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace vigia {

class FormStore;

// The importer's rule for published forms (FormPublication): only a
// coordinator of the manifest publishes one, the definition must read and
// follow the form rules, and a version this device already holds must be
// the very same definition (versions never change, FormStore). A bundle that
// breaks the rule is refused whole, before anything is applied.
class FormPublicationCheck
{
    Q_DECLARE_TR_FUNCTIONS(vigia::FormPublicationCheck)

public:
    // `streams`: every origin of the manifest mapped to its device
    // (Routing::streamsOf), as the importer already holds it.
    [[nodiscard]] static Status check(FormStore &forms,
                                      const std::optional<ProjectManifest> &manifest,
                                      const QHash<QByteArray, StreamOrigin::Stream> &streams,
                                      const QList<Op> &ops);
};

} // namespace vigia
