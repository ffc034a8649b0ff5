#pragma once

#include <QList>
#include <QString>

namespace vigia {

// The address of an answer in a record: "age", "members[2]/age",
// "members[2]/children[1]/name" (docs/form-format.md, "Addressing answers").
// Each step is a name with an optional 1-based instance number; FormAnswers
// checks that the steps match the form's repeats. Only the syntax is here.
class FormPath
{
public:
    struct Step
    {
        QString name;
        int index = 0; // 1-based; 0 when the step has no [n]
        friend bool operator==(const Step &, const Step &) = default;
    };

    // The steps of `text`, or an empty list when it is not a well-formed
    // address (empty step, bad or zero number, text after ']').
    [[nodiscard]] static QList<Step> parse(const QString &text);
    [[nodiscard]] static QString format(const QList<Step> &steps);
};

} // namespace vigia
