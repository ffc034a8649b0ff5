#include "reference/TaxonomyItem.h"

#include "reference/ReferenceLanguage.h"

namespace vigia {

QString TaxonomyItem::label(const QString &lang) const
{
    return ReferenceLanguage::pick(labels, lang, id);
}

} // namespace vigia
