#include "ui/sync/ProjectSetupDialog.h"

#include "reference/ReferenceData.h"
#include "ui/common/PlaceholderFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vigia {

ProjectSetupDialog::ProjectSetupDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("projectSetupDialog"));
    setWindowTitle(tr("Create project"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_name->setAccessibleName(tr("Project name"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("projectCountry"));
    m_country->setAccessibleName(tr("Country"));
    m_hub = new QLineEdit(this);
    m_hub->setObjectName(QStringLiteral("projectHub"));
    m_hub->setAccessibleName(tr("Hub address"));
    m_hub->setPlaceholderText(tr("Optional, e.g. https://hub.example.org"));
    fitPlaceholder(m_hub);

    static const auto reference = ReferenceData::loadFromResources();
    if (reference) {
        const QString lang = QLocale().name();
        QList<Country> countries = reference.value().countries();
        std::sort(countries.begin(), countries.end(), [&lang](const Country &a, const Country &b) {
            return QString::localeAwareCompare(a.name(lang), b.name(lang)) < 0;
        });
        for (const Country &c : countries)
            m_country->addItem(c.name(lang), c.code);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("&Hub address:"), m_hub);
    auto *note = new QLabel(tr("This computer will hold the project key. Keep the workspace "
                               "and its passphrase safe: without the key nobody can approve "
                               "new members."),
                            this);
    note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create the project"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProjectSetupDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    updateOk();
}

QString ProjectSetupDialog::name() const
{
    return m_name->text().trimmed();
}

QString ProjectSetupDialog::country() const
{
    return m_country->currentData().toString();
}

QString ProjectSetupDialog::hubUrl() const
{
    return m_hub->text().trimmed();
}

void ProjectSetupDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!name().isEmpty() && m_country->currentIndex() >= 0);
}

} // namespace vigia
