#pragma once

#include "project/OpenConflict.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace vigia {

class CountryFilterBox;
class Workspace;

// The open conflicts (core Conflicts), all or those on records of one
// country: one line per field, the competing
// values of the current one side by side with a line diff, and a choice of
// one device's value or a merged value written here, applied to every
// selected conflict at once.
class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(Workspace &ws, QWidget *parent = nullptr);

    void refresh();
    [[nodiscard]] int rowCount() const;

signals:
    void resolved(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    void resolveSelected();
    [[nodiscard]] static QString valueText(const QCborValue &value);

    Workspace &m_ws;
    QList<OpenConflict> m_conflicts;
    QLabel *m_countryLabel = nullptr;
    CountryFilterBox *m_country = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_sides = nullptr;
    QLabel *m_diffLabel = nullptr;
    QTextBrowser *m_diff = nullptr;
    QLabel *m_choiceLabel = nullptr;
    QComboBox *m_choice = nullptr;
    QLabel *m_mergedLabel = nullptr;
    QPlainTextEdit *m_merged = nullptr;
    QPushButton *m_resolve = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vigia
