#pragma once

#include "common/Result.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigia {

class SentenceLabel;
class StatusLine;
class Workspace;

// Imports a form into the workspace from an XLSForm workbook (.xlsx) or a
// form definition (.json), as `vigiactl forms import` does and through the
// same code (FormFile, then FormStore::importDefinition), with the folder of
// the choice files a select_one_from_file row names. It shows what came of
// it: the form and the version it got, "unchanged" on re-import, each
// warning, or each reason for a refusal with its sheet, row and column; a
// refused form changes nothing in the workspace.
class ImportFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportFormDialog(Workspace &ws, QWidget *parent = nullptr);
    ~ImportFormDialog() override;

    // As if picked with Browse: a workbook that names choice files gets its
    // own folder as the folder of choice files, unless one was chosen.
    void setFormFile(const QString &path);
    void setChoiceFolder(const QString &dir);
    [[nodiscard]] QString choiceFolder() const;
    // Imports the chosen file; false when nothing was imported (the reasons
    // are shown).
    bool importForm();
    // What the last import said: the first line, then each warning or reason.
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QStringList messages() const;

signals:
    // Also for an unchanged re-import: the version is in the workspace.
    void imported(const QString &formId, const QString &version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browseFile();
    void browseFolder();
    // Reads the chosen workbook once for the choice files it names.
    void inspect();
    void updateEnabled();
    void showRefusal(const Error &error, const QStringList &warnings);
    void showMessages(const QStringList &lines);

    Workspace &m_ws;
    QStringList m_choiceFiles;     // named by the chosen workbook
    QString m_inspected;           // the file m_choiceFiles come from
    bool m_folderFromFile = false; // the folder is the workbook's, not picked
    SentenceLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browseFile = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browseFolder = nullptr;
    SentenceLabel *m_folderNote = nullptr;
    StatusLine *m_result = nullptr;
    QListWidget *m_messages = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace vigia
