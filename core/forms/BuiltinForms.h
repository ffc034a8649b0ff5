#pragma once

#include "common/Result.h"
#include "forms/FormDefinition.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vigia {

// The Observatory's own form pack (resources/forms/*.json), compiled into
// vigia_forms as the ":/forms" resource so that every workspace has it without
// an import step. Workspace imports it into the form store when the store
// lacks the current pack (see Workspace::create and Workspace::open).
class BuiltinForms
{
    Q_DECLARE_TR_FUNCTIONS(vigia::BuiltinForms)

public:
    // The resource paths of the pack's definitions, sorted by name.
    [[nodiscard]] static QStringList paths();
    // Every definition of the pack, in the order of paths().
    [[nodiscard]] static Result<QList<FormDefinition>> load();
    // A BLAKE2b-256 digest over the pack's file names and bytes, in hex. It
    // changes whenever a form of the pack changes, so a workspace can tell
    // that it already holds this pack without parsing it.
    [[nodiscard]] static QByteArray packHash();
};

} // namespace vigia
