#include "ui/forms/ImportFormDialog.h"

#include "forms/FormFile.h"
#include "store/FormStore.h"
#include "store/Role.h"
#include "store/Workspace.h"
#include "ui/common/SentenceLabel.h"
#include "ui/common/StatusLine.h"
#include "ui/forms/FormFileReader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <utility>

namespace vigia {

ImportFormDialog::ImportFormDialog(Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setObjectName(QStringLiteral("importFormDialog"));
    m_intro = new SentenceLabel(QStringLiteral("importIntro"), this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    m_browseFile = new QPushButton(this);
    m_browseFile->setObjectName(QStringLiteral("importBrowseFile"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("importFolder"));
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    m_browseFolder = new QPushButton(this);
    m_browseFolder->setObjectName(QStringLiteral("importBrowseFolder"));
    m_folderNote = new SentenceLabel(QStringLiteral("importFolderNote"), this);
    m_result = new StatusLine(QStringLiteral("importResult"), this);
    m_messages = new QListWidget(this);
    m_messages->setObjectName(QStringLiteral("importMessages"));
    m_messages->setWordWrap(true);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->hide();
    // Busy, not a percentage: the reader cannot say how far it is.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_reader = new FormFileReader(this);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importStart"));
    m_import->setDefault(true);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("importClose"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browseFile);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browseFolder);
    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_folderNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_messages, 1);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, &ImportFormDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportFormDialog::reject);
    connect(m_browseFile, &QPushButton::clicked, this, &ImportFormDialog::browseFile);
    connect(m_browseFolder, &QPushButton::clicked, this, &ImportFormDialog::browseFolder);
    connect(m_file, &QLineEdit::textChanged, this, &ImportFormDialog::updateEnabled);
    // A path typed by hand is read once the typing is done, not per letter.
    connect(m_file, &QLineEdit::editingFinished, this, &ImportFormDialog::inspect);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderFromFile = false; });
    connect(m_reader, &FormFileReader::readingChanged, this, &ImportFormDialog::setReading);
    resize(640, 420);
    retranslate();
    updateEnabled();
}

ImportFormDialog::~ImportFormDialog()
{
    // QDialog's destructor hides the dialog, and the line edit losing the
    // focus then would finish its editing into a half-destroyed dialog.
    disconnect(m_file, nullptr, this, nullptr);
}

void ImportFormDialog::setFormFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_inspected.clear(); // the same path may hold a changed workbook
    inspect();
}

void ImportFormDialog::setChoiceFolder(const QString &dir)
{
    m_folder->setText(QDir::toNativeSeparators(dir));
    m_folderFromFile = false;
}

QString ImportFormDialog::choiceFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void ImportFormDialog::browseFile()
{
    const QString start = m_file->text().trimmed().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_file->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a form file"), start,
        tr("XLSForm workbooks (*.xlsx);;Form definitions (*.json);;All files (*)"));
    if (!path.isEmpty())
        setFormFile(path);
}

void ImportFormDialog::browseFolder()
{
    const QString start = choiceFolder().isEmpty()
                              ? QFileInfo(m_file->text().trimmed()).absolutePath()
                              : choiceFolder();
    const QString dir = QFileDialog::getExistingDirectory(this,
                                                          tr("Choose the folder of the "
                                                             "choice files"),
                                                          start);
    if (!dir.isEmpty())
        setChoiceFolder(dir);
}

void ImportFormDialog::inspect()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    // Focus leaving the box finishes its editing too: read a file once.
    if (path == m_inspected && !path.isEmpty())
        return;
    m_inspected = path;
    const auto apply = [this, path](const QStringList &choiceFiles) {
        m_choiceFiles = choiceFiles;
        if (m_choiceFiles.isEmpty()) {
            if (m_folderFromFile)
                m_folder->clear();
            m_folderFromFile = false;
        } else if (choiceFolder().isEmpty() || m_folderFromFile) {
            // Choice files usually sit beside the workbook that names them.
            m_folder->setText(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
            m_folderFromFile = true;
        }
        retranslate();
    };
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) || !QFileInfo(path).isFile()) {
        m_reader->abandon(); // a workbook still being read is no longer wanted
        apply({});
        if (std::exchange(m_importAfterReading, false))
            startImport();
        return;
    }
    // Without a folder: only the names of the files are wanted here, and a
    // refusal is said when the person imports.
    m_reader->read(path, {}, [this, apply](const Result<XlsFormImport> &loaded) {
        apply(loaded ? loaded.value().choiceFiles() : QStringList());
        if (std::exchange(m_importAfterReading, false))
            startImport();
    });
}

void ImportFormDialog::updateEnabled()
{
    m_import->setEnabled(!m_reader->isReading() && !m_file->text().trimmed().isEmpty());
}

bool ImportFormDialog::isBusy() const
{
    return m_reader->isReading();
}

void ImportFormDialog::setReading(bool reading)
{
    m_progress->setVisible(reading);
    m_browseFile->setEnabled(!reading);
    m_browseFolder->setEnabled(!reading);
    // The file read is the one shown.
    m_file->setReadOnly(reading);
    m_folder->setReadOnly(reading);
    updateEnabled();
}

