#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStringList>
#include <QWidget>

namespace vigia::test {

// Every text a person sees in `top` (visible widgets only), with where it is,
// so language tests can compare before and after a switch.
inline QList<QPair<QString, QString>> visibleTexts(QWidget *top)
{
    QList<QPair<QString, QString>> texts;
    const auto add = [&texts](const QString &where, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append({where, text});
    };
    add(QStringLiteral("window title"), top->windowTitle());
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top))
            continue;
        const QString where = QStringLiteral("%1 %2").arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(where, button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(where, box->title());
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(where + QStringLiteral(" item"), list->item(i)->text());
        }
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w) ||
            w->inherits("QAbstractSpinBox") || w->inherits("QComboBox"))
            add(where + QStringLiteral(" accessible name"), w->accessibleName());
    }
    return texts;
}

// Under the pseudo-locale every translated text is bracketed; anything else
// bypassed tr().
inline QStringList untranslated(QWidget *top)
{
    QStringList problems;
    for (const auto &[where, text] : visibleTexts(top)) {
        if (!(text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))))
            problems << QStringLiteral("%1: \"%2\"").arg(where, text);
    }
    return problems;
}

// Every input a person can reach must have an accessible name.
inline QStringList unnamedInputs(QWidget *top)
{
    QStringList problems;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->focusPolicy() == Qt::NoFocus)
            continue;
        const bool input = qobject_cast<QLineEdit *>(w) || w->inherits("QAbstractSpinBox") ||
                           w->inherits("QComboBox") || w->inherits("QCheckBox") ||
                           w->inherits("QRadioButton");
        if (input && w->accessibleName().isEmpty() &&
            !(qobject_cast<QLineEdit *>(w) && w->parentWidget() &&
              (w->parentWidget()->inherits("QAbstractSpinBox") ||
               w->parentWidget()->inherits("QComboBox"))))
            problems << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return problems;
}

} // namespace vigia::test
