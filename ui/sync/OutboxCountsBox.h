#pragma once

#include <QGroupBox>

class QLabel;

namespace vigia {

class OutboxSummary;

// "Your records and codings" on the Sync page: one count of this device's
// records and codings in each state of the USB exchange (not yet exported,
// on their way (on a stick or to the hub) waiting for a receipt, received by the coordinator).
class OutboxCountsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OutboxCountsBox(QWidget *parent = nullptr);

    void retranslate();
    void setSummary(const OutboxSummary &summary);
    // The counts could not be read: said where they would be.
    void setError(const QString &message);

private:
    QLabel *m_notExported;
    QLabel *m_onStick;
    QLabel *m_received;
};

} // namespace vigia
