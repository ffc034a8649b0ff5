#include "reference/Country.h"

#include "reference/ReferenceLanguage.h"

namespace vigia {

QString Country::name(const QString &lang) const
{
    return ReferenceLanguage::pick(names, lang, code);
}

} // namespace vigia
