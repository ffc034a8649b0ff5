#pragma once

#include "store/Role.h"

#include <QDialog>

class QRadioButton;

namespace vigia {

class JoinRequest;

// Shows who asks to join and the fingerprint of their device key, so the
// coordinator can compare it with the person over the phone before
// approving: the file alone cannot prove who wrote it.
class JoinRequestDialog : public QDialog
{
    Q_OBJECT

public:
    explicit JoinRequestDialog(const JoinRequest &request, QWidget *parent = nullptr);

    // Researcher unless the approver chose Coordinator.
    [[nodiscard]] Role grantedRole() const;

private:
    QRadioButton *m_researcher = nullptr;
    QRadioButton *m_coordinator = nullptr;
};

} // namespace vigia
