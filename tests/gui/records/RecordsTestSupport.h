#pragma once

#include "forms/BuiltinForms.h"
#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/Workspace.h"
#include "ui/fields/ChoiceField.h"
#include "ui/fields/MultiChoiceField.h"

#include <QCheckBox>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>

namespace vigia::test {

// The built-in pack, imported when the workspace does not hold it yet.
inline bool ensurePack(Workspace &ws)
{
    if (ws.forms().get(QStringLiteral("qualitative_finding")))
        return true;
    auto pack = BuiltinForms::load();
    if (!pack)
        return false;
    for (const FormDefinition &form : pack.value()) {
        if (!ws.forms().importDefinition(form))
            return false;
    }
    return true;
}

inline bool importJson(Workspace &ws, const QByteArray &json)
{
    auto form = FormJson::read(json, QStringLiteral("test"));
    return form && ws.forms().importDefinition(form.value());
}

// Picks `choice` the way a person does: a click on its radio button or on
// its line in the list.
inline bool choose(RecordField *field, const QString &choice)
{
    if (auto *one = qobject_cast<ChoiceField *>(field)) {
        if (one->usesRadioButtons()) {
            for (QRadioButton *b : one->findChildren<QRadioButton *>()) {
                if (b->property("choice").toString() == choice) {
                    b->click();
                    return true;
                }
            }
            return false;
        }
        QListWidget *list = one->list();
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole + 1).toString() == choice) {
                list->setCurrentRow(i);
                return true;
            }
        }
        return false;
    }
    if (auto *many = qobject_cast<MultiChoiceField *>(field)) {
        for (QCheckBox *b : many->boxes()) {
            if (b->property("choice").toString() == choice) {
                b->click();
                return true;
            }
        }
    }
    return false;
}

} // namespace vigia::test
