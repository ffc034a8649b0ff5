#pragma once

#include "forms/FormRow.h"

#include <QGroupBox>
#include <QList>

#include <functional>

class QPushButton;
class QVBoxLayout;

namespace vigia {

// A repeat in the record editor: a titled section with one card per
// instance ("Household member 2"), a Remove button on each card and an Add
// button below them. The cards' fields are built by the editor (the
// CardBuilder), so groups and repeats nested in a card work as anywhere
// else. The section only shows the instances; the editor changes them
// through the form engine and then asks the section to rebuild.
class RepeatSection : public QGroupBox
{
    Q_OBJECT

public:
    // Fills `card` with the fields of instance `instance` ("members[2]").
    using CardBuilder =
        std::function<void(const QString &instance, QWidget *card, QVBoxLayout *layout)>;

    // `address` names the repeat inside its enclosing instances
    // ("members", "members[2]/children").
    RepeatSection(const FormRow &row, QString address, CardBuilder builder,
                  QWidget *parent = nullptr);

    [[nodiscard]] const QString &address() const { return m_address; }
    [[nodiscard]] const FormRow &row() const { return m_row; }
    [[nodiscard]] int count() const { return int(m_cards.size()); }
    // "members[2]" for number 2.
    [[nodiscard]] QString instanceAddress(int number) const;
    // 1-based; nullptr when there is no such card.
    [[nodiscard]] QGroupBox *card(int number) const;
    [[nodiscard]] QPushButton *removeButton(int number) const;
    [[nodiscard]] QPushButton *addButton() const { return m_add; }

    // Shows `count` cards; those from number `first` on are built anew,
    // since their instances moved up (a removal) or are new.
    void rebuild(int count, int first);
    // A repeat_count decides the number of instances: no Add or Remove.
    void setFixedCount(bool fixed);
    // False for a finalized record: the cards are read, not changed.
    void setEditable(bool editable);
    void setInstanceRelevant(int number, bool relevant);
    // Texts in the form's language (`language`, else its default).
    void showTexts(const QString &language, const QString &defaultLanguage);
    // The card title of instance `number`: the repeat's label and the number.
    [[nodiscard]] QString cardTitle(int number) const;

signals:
    void addRequested(const QString &repeat);
    void removeRequested(const QString &instance);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QGroupBox *createCard(int number);
    void updateButtons();
    void retranslate();

    FormRow m_row;
    QString m_address;
    CardBuilder m_builder;
    QVBoxLayout *m_cardLayout = nullptr;
    QList<QGroupBox *> m_cards;
    QPushButton *m_add = nullptr;
    QString m_label;
    QString m_language;
    QString m_defaultLanguage;
    bool m_fixed = false;
    bool m_editable = true;
};

} // namespace vigia
