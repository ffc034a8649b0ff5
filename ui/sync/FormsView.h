#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vigia {

class Workspace;

// The coordinator's form list: every form version of the workspace, whether
// it is published to the project, a button that publishes the selected one
// (FormPublication): it reaches every member with the next bundles, and one
// that imports a form from a file (ImportFormDialog).
class FormsView : public QWidget
{
    Q_OBJECT

public:
    explicit FormsView(Workspace &ws, QWidget *parent = nullptr);

    void refresh();
    [[nodiscard]] int rowCount() const;
    // Selects the row of that version, so a form just imported is one click
    // from being published.
    void selectForm(const QString &formId, const QString &version);
    // Opens the import dialog, window-modal; the list follows its imports.
    void showImport();

signals:
    void published(const QString &formId, const QString &version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void publishSelected();

    Workspace &m_ws;
    // (form id, version) per table row.
    QList<QPair<QString, QString>> m_rows;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace vigia
