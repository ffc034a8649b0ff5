#include "TaxonomyItem.h"

#include "ReferenceLanguage.h"

namespace vigia {

QString TaxonomyItem::label(const QString &lang) const
{
    return ReferenceLanguage::pick(labels, lang, id);
}

} // namespace vigia
