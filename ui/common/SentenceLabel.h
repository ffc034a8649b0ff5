#pragma once

#include <QLabel>

namespace vigia {

// A sentence for people: wraps, and can be selected and copied (a code, a
// fingerprint or an error read out to someone on the phone).
class SentenceLabel : public QLabel
{
    Q_OBJECT

public:
    explicit SentenceLabel(const QString &objectName, QWidget *parent = nullptr);
};

} // namespace vigia
