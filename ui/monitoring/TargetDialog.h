#pragma once

#include "store/Target.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vigia {

// Sets one target (docs/monitoring.md): country, indicator, breakdown,
// unit, baseline, target and its milestones. Editing keeps the country,
// indicator and breakdown, since they are the target's identity; a target
// for another breakdown is a new one. OK checks the target the way
// TargetStore does and shows what is wrong instead of closing.
class TargetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TargetDialog(QWidget *parent = nullptr);

    // Fills the dialog from an existing target and locks its identity.
    void setTarget(const Target &target);
    [[nodiscard]] Target target() const;

    // For tests and the page.
    [[nodiscard]] QComboBox *countryBox() const { return m_country; }
    [[nodiscard]] QComboBox *indicatorBox() const { return m_indicator; }
    [[nodiscard]] QComboBox *breakdownBox() const { return m_breakdown; }
    [[nodiscard]] QDoubleSpinBox *baselineValueBox() const { return m_baselineValue; }
    [[nodiscard]] QSpinBox *baselineYearBox() const { return m_baselineYear; }
    [[nodiscard]] QDoubleSpinBox *targetValueBox() const { return m_targetValue; }
    [[nodiscard]] QDateEdit *targetDateBox() const { return m_targetDate; }
    [[nodiscard]] QTableWidget *milestonesTable() const { return m_milestones; }
    [[nodiscard]] QString errorText() const;
    void addMilestone(const QDate &date, double value);

    void accept() override;

    // Puts into `box` "total" and every breakdown (dimension=category) the
    // indicator report gives `indicator`, each with its key as data: the one
    // list the dialog and the dashboard's filter offer.
    static void fillBreakdowns(QComboBox *box, const QString &indicator);

private:
    void updateUnit();

    QComboBox *m_country = nullptr;
    QComboBox *m_indicator = nullptr;
    QComboBox *m_breakdown = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_unit = nullptr;
    QDoubleSpinBox *m_baselineValue = nullptr;
    QSpinBox *m_baselineYear = nullptr;
    QDoubleSpinBox *m_targetValue = nullptr;
    QDateEdit *m_targetDate = nullptr;
    QTableWidget *m_milestones = nullptr;
    QPushButton *m_addMilestone = nullptr;
    QPushButton *m_removeMilestone = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigia
