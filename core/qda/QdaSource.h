#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace vigia {

// One coded range of a source's text, as REFI-QDA counts it: positions in
// Unicode code points (Vigia stores UTF-16 units; QdaCorpusReader converts).
struct QdaSelection
{
    QUuid id;
    QUuid code;
    qint64 start = 0;
    qint64 end = 0;
    QString memo;
    QByteArray author; // device id
    QDateTime created;
};

// One text a qualitative analyst codes: a record's narrative answer.
struct QdaSource
{
    QUuid id;
    QString name;
    QString text;
    QByteArray author; // device id
    QDateTime created;
    QList<QdaSelection> selections;
};

} // namespace vigia
