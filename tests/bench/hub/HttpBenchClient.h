#pragma once

// The one HTTP client both sides of the hub benchmarks use: plain HTTP/1.1
// keep-alive connections on QTcpSocket (TCP_NODELAY), driven from one event
// loop, each with one request in flight. A request is written in one piece
// (headers and body) and its answer is parsed just enough to hand over the
// status, the headers and a Content-Length body: the client does as little
// as a client can, so the figures are the servers'.
#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QList>
#include <QString>
#include <QTcpSocket>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace vigia::bench {

// An answer as the client saw it; status 0 with `error` when none came.
struct HttpAnswer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString error;

    [[nodiscard]] QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

// "METHOD target HTTP/1.1" with Host, the given headers, Content-Length and
// the body, as one buffer.
inline QByteArray httpRequest(const QByteArray &method, const QByteArray &target,
                              const QList<QPair<QByteArray, QByteArray>> &headers,
                              const QByteArray &body = {})
{
    QByteArray out;
    out.reserve(256 + body.size());
    out.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (const auto &[name, value] : headers)
        out.append(name).append(": ").append(value).append("\r\n");
    if (!body.isEmpty() || method == "PUT" || method == "PATCH" || method == "POST")
        out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    out.append("\r\n").append(body);
    return out;
}

// One keep-alive connection to 127.0.0.1:port.
class HttpConnection
{
public:
    using Done = std::function<void(HttpAnswer)>;

    explicit HttpConnection(quint16 port)
        : m_port(port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, [this] {
            if (m_done)
                fail(QStringLiteral("connection closed by the server"));
        });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, [this] {
            if (m_done && m_socket.error() != QAbstractSocket::RemoteHostClosedError)
                fail(m_socket.errorString());
        });
    }

    ~HttpConnection()
    {
        // Nothing is reported once the run is over, not even the close.
        m_socket.disconnect();
        m_done = nullptr;
    }
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // Blocking: connected, or false.
    [[nodiscard]] bool open(int timeoutMs = 5000)
    {
        m_socket.abort();
        m_in.clear();
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (!m_socket.waitForConnected(timeoutMs))
            return false;
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return true;
    }

    // Writes `request`; `done` is called once with its answer. One at a time.
    void send(const QByteArray &request, Done done)
    {
        if (m_socket.state() != QAbstractSocket::ConnectedState && !open()) {
            done(HttpAnswer{0, {}, {}, QStringLiteral("cannot connect")});
            return;
        }
        m_done = std::move(done);
        m_socket.write(request);
    }

private:
    void fail(const QString &why)
    {
        Done done = std::exchange(m_done, nullptr);
        m_in.clear();
        HttpAnswer a;
        a.error = why;
        done(a);
    }

    void read()
    {
        m_in.append(m_socket.readAll());
        if (!m_done)
            return;
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpAnswer a;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        a.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                a.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        const qint64 length = a.headers.value("content-length", "0").toLongLong();
        if (m_in.size() < end + 4 + length)
            return; // the rest of the body is still on its way
        a.body = m_in.mid(end + 4, length);
        m_in.remove(0, end + 4 + length);
        const bool closing = a.header("connection").toLower() == "close";
        Done done = std::exchange(m_done, nullptr);
        if (closing)
            m_socket.abort(); // the next send() connects again
        done(std::move(a));
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_in;
    Done m_done;
};

// One request on `c`, waited for (an answer with status 0 after timeoutMs).
inline HttpAnswer exchange(HttpConnection &c, const QByteArray &request, int timeoutMs = 30000)
{
    QEventLoop loop;
    HttpAnswer out;
    bool done = false;
    c.send(request, [&](HttpAnswer a) {
        out = std::move(a);
        done = true;
        loop.quit();
    });
    if (!done) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!done)
        out.error = QStringLiteral("timed out");
    return out;
}

