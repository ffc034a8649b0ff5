#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace vigia {

// Asks a coordinator for what a new project needs: its name, its country
// (from the reference data) and, optionally, the hub's address.
class ProjectSetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProjectSetupDialog(QWidget *parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString country() const; // ISO code, e.g. "BR"
    [[nodiscard]] QString hubUrl() const;

private:
    void updateOk();

    QLineEdit *m_name = nullptr;
    QComboBox *m_country = nullptr;
    QLineEdit *m_hub = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigia
