#pragma once

#include <QLabel>

namespace vigia {

// A key's fingerprint as two people read it to each other on the phone: a
// large fixed-width font, two lines of four groups, selectable.
class FingerprintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FingerprintLabel(const QString &objectName, QWidget *parent = nullptr);

    // `formatted` as Fingerprint::format writes it ("a1b2 c3d4 …").
    void setFingerprint(const QString &formatted);
};

} // namespace vigia
