#pragma once

#include <QTranslator>

namespace vigia {

// The pseudo-locale (`--lang pseudo`): every string that went through tr()
// comes back accented, 40% longer and in brackets, so text that bypassed tr()
// and labels too small for real translations show up at a glance.
// Placeholders (%1, %L2, %n), rich-text tags, entities and '&' accelerators
// are kept intact.
class PseudoTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    [[nodiscard]] QString translate(const char *context, const char *sourceText,
                                    const char *disambiguation = nullptr,
                                    int n = -1) const override;
    [[nodiscard]] bool isEmpty() const override { return false; }

    [[nodiscard]] static QString transform(const QString &source);
};

} // namespace vigia
