#pragma once

#include <QUuid>
#include <QWidget>

class QTextBrowser;

namespace vigia {

class Workspace;

// A read-only view of the selected record beside the list: its answers
// under the form's labels, in the interface language when the form has it.
class RecordPreview : public QWidget
{
    Q_OBJECT

public:
    explicit RecordPreview(Workspace &ws, QWidget *parent = nullptr);

    void showRecord(const QUuid &id);
    [[nodiscard]] const QUuid &recordId() const { return m_id; }
    [[nodiscard]] QString plainText() const;

private:
    Workspace &m_ws;
    QUuid m_id;
    QTextBrowser *m_text = nullptr;
};

} // namespace vigia
