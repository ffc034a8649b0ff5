#pragma once

#include "store/Role.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace vigia {

// The device's name and the person's role; the last page, so it also shows
// the wizard's progress while the workspace is created and any error.
class SetupDevicePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupDevicePage(QWidget *parent = nullptr);

    [[nodiscard]] QString deviceName() const;
    // Role::Researcher or Role::Coordinator.
    [[nodiscard]] Role role() const;
    [[nodiscard]] bool isComplete() const override;
    // The last page of its path (the restore page comes after it by id).
    [[nodiscard]] int nextId() const override { return -1; }

    void setBusy(bool busy);
    void showError(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    QLabel *m_roleLabel = nullptr;
    QRadioButton *m_researcher = nullptr;
    QRadioButton *m_coordinator = nullptr;
    QLabel *m_roleHint = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    bool m_isBusy = false;
};

} // namespace vigia
