#pragma once

#include "common/Result.h"
#include "forms/XlsFormImport.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace vigia {

class FormFileReader;
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
//
// The file is read and converted on a worker thread (a workbook with
// thousands of choices takes a moment), with the dialog busy and its buttons
// other than Close disabled meanwhile; the store is written afterwards on
// the interface thread, which owns the workspace's database. Closing the
// dialog while a file is read abandons the import: nothing is stored.
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
    // Starts importing the chosen file (what Import does); importFinished
    // follows. Waits first for the reading of a newly chosen workbook.
    void startImport();
    // startImport(), then waits for importFinished while the event loop
    // runs, for scripted callers; false when nothing was imported (the
    // reasons are shown).
    bool importForm();
    // A file is being read: for the workbook's choice files or to import it.
    [[nodiscard]] bool isBusy() const;
    // What the last import said: the first line, then each warning or reason.
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QStringList messages() const;

signals:
    // Also for an unchanged re-import: the version is in the workspace.
    void imported(const QString &formId, const QString &version);
    // Every import started ends here, imported or refused, unless the dialog
    // was closed meanwhile.
    void importFinished(bool imported);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browseFile();
    void browseFolder();
    // Reads the chosen workbook once for the choice files it names.
    void inspect();
    void updateEnabled();
    void setReading(bool reading);
    // Stores what was read and shows the outcome.
    bool store(const Result<XlsFormImport> &read);
    void showRefusal(const Error &error, const QStringList &warnings);
    void showMessages(const QStringList &lines);

    Workspace &m_ws;
    QStringList m_choiceFiles;     // named by the chosen workbook
    QString m_inspected;           // the file m_choiceFiles come from
    bool m_folderFromFile = false; // the folder is the workbook's, not picked
    FormFileReader *m_reader = nullptr;
    bool m_importAfterReading = false; // Import pressed while the workbook was inspected
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
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace vigia
