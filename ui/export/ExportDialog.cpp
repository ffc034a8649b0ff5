#include "ui/export/ExportDialog.h"

#include "export/Exporter.h"
#include "qda/RefiQdaExport.h"
#include "store/FormStore.h"
#include "store/Workspace.h"
#include "ui/common/WorkspaceTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vigia {

namespace {
int s_running = 0; // GUI thread only
// The bar's range: records can pass what an int holds.
constexpr int kBarSteps = 1000;
// The format box's value for REFI-QDA, which is not a record-table format
// of ExportOptions but RefiQdaExport's codebook and coded narratives.
constexpr int kRefiQda = 100;
} // namespace

// What the worker and the dialog share: the worker may outlive the dialog.
struct ExportDialog::Shared
{
    std::atomic_bool cancel = false;
    std::optional<Result<Exporter::Outcome>> outcome;
};

ExportDialog::ExportDialog(Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("exportForm"));
    m_formatLabel = new QLabel(this);
    m_formatLabel->setBuddy(m_format);
    m_formLabel = new QLabel(this);
    m_formLabel->setBuddy(m_form);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setText(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                          .filePath(QStringLiteral("vigia-export")));
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    const auto box = [this](const char *name) {
        auto *b = new QCheckBox(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_deidentify = box("exportDeidentify");
    m_pseudonymize = box("exportPseudonymize");
    m_includeText = box("exportIncludeText");
    m_coarsenDates = box("exportCoarsenDates");
    m_bom = box("exportBom");
    m_includeRejected = box("exportIncludeRejected");
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, kBarSteps);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("exportClose"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_formLabel, m_form);
    form->addRow(m_folderLabel, folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    for (QCheckBox *b :
         {m_deidentify, m_pseudonymize, m_includeText, m_coarsenDates, m_bom, m_includeRejected})
        layout->addWidget(b);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    // Only the form ids: the list says which forms hold what, never data.
    if (auto forms = m_ws.forms().list()) {
        QStringList ids;
        for (const FormStore::Entry &e : forms.value())
            if (!ids.contains(e.formId))
                ids.append(e.formId);
        m_form->addItem(QString(), QString());
        for (const QString &id : ids)
            m_form->addItem(id, id);
    }
    m_format->addItem(QStringLiteral("CSV"), int(ExportOptions::Format::Csv));
    m_format->addItem(QStringLiteral("XLSX"), int(ExportOptions::Format::Xlsx));
    m_format->addItem(QStringLiteral("SPSS"), int(ExportOptions::Format::Spss));
    m_format->addItem(QString(), kRefiQda);

    connect(m_export, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_deidentify, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    retranslate();
    updateEnabled();
}

ExportDialog::~ExportDialog()
{
    // The worker holds its own share; tell it to stop if it still runs.
    if (m_shared)
        m_shared->cancel = true;
    if (m_running)
        --s_running;
}

bool ExportDialog::isRunning()
{
    return s_running > 0;
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export records"));
    m_formatLabel->setText(tr("&Format:"));
    m_formLabel->setText(tr("F&orm:"));
    m_form->setItemText(0, tr("Every form"));
    m_format->setItemText(m_format->findData(kRefiQda),
                          tr("REFI-QDA (codebook and coded narratives)"));
    m_folderLabel->setText(tr("Fo&lder:"));
    m_browse->setText(tr("&Browse…"));
    m_deidentify->setText(tr("&De-identify: remove what may identify a person"));
    m_deidentify->setToolTip(
        tr("Removes the fields marked sensitive and the free text, replaces record ids by "
           "pseudonyms and adds count tables by country with small cells suppressed."));
    m_pseudonymize->setText(tr("Replace sensitive answers by &pseudonyms instead"));
    m_includeText->setText(tr("Keep free &text"));
    m_coarsenDates->setText(tr("Keep only the &month of dates"));
    m_coarsenDates->setToolTip(tr("Record ids become pseudonyms too: an id holds the moment its "
                                  "record was made."));
    m_bom->setText(tr("Byte order mark for E&xcel (CSV)"));
    m_includeRejected->setText(tr("Include re&jected records"));
    m_export->setText(tr("&Export"));
    m_close->setText(m_running ? tr("&Cancel") : tr("Clo&se"));
    m_progress->setAccessibleName(tr("Export progress"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::updateEnabled()
{
    const bool idle = !m_running;
    const bool deidentify = m_deidentify->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_format, m_folder, m_browse, m_deidentify})
        w->setEnabled(idle);
    // REFI-QDA carries the codebook and every coded narrative of the
    // records an analyst may build on: the record-table options do not apply.
    const bool tables = m_format->currentData().toInt() != kRefiQda;
    for (QWidget *w : std::initializer_list<QWidget *>{m_form, m_coarsenDates, m_includeRejected})
        w->setEnabled(idle && tables);
    m_pseudonymize->setEnabled(idle && deidentify && tables);
    m_includeText->setEnabled(idle && deidentify);
    m_bom->setEnabled(idle && m_format->currentData().toInt() == int(ExportOptions::Format::Csv));
    m_export->setEnabled(idle && !m_folder->text().trimmed().isEmpty());
}

Result<Exporter::Outcome> ExportDialog::runRefiQda(Workspace &ws, const QString &folder,
                                                   const ExportOptions &options,
                                                   const Exporter::Progress &progress)
{
    RefiQdaExport::Options o;
    o.language = QLocale().name();
    o.deidentify = options.deidentify;
    o.includeText = options.includeText;
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::Io, tr("Could not create the folder %1. Check the path and its "
                                       "permissions, then export again.")
                                        .arg(QDir::toNativeSeparators(folder)));
    auto r = RefiQdaExport::run(ws, folder, o,
                                [&progress](int done, int total) { return progress(done, total); });
    if (!r)
        return r.error();
    Exporter::Outcome out;
    out.records = r.value().records;
    out.cancelled = r.value().cancelled;
    for (const QString &f : r.value().files)
        out.files.append(QFileInfo(f).fileName());
    return out;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    const int format = m_format->currentData().toInt();
    o.format = format == kRefiQda ? ExportOptions::Format::Csv : ExportOptions::Format(format);
    o.formId = m_form->currentData().toString();
    o.deidentify = m_deidentify->isChecked();
    o.sensitive = o.deidentify && m_pseudonymize->isChecked()
                      ? ExportOptions::Sensitive::Pseudonymize
                      : ExportOptions::Sensitive::Drop;
    o.includeText = o.deidentify && m_includeText->isChecked();
    o.coarsenDates = m_coarsenDates->isChecked();
    o.bom = o.format == ExportOptions::Format::Csv && m_bom->isChecked();
    o.includeRejected = m_includeRejected->isChecked();
    return o;
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::browse()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export into"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void ExportDialog::start()
{
    if (m_running)
        return;
    const ExportOptions options = this->options();
    const bool refiQda = m_format->currentData().toInt() == kRefiQda;
    const QString folder = m_folder->text().trimmed();
    m_shared = std::make_shared<Shared>();
    m_running = true;
    ++s_running;
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    retranslate();
    updateEnabled();

    const std::shared_ptr<Shared> shared = m_shared;
    QPointer<ExportDialog> self(this);
    WorkspaceTask::withSibling(
        this, m_ws,
        [shared, options, folder, self, refiQda](Workspace &sibling) {
            const auto report = [shared, self](qint64 d, qint64 t) {
                // Queued to the dialog; dropped if it is gone.
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, d, t] {
                            if (self)
                                self->progress(d, t);
                        },
                        Qt::QueuedConnection);
                return !shared->cancel;
            };
            if (refiQda) {
                shared->outcome = runRefiQda(sibling, folder, options, report);
                return;
            }
            Exporter exporter(sibling.database(), sibling.forms());
            shared->outcome = exporter.run(folder, options, report);
        },
        [this, shared, folder](Status opened) {
            if (!opened) {
                done(tr("The export could not start: %1").arg(opened.error().message()), false);
                return;
            }
            const Result<Exporter::Outcome> &outcome = *shared->outcome;
            if (!outcome)
                done(tr("The export failed and wrote nothing: %1").arg(outcome.error().message()),
                     false);
            else if (outcome.value().cancelled)
                done(tr("Export cancelled; nothing was written."), false);
            else
                done(tr("Exported %n record(s) into %1.", nullptr, int(outcome.value().records))
                         .arg(QDir::toNativeSeparators(folder)),
                     true);
        });
}

void ExportDialog::progress(qint64 done, qint64 total)
{
    if (!m_running)
        return;
    m_progress->setValue(total > 0 ? int(done * kBarSteps / total) : 0);
}

void ExportDialog::done(const QString &message, bool written)
{
    m_running = false;
    --s_running;
    m_shared.reset();
    if (written)
        m_progress->setValue(kBarSteps);
    m_status->setText(message);
    m_close->setEnabled(true);
    retranslate();
    updateEnabled();
    emit finished(written);
}

void ExportDialog::cancel()
{
    if (!m_running || !m_shared)
        return;
    m_shared->cancel = true;
    m_status->setText(tr("Cancelling…"));
    m_close->setEnabled(false);
}

void ExportDialog::reject()
{
    // Escape and Close while running mean Cancel: the dialog stays to say
    // that nothing was written.
    if (m_running) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace vigia
