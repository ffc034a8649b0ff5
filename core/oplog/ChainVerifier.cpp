#include "oplog/ChainVerifier.h"

#include "common/UuidText.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace vigia {

QString ChainVerifier::deviceLabel(const QByteArray &origin)
{
    if (origin.size() == Op::kIdSize)
        return UuidText::of(origin);
    return QString::fromLatin1(origin.toHex());
}

ChainIssue ChainVerifier::issue(ChainIssue::Kind kind, const QByteArray &origin, quint64 counter,
                                quint64 expected)
{
    ChainIssue i;
    i.kind = kind;
    i.origin = origin;
    i.counter = counter;
    const QString dev = deviceLabel(origin);
    switch (kind) {
    case ChainIssue::Kind::Gap:
        i.message = QCoreApplication::translate("vigia::ChainVerifier",
                                                "Device %1: change %2 arrived but change %3 "
                                                "before it is missing. Import the missing data "
                                                "from that device.")
                        .arg(dev)
                        .arg(counter)
                        .arg(expected);
        break;
    case ChainIssue::Kind::Reordered:
        i.message = QCoreApplication::translate("vigia::ChainVerifier",
                                                "Device %1: change %2 is out of order (expected "
                                                "%3). The data was rearranged; ask the sender to "
                                                "export it again.")
                        .arg(dev)
                        .arg(counter)
                        .arg(expected);
        break;
    case ChainIssue::Kind::Changed:
        i.message = QCoreApplication::translate("vigia::ChainVerifier",
                                                "Device %1: change %2 was altered after it was "
                                                "written (its hash no longer matches). Do not "
                                                "trust this copy; ask the sender to export it "
                                                "again.")
                        .arg(dev)
                        .arg(counter);
        break;
    case ChainIssue::Kind::Fork:
        i.message = QCoreApplication::translate("vigia::ChainVerifier",
                                                "Device %1: two different versions of change %2 "
                                                "exist (a fork). The second one was not applied; "
                                                "report this to your coordinator.")
                        .arg(dev)
                        .arg(counter);
        break;
    }
    return i;
}

QList<ChainIssue> ChainVerifier::verifySequence(const QList<Op> &ops)
{
    struct Head
    {
        quint64 counter;
        QByteArray hash;
    };
    QHash<QByteArray, Head> heads;
    QList<ChainIssue> issues;
    const QByteArray zeros(Op::kHashSize, '\0');
    for (const Op &op : ops) {
        auto it = heads.find(op.origin);
        if (it == heads.end()) {
            if (op.counter == 1 && op.prevHash != zeros)
                issues.append(issue(ChainIssue::Kind::Changed, op.origin, op.counter));
            heads.insert(op.origin, {op.counter, op.hash()});
            continue;
        }
        const quint64 expected = it->counter + 1;
        if (op.counter < expected) {
            issues.append(issue(ChainIssue::Kind::Reordered, op.origin, op.counter, expected));
            continue; // keep the head: later ops are checked against the true order
        }
        if (op.counter > expected)
            issues.append(issue(ChainIssue::Kind::Gap, op.origin, op.counter, expected));
        else if (op.prevHash != it->hash)
            issues.append(issue(ChainIssue::Kind::Changed, op.origin, it->counter));
        *it = {op.counter, op.hash()};
    }
    return issues;
}

} // namespace vigia
