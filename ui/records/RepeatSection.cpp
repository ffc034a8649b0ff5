#include "ui/records/RepeatSection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

RepeatSection::RepeatSection(const FormRow &row, QString address, CardBuilder builder,
                             QWidget *parent)
    : QGroupBox(parent)
    , m_row(row)
    , m_address(std::move(address))
    , m_builder(std::move(builder))
{
    setObjectName(QStringLiteral("repeat_") + m_row.name());
    setProperty("address", m_address);
    auto *layout = new QVBoxLayout(this);
    // The cards live in their own widget, created before the Add button, so
    // that walking the children in order meets cards before the button (the
    // editor's tab order follows that walk).
    auto *cards = new QWidget(this);
    m_cardLayout = new QVBoxLayout(cards);
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(cards);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addInstance"));
    m_add->setProperty("repeatButton", true);
    connect(m_add, &QPushButton::clicked, this, [this] { emit addRequested(m_address); });
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_add);
    row2->addStretch(1);
    layout->addLayout(row2);
    m_label = m_row.name();
    retranslate();
}

QString RepeatSection::instanceAddress(int number) const
{
    return QStringLiteral("%1[%2]").arg(m_address).arg(number);
}

QGroupBox *RepeatSection::card(int number) const
{
    return number >= 1 && number <= m_cards.size() ? m_cards[number - 1] : nullptr;
}

QPushButton *RepeatSection::removeButton(int number) const
{
    QGroupBox *c = card(number);
    return c ? c->findChild<QPushButton *>(QStringLiteral("removeInstance")) : nullptr;
}

void RepeatSection::rebuild(int count, int first)
{
    first = std::max(first, 1);
    while (m_cards.size() >= first) {
        QGroupBox *old = m_cards.takeLast();
        // Out of the tree at once, so that the editor no longer finds its
        // fields; deleted later, since the click that removed it may still
        // be running inside it.
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    for (int number = int(m_cards.size()) + 1; number <= count; ++number) {
        QGroupBox *c = createCard(number);
        m_cards.append(c);
        m_cardLayout->addWidget(c);
    }
    updateButtons();
    retranslate();
}

QGroupBox *RepeatSection::createCard(int number)
{
    auto *c = new QGroupBox(this);
    c->setObjectName(QStringLiteral("repeatCard"));
    c->setProperty("address", instanceAddress(number));
    auto *layout = new QVBoxLayout(c);
    m_builder(instanceAddress(number), c, layout);
    auto *remove = new QPushButton(c);
    remove->setObjectName(QStringLiteral("removeInstance"));
    remove->setProperty("repeatButton", true);
    connect(remove, &QPushButton::clicked, this,
            [this, number] { emit removeRequested(instanceAddress(number)); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    return c;
}

void RepeatSection::setFixedCount(bool fixed)
{
    m_fixed = fixed;
    updateButtons();
}

void RepeatSection::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void RepeatSection::updateButtons()
{
    const bool show = m_editable && !m_fixed;
    m_add->setVisible(show);
    for (int number = 1; number <= m_cards.size(); ++number)
        removeButton(number)->setVisible(show);
}

void RepeatSection::setInstanceRelevant(int number, bool relevant)
{
    if (QGroupBox *c = card(number))
        c->setVisible(relevant);
}

void RepeatSection::showTexts(const QString &language, const QString &defaultLanguage)
{
    m_language = language;
    m_defaultLanguage = defaultLanguage;
    m_label = m_row.label().text(language, defaultLanguage);
    if (m_label.isEmpty())
        m_label = m_row.name();
    retranslate();
}

QString RepeatSection::cardTitle(int number) const
{
    return tr("%1 %2", "repeat card title: the repeat's label, the instance number")
        .arg(m_label)
        .arg(number);
}

void RepeatSection::retranslate()
{
    setTitle(m_label);
    m_add->setText(tr("Add %1", "button below the cards of a repeat").arg(m_label));
    m_add->setAccessibleName(m_add->text());
    for (int number = 1; number <= m_cards.size(); ++number) {
        const QString title = cardTitle(number);
        m_cards[number - 1]->setTitle(title);
        QPushButton *remove = removeButton(number);
        remove->setText(tr("Remove", "button on a repeat card"));
        remove->setAccessibleName(tr("Remove %1", "accessible name: the card's title").arg(title));
    }
}

void RepeatSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace vigia