// What one item's exchange is, step by step: the first request, then, for
// each answer, the next request or the end (acknowledged or refused).
class ItemProtocol
{
public:
    struct Next
    {
        enum Kind
        {
            Send,
            Acknowledged,
            Failed
        } kind = Failed;
        QByteArray request;
        QString why;
    };
    virtual ~ItemProtocol() = default;
    [[nodiscard]] virtual QByteArray first(int item) = 0;
    [[nodiscard]] virtual Next next(int item, int step, const HttpAnswer &answer) = 0;
};

struct ConcurrentRun
{
    double seconds = 0;        // first request written .. last acknowledgement
    QList<double> latenciesMs; // per acknowledged item: its first request .. its end
    int acknowledged = 0;
    int failed = 0;
    QStringList errors; // the first few
    QString setupError; // connections could not be opened
    // CPU time of the client's thread while the clock ran: near `seconds`,
    // the client, not the server, would be what is measured.
    double clientCpuSeconds = 0;
};

// CPU time (user and system) of the calling thread.
inline double threadCpuSeconds()
{
    rusage u{};
    if (getrusage(RUSAGE_THREAD, &u) != 0)
        return 0;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// `items` items through `protocol` over `clients` connections opened before
// the clock starts; each connection takes the next item as soon as its
// previous one ended. The clock stops at the last item's end.
inline ConcurrentRun runConcurrently(quint16 port, int clients, int items, ItemProtocol &protocol,
                                     int timeoutMs = 600000)
{
    ConcurrentRun run;
    std::vector<std::unique_ptr<HttpConnection>> connections;
    for (int i = 0; i < clients; ++i) {
        connections.push_back(std::make_unique<HttpConnection>(port));
        if (!connections.back()->open()) {
            run.setupError = QStringLiteral("connection %1 of %2 could not be opened to port %3")
                                 .arg(i + 1)
                                 .arg(clients)
                                 .arg(port);
            return run;
        }
    }
    QEventLoop loop;
    QElapsedTimer clock;
    double cpuAtStart = 0;
    int nextItem = 0;
    int ended = 0;
    run.latenciesMs.reserve(items);
    std::function<void(HttpConnection *)> startNext;
    std::function<void(HttpConnection *, int, int, qint64, HttpAnswer)> onAnswer;
    onAnswer = [&](HttpConnection *c, int item, int step, qint64 startedNs, HttpAnswer answer) {
        const ItemProtocol::Next next = protocol.next(item, step, answer);
        if (next.kind == ItemProtocol::Next::Send) {
            c->send(next.request, [&, c, item, step, startedNs](HttpAnswer a) {
                onAnswer(c, item, step + 1, startedNs, std::move(a));
            });
            return;
        }
        if (next.kind == ItemProtocol::Next::Acknowledged) {
            ++run.acknowledged;
            run.latenciesMs.append(double(clock.nsecsElapsed() - startedNs) / 1e6);
        } else {
            ++run.failed;
            if (run.errors.size() < 5)
                run.errors << QStringLiteral("item %1: %2").arg(item).arg(next.why);
        }
        if (++ended == items) {
            run.seconds = double(clock.nsecsElapsed()) / 1e9;
            run.clientCpuSeconds = threadCpuSeconds() - cpuAtStart;
            loop.quit();
            return;
        }
        startNext(c);
    };
    startNext = [&](HttpConnection *c) {
        if (nextItem >= items)
            return;
        const int item = nextItem++;
        const qint64 startedNs = clock.nsecsElapsed();
        c->send(protocol.first(item), [&, c, item, startedNs](HttpAnswer a) {
            onAnswer(c, item, 0, startedNs, std::move(a));
        });
    };
    QTimer::singleShot(timeoutMs, &loop, [&] {
        run.errors << QStringLiteral("timed out with %1 of %2 items ended").arg(ended).arg(items);
        loop.quit();
    });
    cpuAtStart = threadCpuSeconds();
    clock.start();
    for (auto &c : connections)
        startNext(c.get());
    if (items > 0)
        loop.exec();
    return run;
}

// The p-th percentile (0..100) by nearest rank; 0 for no values.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

} // namespace vigia::bench
