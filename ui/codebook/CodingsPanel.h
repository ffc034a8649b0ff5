#pragma once

#include "ui/codebook/CodingController.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace vigia {

// The codings of one narrative: code, quoted text and memo, detached ones
// marked. Selecting one selects its text in the editor; its memo can be
// edited and the coding removed.
class CodingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CodingsPanel(QWidget *parent = nullptr);

    // The panel follows one controller at a time; nullptr shows nothing.
    void setController(CodingController *controller);
    [[nodiscard]] CodingController *controller() const { return m_controller; }
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QUuid currentCoding() const;

    void saveMemo();
    void removeCurrent();
    // Asks for another code for the selected coding.
    void changeCurrentCode();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showCurrent();
    void retranslate();
    void report(const QString &error);

    QPointer<CodingController> m_controller;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_memoLabel = nullptr;
    QPlainTextEdit *m_memo = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_saveMemo = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_changeCode = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace vigia
