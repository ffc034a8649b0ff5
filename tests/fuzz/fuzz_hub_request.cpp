// libFuzzer target: the hub's routes must answer any request (method, path,
// query, headers, body) with a response, never a crash, an out-of-bounds read
// or an unbounded allocation. The input is a request written as text:
//   METHOD TARGET\n
//   name: value\n ... \n
//   \n
//   body
// and goes through HubService::handle, the server's own path minus the
// sockets (admit from the headers, then the route), on a SQLite hub store in
// a temporary folder that lives as long as the process. Seeds:
// corpus/hub_request/, one request per route of docs/hub-api.md.
#include "hub/HubService.h"
#include "hub/SqliteHubStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

vigia::HubService &service()
{
    static int argc = 1;
    static char name[] = "fuzz_hub_request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static vigia::HubService hub(
        vigia::HubConfig{}, []() -> vigia::Result<std::unique_ptr<vigia::HubStore>> {
            auto store = vigia::SqliteHubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
            if (!store)
                return store.error();
            return std::unique_ptr<vigia::HubStore>(std::move(store.value()));
        });
    return hub;
}

void parseQuery(const QByteArray &text, vigia::HubRequest &request)
{
    for (const QByteArray &pair : text.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        request.query.insert(eq < 0 ? pair : pair.left(eq),
                             eq < 0 ? QByteArray() : pair.mid(eq + 1));
    }
}

vigia::HubRequest parse(const QByteArray &input)
{
    vigia::HubRequest request;
    qsizetype end = input.indexOf('\n');
    const QByteArray first = input.left(end < 0 ? input.size() : end);
    const qsizetype space = first.indexOf(' ');
    request.method = (space < 0 ? first : first.left(space)).toUpper();
    const QByteArray target = space < 0 ? QByteArray() : first.mid(space + 1);
    const qsizetype mark = target.indexOf('?');
    request.path = mark < 0 ? target : target.left(mark);
    if (mark >= 0)
        parseQuery(target.mid(mark + 1), request);
    qsizetype at = end < 0 ? input.size() : end + 1;
    while (at < input.size()) {
        end = input.indexOf('\n', at);
        const QByteArray line = input.mid(at, (end < 0 ? input.size() : end) - at);
        at = end < 0 ? input.size() : end + 1;
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    // The server applies the override before the service sees the request.
    if (const QByteArray override = request.header("x-http-method-override"); !override.isEmpty())
        request.method = override.toUpper();
    request.body = input.mid(at);
    bool ok = false;
    const qint64 length = request.header("content-length").toLongLong(&ok);
    request.declaredLength = ok ? length : -1;
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto request = parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const vigia::HubResponse response = service().handle(request);
    (void)response;
    (void)vigia::HubService::routeName(request.path);
    return 0;
}
