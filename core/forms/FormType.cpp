#include "forms/FormType.h"

#include <QHash>

namespace vigia {

namespace {

const QHash<QString, FormType::Kind> &kinds()
{
    using K = FormType::Kind;
    static const QHash<QString, K> table = {
        {QStringLiteral("text"), K::Text},
        {QStringLiteral("narrative"), K::Narrative},
        {QStringLiteral("integer"), K::Integer},
        {QStringLiteral("decimal"), K::Decimal},
        {QStringLiteral("date"), K::Date},
        {QStringLiteral("datetime"), K::DateTime},
        {QStringLiteral("time"), K::Time},
        {QStringLiteral("select_one"), K::SelectOne},
        {QStringLiteral("select_multiple"), K::SelectMultiple},
        {QStringLiteral("note"), K::Note},
        {QStringLiteral("calculate"), K::Calculate},
        {QStringLiteral("acknowledge"), K::Acknowledge},
        {QStringLiteral("range"), K::Range},
        {QStringLiteral("geopoint"), K::Geopoint},
        {QStringLiteral("hidden"), K::Hidden},
        {QStringLiteral("start"), K::Start},
        {QStringLiteral("end"), K::End},
        {QStringLiteral("today"), K::Today},
        {QStringLiteral("deviceid"), K::DeviceId},
        {QStringLiteral("group"), K::Group},
        {QStringLiteral("repeat"), K::Repeat},
    };
    return table;
}

} // namespace

const QStringList &FormType::notCollectedNames()
{
    // What ODK Collect captures with a camera, microphone, scanner, GPS track
    // or phone identity, plus selects whose choices live in files Vigia does
    // not have.
    static const QStringList names = {
        QStringLiteral("image"),
        QStringLiteral("audio"),
        QStringLiteral("video"),
        QStringLiteral("file"),
        QStringLiteral("barcode"),
        QStringLiteral("signature"),
        QStringLiteral("geotrace"),
        QStringLiteral("geoshape"),
        QStringLiteral("background-audio"),
        QStringLiteral("background-geopoint"),
        QStringLiteral("start-geopoint"),
        QStringLiteral("audit"),
        QStringLiteral("simserial"),
        QStringLiteral("subscriberid"),
        QStringLiteral("phonenumber"),
        QStringLiteral("username"),
        QStringLiteral("email"),
        QStringLiteral("uri:deviceid"),
        QStringLiteral("uri:email"),
        QStringLiteral("uri:username"),
        QStringLiteral("uri:phonenumber"),
        QStringLiteral("uri:simserial"),
        QStringLiteral("uri:subscriberid"),
        QStringLiteral("select_one_from_file"),
        QStringLiteral("select_multiple_from_file"),
        QStringLiteral("select_one_external"),
        QStringLiteral("osm"),
        QStringLiteral("rank"),
        QStringLiteral("xml-external"),
        QStringLiteral("csv-external"),
    };
    return names;
}

FormType FormType::fromName(const QString &name)
{
    if (auto it = kinds().constFind(name); it != kinds().cend())
        return FormType(it.value(), name);
    if (notCollectedNames().contains(name))
        return FormType(Kind::NotCollected, name);
    return FormType(Kind::Unknown, name);
}

bool FormType::isCollected() const
{
    switch (m_kind) {
    case Kind::Unknown:
    case Kind::Note:
    case Kind::Group:
    case Kind::Repeat:
    case Kind::NotCollected:
        return false;
    default:
        return true;
    }
}

} // namespace vigia
