#include "reference/BorderZone.h"

#include "reference/ReferenceLanguage.h"

namespace vigia {

QString BorderZone::name(const QString &lang) const
{
    return ReferenceLanguage::pick(names, lang, id);
}

} // namespace vigia
