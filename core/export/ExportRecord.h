#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QUuid>

#include <algorithm>

namespace vigia {

// A finalized record as an export reads it (RecordPages): the projected
// columns and every stored answer as text, by address ("members[2]/age").
struct ExportRecord
{
    // An answer: its address and where its UTF-8 lies in `text`. Answers
    // stay UTF-8 from the store to the writer; an export reads millions.
    struct Answer
    {
        QString address;
        qsizetype offset = 0;
        qsizetype size = 0;

        friend bool operator<(const Answer &a, const Answer &b) { return a.address < b.address; }
    };
    // Sorted by address. A flat list, not a map: one allocation per map
    // node was a third of an export's time.
    using Answers = QList<Answer>;

    QUuid id;
    QString country;
    QString date;
    QString review;  // "received", "approved", …
    QByteArray text; // every answer's UTF-8, one after the other
    Answers values;

    [[nodiscard]] QByteArrayView utf8(const Answer &answer) const
    {
        return QByteArrayView(text).sliced(answer.offset, answer.size);
    }
    // The answer at `address` as UTF-8, empty when there is none.
    [[nodiscard]] QByteArrayView utf8(const QString &address) const
    {
        const auto it =
            std::lower_bound(values.cbegin(), values.cend(), address,
                             [](const Answer &a, const QString &key) { return a.address < key; });
        return it != values.cend() && it->address == address ? utf8(*it) : QByteArrayView();
    }
    // The answer at `address`, empty when there is none.
    [[nodiscard]] QString value(const QString &address) const
    {
        return QString::fromUtf8(utf8(address));
    }
};

} // namespace vigia
