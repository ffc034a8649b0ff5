#pragma once

#include "forms/BuiltinForms.h"
#include "forms/FormJson.h"
#include "store/FormStore.h"
#include "store/Workspace.h"
#include "ui/fields/ChoiceField.h"
#include "ui/fields/ChoiceListModel.h"
#include "ui/fields/MultiChoiceField.h"

#include <QCheckBox>
#include <QListView>
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

// Picks `choice` the way a person does: a click on its radio button, its
// check box, or its line (or check mark) in the list.
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
        const int row = one->listModel()->rowOf(choice);
        if (row < 0)
            return false;
        one->list()->setCurrentIndex(one->listModel()->index(row));
        return true;
    }
    if (auto *many = qobject_cast<MultiChoiceField *>(field)) {
        if (!many->usesCheckBoxes()) {
            ChoiceListModel *model = many->listModel();
            const int row = model->rowOf(choice);
            const QModelIndex index = model->index(row);
            const bool on = model->data(index, Qt::CheckStateRole).toInt() == Qt::Checked;
            return row >= 0 &&
                   model->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
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
