#pragma once

#include <QList>
#include <QPair>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace vigia {

class RecordHistoryModel;
class Workspace;

// Beside the form: every change of the open record, or of one answer, as
// `vigiactl history` shows it (core History): who, when, the value, the
// bundle that brought it, conflict marks; below, each writer's chain status
// and whether its clock was found ahead. Read-only. It reads the log only
// while shown, since History verifies every chain.
class RecordHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // A long value is elided in its middle here; the tooltip holds all of it.
    static constexpr int kValueChars = 32;

    RecordHistoryPanel(Workspace &ws, const QUuid &record, QWidget *parent = nullptr);

    // (field name, label people read) in form order, for the answer choice.
    void setFields(const QList<QPair<QString, QString>> &fields);
    // Filters to one answer (empty: every answer) and reads the history.
    void showField(const QString &field);
    [[nodiscard]] QString field() const;
    // Reads the history now.
    void reload();
    // The record changed: read again now if shown, else when next shown.
    void invalidate();

    [[nodiscard]] RecordHistoryModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *fieldChoice() const { return m_field; }
    // The devices' chain and clock lines, as shown.
    [[nodiscard]] QString devicesText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillFieldChoice();
    void showDevices();

    Workspace &m_ws;
    QUuid m_record;
    QList<QPair<QString, QString>> m_fields;
    bool m_stale = true; // changed since last read, or never read
    QString m_error;
    RecordHistoryModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QComboBox *m_field = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_devices = nullptr;
};

} // namespace vigia
