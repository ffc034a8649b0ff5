#pragma once

#include "forms/CompiledForm.h"
#include "forms/expr/ExprValue.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace vigia {

// The answers of one record as a tree: the root of the record and, for each
// repeat, its instances, each holding for every field of that level the
// answer as entered and what the form's expressions decided there. It also
// translates addresses ("members[2]/age", docs/form-format.md "Addressing
// answers") to a field and the instances around it, and walks the record in
// form order. It evaluates nothing: FormSession fills in the state and
// FormValidation judges it.
class FormAnswers
{
public:
    using Chain = QList<int>; // 0-based instance numbers, one per enclosing repeat

    // What the expressions decided for one field in one instance.
    struct FieldState
    {
        bool selfRelevant = true;
        bool required = false;
        bool readOnly = false;
        bool constraintHolds = true;
        bool filtered = false;
        QStringList available;     // choice names the filter leaves, when filtered
        QMap<int, QString> errors; // CompiledForm::Column → message
    };

    // One field in one instance.
    struct Slot
    {
        QString value; // the answer as entered
        bool hasComputed = false;
        ExprValue computed;
        FieldState state;
    };

    // The root of the record or one instance of a repeat.
    struct Instance
    {
        QHash<QString, Slot> answers;
        QHash<QString, std::vector<Instance>> repeats;
    };

    // An empty record of `form`: every field at the top level unanswered,
    // every repeat without instances.
    explicit FormAnswers(CompiledForm::Ptr form);

    [[nodiscard]] const CompiledForm &form() const { return *m_form; }

    // Addresses. resolve() accepts a field outside repeats ("age"), a field
    // with every enclosing instance ("members[2]/age"), a repeat as a whole
    // ("members", "members[2]/children") and an instance ("members[2]");
    // it checks the names against the form, not that the instances exist.
    [[nodiscard]] bool resolve(const QString &path, QString &field, Chain &chain) const;
    [[nodiscard]] QString address(const QString &field, const Chain &chain) const;
    // Sorts addresses in form order, instance by instance.
    [[nodiscard]] QList<int> orderKey(const QString &field, const Chain &chain) const;

    // The root (empty chain) or a repeat instance; nullptr when the chain
    // names an instance that does not exist.
    [[nodiscard]] const Instance *instance(const QStringList &scope, const Chain &chain) const;
    [[nodiscard]] Instance *instance(const QStringList &scope, const Chain &chain);
    [[nodiscard]] const Slot *slot(const QString &field, const Chain &chain) const;
    [[nodiscard]] Slot *slot(const QString &field, const Chain &chain);
    // The number of instances of `repeat` in the instance `parent`.
    [[nodiscard]] int count(const QString &repeat, const Chain &parent) const;
    // Every instance of the innermost repeat of `scope` under `prefix`
    // (`prefix` itself when it is as deep as `scope`).
    [[nodiscard]] QList<Chain> chains(const QStringList &scope, const Chain &prefix) const;

    // Sets the number of instances of `repeat` in `parent`; returns the
    // chains of those created empty. Instances taken away by a shrink are
    // kept and come back as they were when the repeat grows again, so that
    // retyping a repeat_count ("3", backspace, "2") loses no answer.
    QList<Chain> resize(const QString &repeat, const Chain &parent, int count);
    // Removes the instance `chain` of `repeat`; the later ones move up one
    // number, so the instances kept by resize() are forgotten.
    void remove(const QString &repeat, const Chain &chain);

    // Whether the field and every group and repeat instance around it are
    // relevant.
    [[nodiscard]] bool relevantAt(const QString &field, const Chain &chain) const;
    // The answer as entered, or the calculated value as text.
    [[nodiscard]] QString textAt(const QString &field, const Chain &chain) const;
    // Every row in every instance, depth first: a repeat as a whole, then
    // each instance followed by its rows; the order a person reads it in.
    [[nodiscard]] QList<std::pair<QString, Chain>> occurrences() const;
    // The addresses of the fields that hold an answer or a calculated value.
    [[nodiscard]] QStringList fieldPaths() const;
    // The relevant, non-empty answers and calculated values by address,
    // `end` fields set to `end`, and each repeat with instances → their
    // number (FormSession::finalizedValues).
    [[nodiscard]] QMap<QString, QString> finalizedValues(const QDateTime &end) const;

private:
    void initInstance(Instance &instance, const QStringList &scope) const;

    CompiledForm::Ptr m_form;
    Instance m_root;
    // Repeat address → instances a resize() took away, first removed first.
    QHash<QString, std::vector<Instance>> m_trimmed;
};

} // namespace vigia
