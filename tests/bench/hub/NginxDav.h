#pragma once

// nginx (Debian's package, with its WebDAV module) taking `PUT`s into a
// folder: the plainest server that stores files sent over HTTP, the hub
// benchmark's baseline. Started on a free loopback port (NginxProcess), the
// files put in its temporary folder; stopped when this object goes.
#include "NginxProcess.h"

#include <QDir>
#include <QString>

namespace vigia::bench {

class NginxDav
{
public:
    [[nodiscard]] static QString executable() { return test::NginxProcess::executable(); }
    [[nodiscard]] static QString version() { return test::NginxProcess::version(); }

    // Empty when nginx listens; why not otherwise.
    [[nodiscard]] QString start(int workers, qint64 maxBodyBytes)
    {
        m_port = test::NginxProcess::freePort();
        if (m_port == 0)
            return QStringLiteral("no free loopback port");
        QDir(m_nginx.prefix()).mkpath(QStringLiteral("root"));
        const QString server = QStringLiteral("  keepalive_requests 1000000;\n"
                                              "  keepalive_timeout 60s;\n"
                                              "  client_max_body_size %1;\n"
                                              "  server {\n"
                                              "    listen 127.0.0.1:%2;\n"
                                              "    root %3;\n"
                                              "    location / {\n"
                                              "      dav_methods PUT;\n"
                                              "      dav_access user:rw;\n"
                                              "    }\n"
                                              "  }\n")
                                   .arg(maxBodyBytes)
                                   .arg(m_port)
                                   .arg(root());
        return m_nginx.start(server, m_port, workers);
    }

    void stop() { m_nginx.stop(); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString root() const { return m_nginx.prefix() + QStringLiteral("/root"); }

private:
    test::NginxProcess m_nginx;
    quint16 m_port = 0;
};

} // namespace vigia::bench
