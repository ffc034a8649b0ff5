#pragma once

#include "project/InboxEntry.h"

#include <QList>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigia {

class CountryFilterBox;
class Workspace;

// The coordinator's inbox (core Inbox): every bundle received, with its
// sender, times, counts and state, filtered by device, state and country; the reason
// and the way out of a quarantined or refused one; and the records the
// selected bundle changed.
class InboxView : public QWidget
{
    Q_OBJECT

public:
    explicit InboxView(Workspace &ws, QWidget *parent = nullptr);

    // Reads the inbox again, keeping the filters.
    void refresh();
    [[nodiscard]] int rowCount() const;
    [[nodiscard]] static QString stateText(InboxEntry::State state);

signals:
    // A record the person chose among those a bundle changed.
    void openRecordRequested(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDevices();
    void showSelected();
    void openRecords();

    Workspace &m_ws;
    QList<InboxEntry> m_entries;
    QComboBox *m_device = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    CountryFilterBox *m_country = nullptr;
    QLabel *m_countryLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace vigia
