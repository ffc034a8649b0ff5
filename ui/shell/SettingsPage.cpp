#include "ui/shell/SettingsPage.h"

#include "common/Language.h"
#include "store/Workspace.h"
#include "store/WorkspaceSettings.h"
#include "ui/common/LanguageNames.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/BackupGroup.h"
#include "ui/shell/ChangePassphraseDialog.h"
#include "ui/shell/RekeyStoreDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigia {

namespace {
QLineEdit *readOnlyField(const QString &name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    return field;
}
} // namespace

SettingsPage::SettingsPage(Workspace &ws, WorkspaceSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsPage"));

    m_interfaceBox = new QGroupBox(this);
    m_language = new QComboBox(m_interfaceBox);
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    LanguageNames::fill(m_language);
    LanguageNames::select(m_language, Language::resolve(QLocale().name()));
    m_autoLock = new QSpinBox(m_interfaceBox);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(0, WorkspaceSettings::kMaxAutoLockMinutes);
    // The workspace's value, checked against its MAC at open.
    m_autoLock->setValue(m_ws.autoLockMinutes());
    m_languageLabel = new QLabel(m_interfaceBox);
    m_languageLabel->setBuddy(m_language);
    m_autoLockLabel = new QLabel(m_interfaceBox);
    m_autoLockLabel->setBuddy(m_autoLock);
    auto *interfaceForm = new QFormLayout(m_interfaceBox);
    interfaceForm->addRow(m_languageLabel, m_language);
    interfaceForm->addRow(m_autoLockLabel, m_autoLock);

    m_formsBox = new QGroupBox(this);
    m_formLanguage = new QComboBox(m_formsBox);
    m_formLanguage->setObjectName(QStringLiteral("formLanguage"));
    // Form texts are keyed by plain language codes (FormText): "pt", not "pt_BR".
    m_formLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_formLanguage->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_formLanguage->addItem(QStringLiteral("Português"), QStringLiteral("pt"));
    m_formLanguage->setCurrentIndex(m_formLanguage->findData(m_settings.formLanguage()));
    m_formLanguageLabel = new QLabel(m_formsBox);
    m_formLanguageLabel->setBuddy(m_formLanguage);
    auto *formsForm = new QFormLayout(m_formsBox);
    formsForm->addRow(m_formLanguageLabel, m_formLanguage);

    m_deviceBox = new QGroupBox(this);
    m_deviceName = readOnlyField(QStringLiteral("deviceName"), m_deviceBox);
    m_deviceName->setText(m_ws.deviceName());
    m_role = readOnlyField(QStringLiteral("role"), m_deviceBox);
    m_fingerprint = readOnlyField(QStringLiteral("fingerprint"), m_deviceBox);
    m_fingerprint->setText(m_ws.fingerprint());
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintHint = new QLabel(m_deviceBox);
    m_fingerprintHint->setWordWrap(true);
    m_changePassphrase = new QPushButton(m_deviceBox);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphrase"));
    m_deviceNameLabel = new QLabel(m_deviceBox);
    m_deviceNameLabel->setBuddy(m_deviceName);
    m_roleLabel = new QLabel(m_deviceBox);
    m_roleLabel->setBuddy(m_role);
    m_fingerprintLabel = new QLabel(m_deviceBox);
    m_fingerprintLabel->setBuddy(m_fingerprint);
    auto *deviceForm = new QFormLayout(m_deviceBox);
    deviceForm->addRow(m_deviceNameLabel, m_deviceName);
    deviceForm->addRow(m_roleLabel, m_role);
    deviceForm->addRow(m_fingerprintLabel, m_fingerprint);
    deviceForm->addRow(QString(), m_fingerprintHint);
    deviceForm->addRow(QString(), m_changePassphrase);

    m_backupBox = new BackupGroup(m_ws, this);
    m_storeKeyBox = new QGroupBox(this);
    m_storeKeyBox->setObjectName(QStringLiteral("storeKeyBox"));
    m_storeKeyHint = new QLabel(m_storeKeyBox);
    m_storeKeyHint->setWordWrap(true);
    m_rekeyStore = new QPushButton(m_storeKeyBox);
    m_rekeyStore->setObjectName(QStringLiteral("rekeyStore"));
    auto *storeKeyLayout = new QVBoxLayout(m_storeKeyBox);
    storeKeyLayout->addWidget(m_storeKeyHint);
    storeKeyLayout->addWidget(m_rekeyStore, 0, Qt::AlignLeft);

    m_aboutBox = new QGroupBox(this);
    m_about = new QLabel(m_aboutBox);
    m_about->setObjectName(QStringLiteral("about"));
    m_about->setWordWrap(true);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *aboutLayout = new QVBoxLayout(m_aboutBox);
    aboutLayout->addWidget(m_about);

    auto *content = new QWidget;
    // Long fields across a wide window are hard to read.
    content->setMaximumWidth(820);
    auto *column = new QVBoxLayout(content);
    for (QGroupBox *box : {m_interfaceBox, m_formsBox, m_deviceBox, m_storeKeyBox,
                           static_cast<QGroupBox *>(m_backupBox), m_aboutBox})
        column->addWidget(box);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    // Tab goes straight to the controls (the area scrolls to the focused one).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_language, m_autoLock);
    setTabOrder(m_autoLock, m_formLanguage);
    setTabOrder(m_formLanguage, m_deviceName);
    setTabOrder(m_deviceName, m_role);
    setTabOrder(m_role, m_fingerprint);
    setTabOrder(m_fingerprint, m_changePassphrase);
    setTabOrder(m_changePassphrase, m_rekeyStore);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString lang = m_language->currentData().toString();
        m_settings.setInterfaceLanguage(lang);
        Language::install(lang);
    });
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        // Through the workspace: it writes the value with its MAC.
        m_ws.setAutoLockMinutes(minutes);
        emit autoLockMinutesChanged(minutes);
    });
    connect(m_changePassphrase, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
    connect(m_rekeyStore, &QPushButton::clicked, this, &SettingsPage::rekeyStore);
    connect(m_formLanguage, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setFormLanguage(m_formLanguage->currentData().toString()); });
    retranslate();
}

