#pragma once

#include "store/Role.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace vigia {

// What the hub keeps, as its storage backends hand it over. Ids are raw bytes
// (16 for projects and devices, 32 for bundles); times are Unix seconds of the
// hub's own clock, never a device's.

// A project the hub serves: its pinned key and the newest manifest it accepted.
struct HubProject
{
    QByteArray id; // 16 bytes
    QString name;
    QByteArray projectPk; // 32 bytes, pinned at registration
    QByteArray manifest;  // the signed manifest file, as uploaded
    quint64 manifestVersion = 0;
};

// A device of a project, as the newest manifest says; nothing else adds one.
// `blocked` is the hub administration's own block (`vigia-hub devices
// revoke`), kept apart from the manifest: it only ever takes access away, and
// survives every new manifest until the administration lifts it.
struct HubDevice
{
    QByteArray projectId;
    QByteArray deviceId;
    Role role = Role::Researcher;
    QByteArray signPk; // 32 bytes, Ed25519
    bool revoked = false;
    bool blocked = false;
};

// A short-lived bearer session, found by the hash of its token.
struct HubSession
{
    QByteArray projectId;
    QByteArray deviceId;
    qint64 expiresAt = 0;
};

// A tus upload in progress (or complete, until its bundle is stored).
struct HubUpload
{
    QString id; // random, URL-safe; the last part of the upload's Location
    QByteArray projectId;
    QByteArray deviceId;
    QByteArray bundleId; // what the client says it uploads: creation is idempotent on it
    qint64 length = 0;
    qint64 offset = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
};

// A stored bundle. seq orders a project's bundles for listing by cursor.
struct HubBundle
{
    qint64 seq = 0;
    QByteArray projectId;
    QByteArray bundleId;          // 32 bytes, BLAKE2b-256 of the signed bytes
    QByteArray sender;            // 16 bytes
    QList<QByteArray> recipients; // device ids of the header's sealed keys
    qint64 size = 0;
    QByteArray sha256; // 32 bytes
    qint64 storedAt = 0;
};

// A coordinator's signed receipt, routed to the devices whose bundles it
// acknowledges.
struct HubReceipt
{
    qint64 seq = 0;
    QByteArray projectId;
    QByteArray receiptId;         // 32 bytes, BLAKE2b-256 of the signed file
    QByteArray signer;            // the coordinator's device id
    QList<QByteArray> recipients; // device ids that may fetch it
    QByteArray bytes;             // the signed receipt file
    qint64 storedAt = 0;
};

// An invitation code a coordinator made: found by the hash of the code's
// secret part, good once, until it expires.
struct HubInvitation
{
    QByteArray codeHash;
    QByteArray projectId;
    QByteArray invitation; // the invitation file signed by the project key
    qint64 expiresAt = 0;
};

// A new device's signed join request, waiting for a coordinator.
struct HubJoinRequest
{
    QByteArray projectId;
    QByteArray deviceId;
    QByteArray request; // the signed join-request file
    qint64 receivedAt = 0;
};

} // namespace vigia
