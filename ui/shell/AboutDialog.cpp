#include "ui/shell/AboutDialog.h"

#include "project/RuntimeVersions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigia {

namespace {
constexpr int kIconSize = 64;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_licence(new QLabel(this))
    , m_runtimeHeading(new QLabel(this))
    , m_runtime(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    m_summary->setObjectName(QStringLiteral("aboutSummary"));
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_runtime->setObjectName(QStringLiteral("runtimeVersions"));
    const QIcon icon = QGuiApplication::windowIcon();
    if (!icon.isNull())
        m_icon->setPixmap(icon.pixmap(kIconSize, kIconSize));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_title, m_summary, m_licence}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_licence->setTextInteractionFlags(m_licence->textInteractionFlags() |
                                       Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_licence->setOpenExternalLinks(true);
    m_runtimeHeading->setBuddy(m_runtime);
    m_runtime->setColumnCount(2);
    m_runtime->setRootIsDecorated(false);
    m_runtime->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_runtime->header()->setStretchLastSection(true);
    for (const RuntimeVersions::Library &library : RuntimeVersions::list())
        m_runtime->addTopLevelItem(new QTreeWidgetItem({library.name, library.version}));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_summary);
    texts->addWidget(m_licence);
    heading->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(m_runtimeHeading);
    layout->addWidget(m_runtime);
    layout->addWidget(buttons);
    retranslate();
    resize(520, 440);
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Vigia"));
    m_title->setText(tr("Vigia %1").arg(QCoreApplication::applicationVersion()));
    m_summary->setText(tr("Offline-first monitoring of the sexual exploitation of children in "
                          "Latin America and the Caribbean."));
    // The SPDX identifier stays as it is: it is what licence checkers read.
    m_licence->setText(
        tr("Free software: you can redistribute it and change it under the terms of the GNU "
           "General Public License, version 3 or any later version (%1). There is no "
           "warranty. <a href=\"%2\">Read the licence</a>.")
            .arg(QStringLiteral("GPL-3.0-or-later"),
                 QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    m_runtimeHeading->setText(tr("Libraries in use:"));
    m_runtime->setHeaderLabels({tr("Library"), tr("Version")});
    m_runtime->setAccessibleName(tr("Libraries in use"));
}

} // namespace vigia
