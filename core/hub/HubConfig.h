#pragma once

#include <QtGlobal>

namespace vigia {

// The hub's limits and lifetimes. Every limit that protects memory is applied
// from the request's headers, before its body is read (docs/hub-api.md,
// "Limits").
struct HubConfig
{
    // Bodies
    qint64 maxBundleBytes = 64LL * 1024 * 1024; // one upload's Upload-Length
    qint64 maxChunkBytes = 8LL * 1024 * 1024;   // one PATCH (or creation-with-upload) body
    qint64 maxJsonBytes = 4LL * 1024 * 1024;    // JSON and manifest bodies
    // Lifetimes, in seconds of the hub's clock
    int challengeSeconds = 120;
    int sessionSeconds = 3600;
    int uploadExpirySeconds = 7 * 24 * 3600;
    // Listing
    int maxListLimit = 500;
    // Requests of one device per minute (in bursts up to that); 0: no limit.
    int requestsPerDevicePerMinute = 600;
    // Incomplete uploads one device may have in a project at once (a new one
    // beyond that gets 429); 0: no limit.
    int maxUploadsPerDevice = 16;
    // Connections (libmicrohttpd)
    int threads = 4;
    int maxConnections = 256;
    int maxConnectionsPerIp = 32;
    int idleTimeoutSeconds = 30;
    // A request line and headers not complete after this long are cut off,
    // however steadily they drip (slowloris): the idle timeout alone resets
    // on every byte.
    int headerTimeoutSeconds = 10;
    int connectionMemoryBytes = 32 * 1024; // request line and headers: larger gets 431
    // A body that arrives slower than this, averaged after the grace period,
    // is cut off: a client dripping a byte a second holds a worker for nothing.
    int slowBodyGraceSeconds = 10;
    int slowBodyMinBytesPerSecond = 256;
};

} // namespace vigia