void ImportFormDialog::reject()
{
    // A read still running is abandoned: its result is dropped unseen, and
    // a workbook being inspected is read again if the dialog is shown again.
    if (m_reader->isReading())
        m_inspected.clear();
    m_reader->abandon();
    m_importAfterReading = false;
    m_result->showMessage({});
    QDialog::reject();
}

void ImportFormDialog::startImport()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return;
    if (m_reader->isReading()) {
        // The workbook is still inspected for its choice files, which decide
        // the folder: the import follows.
        m_importAfterReading = true;
        return;
    }
    m_messages->clear();
    m_messages->hide();
    m_result->showMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_reader->read(path, choiceFolder(), [this](const Result<XlsFormImport> &loaded) {
        emit importFinished(store(loaded));
    });
}

bool ImportFormDialog::importForm()
{
    // Whatever was pending (a workbook being inspected) first.
    inspect();
    QEventLoop loop;
    bool imported = false;
    const auto connection = connect(this, &ImportFormDialog::importFinished, &loop, [&](bool ok) {
        imported = ok;
        loop.quit();
    });
    // Closing the dialog ends the wait too, with nothing imported.
    const auto closed = connect(this, &QDialog::rejected, &loop, &QEventLoop::quit);
    startImport();
    if (m_reader->isReading())
        loop.exec();
    disconnect(connection);
    disconnect(closed);
    return imported;
}

bool ImportFormDialog::store(const Result<XlsFormImport> &read)
{
    if (!read) {
        showRefusal(read.error(), {});
        return false;
    }
    const XlsFormImport &loaded = read.value();
    const FormDefinition &form = loaded.definition();
    auto outcome = m_ws.forms().importDefinition(form);
    if (!outcome) {
        showRefusal(outcome.error(), loaded.warnings());
        return false;
    }
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QString title = form.title().text(language, form.defaultLanguage());
    title = title.isEmpty() ? form.formId() : tr("%1 (%2)").arg(title, form.formId());
    QString text;
    if (outcome.value() == FormStore::ImportOutcome::Unchanged) {
        text = tr("Unchanged: the form %1, version %2, is already in this workspace exactly as "
                  "in this file, so nothing was imported.")
                   .arg(title, form.version());
    } else if (loaded.versionDerived()) {
        text = tr("Imported the form %1 as version %2. The workbook sets no version, so the "
                  "version comes from the form's content; to number versions yourself, add a "
                  "version column to its settings sheet.")
                   .arg(title, form.version());
    } else {
        text = tr("Imported the form %1, version %2.").arg(title, form.version());
    }
    if (outcome.value() == FormStore::ImportOutcome::Added && m_ws.role() == Role::Coordinator) {
        text += QLatin1Char(' ') + tr("It reaches the project's members once you publish it on "
                                      "the Forms tab of the Sync page.");
    }
    m_result->showMessage(text);
    showMessages(loaded.warnings());
    emit imported(form.formId(), form.version());
    return true;
}

void ImportFormDialog::showRefusal(const Error &error, const QStringList &warnings)
{
    m_result->showError(tr("The form was not imported, and nothing in the workspace changed. "
                           "Correct the file as each line below says, then import it again."));
    // FormStore lists one problem per line; the importer names one.
    QStringList lines = error.message().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines << warnings;
    showMessages(lines);
}

void ImportFormDialog::showMessages(const QStringList &lines)
{
    m_messages->clear();
    m_messages->addItems(lines);
    m_messages->setVisible(!lines.isEmpty());
}

QString ImportFormDialog::resultText() const
{
    return m_result->text();
}

QStringList ImportFormDialog::messages() const
{
    QStringList lines;
    for (int i = 0; i < m_messages->count(); ++i)
        lines << m_messages->item(i)->text();
    return lines;
}

void ImportFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportFormDialog::retranslate()
{
    setWindowTitle(tr("Import a form"));
    m_intro->setText(tr("Choose an XLSForm workbook (.xlsx), as made for ODK, KoboToolbox or "
                        "Ona, or a Vigia form definition (.json). The same file imported again "
                        "changes nothing; a changed form comes in as a new version beside the "
                        "old one."));
    m_fileLabel->setText(tr("&Form file:"));
    m_browseFile->setText(tr("&Browse…"));
    m_browseFile->setAccessibleName(tr("Choose the form file"));
    m_folderLabel->setText(tr("Folder of &choice files:"));
    m_browseFolder->setText(tr("Choose f&older…"));
    m_browseFolder->setAccessibleName(tr("Choose the folder of the choice files"));
    m_messages->setAccessibleName(tr("Warnings and problems of the import"));
    m_import->setText(tr("&Import"));
    m_close->setText(tr("Close"));
    if (m_choiceFiles.isEmpty()) {
        m_folderNote->setText(tr("Only for forms whose select_one_from_file rows read their "
                                 "choices from CSV or XML files: the folder that holds those "
                                 "files."));
    } else {
        m_folderNote->setText(
            tr("This form reads choices from %1. They are read from this folder, which starts "
               "as the workbook's own; leave it empty to import the form without them (those "
               "questions are then not asked).")
                .arg(m_choiceFiles.join(QStringLiteral(", "))));
    }
}

} // namespace vigia
