#include "project/FormPublicationCheck.h"

#include "common/LogCategories.h"
#include "common/UuidText.h"
#include "forms/FormJson.h"
#include "forms/FormValidator.h"
#include "store/FormPublication.h"
#include "store/FormStore.h"

namespace vigia {

namespace {
QString label(const QByteArray &id, const ManifestDevice *device)
{
    if (!device || device->name.isEmpty())
        return UuidText::of(id);
    return QStringLiteral("%1 (%2)").arg(device->name, UuidText::of(id).left(8));
}
} // namespace

Status FormPublicationCheck::check(FormStore &forms, const std::optional<ProjectManifest> &manifest,
                                   const QHash<QByteArray, StreamOrigin::Stream> &streams,
                                   const QList<Op> &ops)
{
    // The definitions this bundle publishes, by row: two different ones for
    // one version are refused like one that differs from a stored version.
    QHash<QByteArray, QByteArray> seen;
    for (const Op &op : ops) {
        if (op.entity != FormPublication::kEntity)
            continue;
        const QByteArray writer = streams.value(op.origin).device;
        const ManifestDevice *device = manifest ? manifest->device(writer) : nullptr;
        // A revoked device's role is no longer known: its publications are refused.
        if (!device || !FormPublication::mayWrite(device->role)) {
            qCWarning(lcProject) << "bundle refused: a form published by a non-coordinator";
            return Error(ErrorCode::Untrusted,
                         tr("This bundle publishes a form, which only a coordinator does, but "
                            "device %1 is not a coordinator of the project; nothing was "
                            "imported. Tell the coordinator.")
                             .arg(label(writer, device)));
        }
        if (op.isRedacted())
            continue;
        auto definition = op.field == FormPublication::kDefinition
                              ? FormPublication::decode(op.value, op.row)
                              : Result<FormDefinition>(Error(ErrorCode::Corrupt, {}));
        if (!definition) {
            qCWarning(lcProject) << "bundle refused: a published form cannot be read";
            return Error(ErrorCode::Corrupt,
                         tr("This bundle carries a published form that cannot be read; nothing "
                            "was imported. Tell the coordinator who sent it."));
        }
        const FormDefinition &form = definition.value();
        if (Status valid = FormValidator::validate(form); !valid) {
            return Error(ErrorCode::Validation,
                         tr("This bundle publishes form %1 version %2, which breaks the form "
                            "rules; nothing was imported. Tell the coordinator who sent it.")
                             .arg(form.formId(), form.version()));
        }
        const QByteArray json = FormJson::write(form);
        const Error differs(
            ErrorCode::Validation,
            tr("This bundle publishes form %1 version %2, but this device already holds a "
               "different definition under that version, and a form version never changes; "
               "nothing was imported. Ask the coordinator to publish the new definition under "
               "a new version.")
                .arg(form.formId(), form.version()));
        if (const auto it = seen.constFind(op.row); it != seen.cend() && it.value() != json)
            return differs;
        seen.insert(op.row, json);
        auto stored = forms.get(form.formId(), form.version());
        if (!stored && stored.error().code() != ErrorCode::NotFound)
            return stored.error();
        if (stored && FormJson::write(stored.value()) != json) {
            qCWarning(lcProject) << "bundle refused: a published form contradicts a stored one";
            return differs;
        }
    }
    return {};
}

} // namespace vigia