void SettingsPage::changePassphrase()
{
    ChangePassphraseDialog dialog(m_ws, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MessageBox::information(this, tr("Passphrase changed"),
                            tr("Your passphrase was changed. From now on, unlock Vigia with the "
                               "new one."));
}

void SettingsPage::rekeyStore()
{
    WorkspaceTask::Passphrase passphrase;
    {
        RekeyStoreDialog dialog(m_ws, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        passphrase = dialog.takePassphrase();
    }
    // Once the dialog is gone: the window closes the store next.
    if (passphrase)
        emit storeRekeyRequested(passphrase);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    {
        // The language may have been switched elsewhere (a test, the setup).
        const QSignalBlocker quiet(m_language);
        LanguageNames::select(m_language, Language::resolve(QLocale().name()));
    }
    m_interfaceBox->setTitle(tr("Interface"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Interface language"));
    m_autoLockLabel->setText(tr("Loc&k after:"));
    m_autoLock->setAccessibleName(tr("Minutes without activity before Vigia locks"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setToolTip(tr("Vigia locks itself after this many minutes without use. "
                              "Ctrl+L locks it at once."));

    m_formsBox->setTitle(tr("Forms"));
    m_formLanguageLabel->setText(tr("&Default form language:"));
    m_formLanguage->setAccessibleName(tr("Default form language"));
    m_formLanguage->setToolTip(tr("The language new and opened records show their questions "
                                  "in, independent of the interface language."));

    m_deviceBox->setTitle(tr("This device"));
    m_deviceNameLabel->setText(tr("Device name:"));
    m_deviceName->setAccessibleName(tr("Device name"));
    m_roleLabel->setText(tr("Role:"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setText(m_ws.role() == Role::Coordinator ? tr("Coordinator") : tr("Researcher"));
    m_fingerprintLabel->setText(tr("Fingerprint:"));
    m_fingerprint->setAccessibleName(tr("Device fingerprint"));
    m_fingerprintHint->setText(tr("Read it aloud to your coordinator when they approve this "
                                  "device: it must match what they see."));
    m_changePassphrase->setText(tr("Change &passphrase…"));

    m_storeKeyBox->setTitle(tr("Store key"));
    m_storeKeyHint->setText(tr("The records on this computer are encrypted with a key kept in "
                               "your keystore. If it may have got out, a new key keeps the old "
                               "one from opening the store from now on."));
    m_rekeyStore->setText(tr("Change the &store key…"));

    m_aboutBox->setTitle(tr("About Vigia"));
    m_about->setText(tr("Vigia %1 — offline-first monitoring of the sexual exploitation of "
                        "children in Latin America and the Caribbean.\nFree software under the "
                        "GNU General Public License, version 3 (GPL-3.0).")
                         .arg(QCoreApplication::applicationVersion()));
}

} // namespace vigia
