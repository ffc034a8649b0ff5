#pragma once

#include "export/Exporter.h"
#include "export/ExportOptions.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vigia {

class Workspace;

// Export the records (docs/exports.md): format, form, de-identification
// options and the folder; the export runs on a worker thread with its own
// connection to the store (WorkspaceTask::withSibling, as the bundle
// transfers do), with a progress bar and Cancel. A cancelled export leaves
// no file. Escape or Close while it runs cancel it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `ws` must outlive the dialog.
    explicit ExportDialog(Workspace &ws, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // True while any export runs: the window waits for it before locking.
    [[nodiscard]] static bool isRunning();
    [[nodiscard]] bool isExporting() const { return m_running; }

    // The options as the dialog shows them.
    [[nodiscard]] ExportOptions options() const;
    void setFolder(const QString &folder);

    // Starts the export (what the Export button does).
    void start();
    // Asks a running export to stop (what Cancel does while it runs).
    void cancel();

signals:
    // The export ended: written, cancelled or failed (the dialog shows which).
    void finished(bool written);

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    struct Shared;
    // On the worker: RefiQdaExport, its outcome told as an export's.
    [[nodiscard]] static Result<Exporter::Outcome> runRefiQda(Workspace &ws, const QString &folder,
                                                              const ExportOptions &options,
                                                              const Exporter::Progress &progress);
    void retranslate();
    void updateEnabled();
    void browse();
    void progress(qint64 done, qint64 total);
    void done(const QString &message, bool written);

    Workspace &m_ws;
    QComboBox *m_format = nullptr;
    QComboBox *m_form = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_formLabel = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_deidentify = nullptr;
    QCheckBox *m_pseudonymize = nullptr;
    QCheckBox *m_includeText = nullptr;
    QCheckBox *m_coarsenDates = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_includeRejected = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
    bool m_running = false;
    std::shared_ptr<Shared> m_shared;
};

} // namespace vigia
