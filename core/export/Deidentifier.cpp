#include "export/Deidentifier.h"

#include "forms/FormRow.h"

namespace vigia {

namespace {
constexpr int kPseudonymBytes = 16;
constexpr int kPseudonymHexDigits = 24;
} // namespace

Deidentifier::Deidentifier(const ExportOptions &options)
    : m_options(options)
{}

Deidentifier::Deidentifier(const ExportOptions &options, QByteArrayView key)
    : m_options(options)
    , m_hash(key)
{}

FieldTreatment Deidentifier::treatment(const FormRow &row, bool sensitive) const
{
    const FormType::Kind kind = row.type().kind();
    const bool isDate = kind == FormType::Kind::Date || kind == FormType::Kind::DateTime ||
                        kind == FormType::Kind::Today || kind == FormType::Kind::Start ||
                        kind == FormType::Kind::End;
    if (m_options.deidentify) {
        if (sensitive)
            return m_options.sensitive == ExportOptions::Sensitive::Pseudonymize
                       ? FieldTreatment::Pseudonymized
                       : FieldTreatment::RemovedSensitive;
        const bool freeText = kind == FormType::Kind::Text || kind == FormType::Kind::Narrative;
        if (freeText && !m_options.includeText)
            return FieldTreatment::RemovedFreeText;
    }
    if (isDate && m_options.coarsenDates)
        return FieldTreatment::CoarsenedToMonth;
    return FieldTreatment::Kept;
}

QString Deidentifier::pseudonym(const QString &value) const
{
    const QByteArray digest = m_hash.hash(value.toUtf8(), kPseudonymBytes);
    return QStringLiteral("p-") + QString::fromLatin1(digest.toHex().left(kPseudonymHexDigits));
}

} // namespace vigia
