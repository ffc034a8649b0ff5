#include "ui/sync/SyncStep.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigia {

SyncStep::SyncStep(int number, int count, QWidget *parent)
    : QFrame(parent)
    , m_number(number)
    , m_count(count)
{
    setObjectName(QStringLiteral("syncStep%1").arg(number));
    setFrameShape(QFrame::StyledPanel);
    m_mark = new QLabel(this);
    m_mark->setObjectName(QStringLiteral("stepMark"));
    m_mark->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    QFont big = m_mark->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_mark->setFont(big);
    // Wide enough for "✓" and "4" alike, so titles line up.
    m_mark->setMinimumWidth(m_mark->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("stepTitle"));
    m_title->setWordWrap(true);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("stepText"));
    m_text->setWordWrap(true);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();

    m_body = new QVBoxLayout;
    m_body->addWidget(m_title);
    m_body->addWidget(m_text);
    m_body->addLayout(m_buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_mark, 0, Qt::AlignTop);
    layout->addLayout(m_body, 1);
    retranslate();
}

void SyncStep::setTitle(const QString &title)
{
    m_title->setText(title);
    retranslate();
}

QString SyncStep::title() const
{
    return m_title->text();
}

void SyncStep::setText(const QString &text)
{
    m_text->setText(text);
}

QPushButton *SyncStep::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    m_buttonList.append(button);
    button->setEnabled(m_state == State::Current);
    return button;
}

QPushButton *SyncStep::addBundleMenu(const QString &objectName)
{
    QPushButton *button = addButton(objectName);
    auto *menu = new QMenu(button);
    menu->setObjectName(objectName + QStringLiteral("Menu"));
    menu->addAction(QString());
    menu->addAction(QString());
    button->setMenu(menu);
    return button;
}

void SyncStep::retranslateBundleMenu(QPushButton *button)
{
    const QList<QAction *> actions = button->menu()->actions();
    actions[0]->setText(tr("Bundle &files…"));
    actions[1]->setText(tr("Every bundle in a f&older…"));
}

void SyncStep::addWidget(QWidget *widget)
{
    m_body->insertWidget(m_body->indexOf(m_buttons), widget);
}

void SyncStep::setState(State state, bool redoable)
{
    m_state = state;
    const bool enabled = state == State::Current || (state == State::Done && redoable);
    for (QPushButton *b : std::as_const(m_buttonList))
        b->setEnabled(enabled);
    // The current step stands out by weight, not colour: it survives every
    // theme and high contrast.
    QFont font = m_title->font();
    font.setBold(state == State::Current);
    m_title->setFont(font);
    m_text->setEnabled(state != State::Waiting);
    retranslate();
}

void SyncStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SyncStep::retranslate()
{
    m_mark->setText(m_state == State::Done
                        ? tr("✓", "the mark of a finished step")
                        : tr("%1", "the number of a step").arg(QLocale().toString(m_number)));
    QString state;
    switch (m_state) {
    case State::Waiting:
        state = tr("not yet");
        break;
    case State::Current:
        state = tr("current step");
        break;
    case State::Done:
        state = tr("done");
        break;
    }
    const QString name =
        tr("Step %1 of %2: %3 (%4)").arg(m_number).arg(m_count).arg(m_title->text(), state);
    m_mark->setAccessibleName(name);
    setAccessibleName(name);
}

} // namespace vigia
