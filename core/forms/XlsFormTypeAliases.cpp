#include "forms/XlsFormTypeAliases.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace vigia {

namespace {

using Alias = XlsFormTypeAliases::Alias;

Alias plain(const char *type)
{
    return {QString::fromLatin1(type), {}};
}

Alias bounded(const char *type, const char *constraint)
{
    return {QString::fromLatin1(type), QString::fromLatin1(constraint)};
}

const QHash<QString, Alias> &aliases()
{
    // Lower case: authors write "dateTime" and "add dateTime prompt" too.
    static const QHash<QString, Alias> table = {
        {QStringLiteral("string"), plain("text")},
        {QStringLiteral("q string"), plain("text")},
        {QStringLiteral("add text prompt"), plain("text")},
        {QStringLiteral("int"), plain("integer")},
        {QStringLiteral("q int"), plain("integer")},
        {QStringLiteral("add integer prompt"), plain("integer")},
        {QStringLiteral("q decimal"), plain("decimal")},
        {QStringLiteral("add decimal prompt"), plain("decimal")},
        {QStringLiteral("q date"), plain("date")},
        {QStringLiteral("add date prompt"), plain("date")},
        {QStringLiteral("date time"), plain("datetime")},
        {QStringLiteral("q date time"), plain("datetime")},
        {QStringLiteral("q datetime"), plain("datetime")},
        {QStringLiteral("add date time prompt"), plain("datetime")},
        {QStringLiteral("add datetime prompt"), plain("datetime")},
        {QStringLiteral("gps"), plain("geopoint")},
        {QStringLiteral("location"), plain("geopoint")},
        {QStringLiteral("q location"), plain("geopoint")},
        {QStringLiteral("q geopoint"), plain("geopoint")},
        {QStringLiteral("add location prompt"), plain("geopoint")},
        {QStringLiteral("geo point"), plain("geopoint")},
        {QStringLiteral("q geotrace"), plain("geotrace")},
        {QStringLiteral("q geoshape"), plain("geoshape")},
        {QStringLiteral("photo"), plain("image")},
        {QStringLiteral("q picture"), plain("image")},
        {QStringLiteral("q image"), plain("image")},
        {QStringLiteral("add image prompt"), plain("image")},
        {QStringLiteral("add photo prompt"), plain("image")},
        {QStringLiteral("q audio"), plain("audio")},
        {QStringLiteral("add audio prompt"), plain("audio")},
        {QStringLiteral("q video"), plain("video")},
        {QStringLiteral("add video prompt"), plain("video")},
        {QStringLiteral("add file prompt"), plain("file")},
        {QStringLiteral("q barcode"), plain("barcode")},
        {QStringLiteral("add barcode prompt"), plain("barcode")},
        {QStringLiteral("q note"), plain("note")},
        {QStringLiteral("add note prompt"), plain("note")},
        {QStringLiteral("q calculate"), plain("calculate")},
        {QStringLiteral("add calculate prompt"), plain("calculate")},
        {QStringLiteral("trigger"), plain("acknowledge")},
        {QStringLiteral("q acknowledge"), plain("acknowledge")},
        {QStringLiteral("add acknowledge prompt"), plain("acknowledge")},
        {QStringLiteral("start time"), plain("start")},
        {QStringLiteral("get start time"), plain("start")},
        {QStringLiteral("end time"), plain("end")},
        {QStringLiteral("get end time"), plain("end")},
        {QStringLiteral("get today"), plain("today")},
        {QStringLiteral("imei"), plain("deviceid")},
        {QStringLiteral("device id"), plain("deviceid")},
        {QStringLiteral("get device id"), plain("deviceid")},
        {QStringLiteral("sim id"), plain("simserial")},
        {QStringLiteral("get sim id"), plain("simserial")},
        {QStringLiteral("subscriber id"), plain("subscriberid")},
        {QStringLiteral("get subscriber id"), plain("subscriberid")},
        {QStringLiteral("get phone number"), plain("phonenumber")},
        // The long forms that imply a check, as pyxform's dictionary has them.
        {QStringLiteral("phone number"), bounded("text", "regex(., '^\\d*$')")},
        {QStringLiteral("percentage"), bounded("integer", "0 <= . and . <= 100")},
        {QStringLiteral("number of days in last month"), bounded("integer", "0 <= . and . <= 31")},
        {QStringLiteral("number of days in last six months"),
         bounded("integer", "0 <= . and . <= 183")},
        {QStringLiteral("number of days in last year"), bounded("integer", "0 <= . and . <= 365")},
    };
    return table;
}

const QHash<QString, QString> &selects()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("select_one"), QStringLiteral("select_one")},
        {QStringLiteral("select one"), QStringLiteral("select_one")},
        {QStringLiteral("select1"), QStringLiteral("select_one")},
        {QStringLiteral("q select1"), QStringLiteral("select_one")},
        {QStringLiteral("select one from"), QStringLiteral("select_one")},
        {QStringLiteral("select one using"), QStringLiteral("select_one")},
        {QStringLiteral("add select one prompt using"), QStringLiteral("select_one")},
        {QStringLiteral("select_multiple"), QStringLiteral("select_multiple")},
        {QStringLiteral("select multiple"), QStringLiteral("select_multiple")},
        {QStringLiteral("q select"), QStringLiteral("select_multiple")},
        {QStringLiteral("select all that apply"), QStringLiteral("select_multiple")},
        {QStringLiteral("select all that apply from"), QStringLiteral("select_multiple")},
        {QStringLiteral("select multiple from"), QStringLiteral("select_multiple")},
        {QStringLiteral("select multiple using"), QStringLiteral("select_multiple")},
        {QStringLiteral("add select multiple prompt using"), QStringLiteral("select_multiple")},
        {QStringLiteral("select_one_from_file"), QStringLiteral("select_one_from_file")},
        {QStringLiteral("select one from file"), QStringLiteral("select_one_from_file")},
        {QStringLiteral("select_multiple_from_file"), QStringLiteral("select_multiple_from_file")},
        {QStringLiteral("select multiple from file"), QStringLiteral("select_multiple_from_file")},
        {QStringLiteral("select_one_external"), QStringLiteral("select_one_external")},
        {QStringLiteral("select one external"), QStringLiteral("select_one_external")},
        {QStringLiteral("rank"), QStringLiteral("rank")},
    };
    return table;
}

} // namespace

XlsFormTypeAliases::Alias XlsFormTypeAliases::find(const QString &name)
{
    return aliases().value(name);
}

QString XlsFormTypeAliases::selectType(const QString &words)
{
    return selects().value(words);
}

const QStringList &XlsFormTypeAliases::selectSpellings()
{
    static const QStringList spellings = [] {
        QStringList keys = selects().keys();
        // Longest first, so "select one from" wins over "select one".
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        return keys;
    }();
    return spellings;
}

} // namespace vigia
