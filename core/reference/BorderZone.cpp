#include "BorderZone.h"

#include "ReferenceLanguage.h"

namespace vigia {

QString BorderZone::name(const QString &lang) const
{
    return ReferenceLanguage::pick(names, lang, id);
}

} // namespace vigia
