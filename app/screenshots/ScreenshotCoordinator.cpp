// The coordinator's views, on Carla's workspace after the sample project's
// bundles arrived: the inbox, the records list with review states and a
// record's comment thread, a narrative Ana and Carla both changed (the
// conflict, its line diff, and the record's history), the devices, and the
// form list with a published version. The extra work (Ana's second bundle,
// reviews, comments, a publication) is invented here; it comes after every
// view of Ana's records, and the views written after it (settings, about,
// the lock screen) show no record.
#include "screenshots/ScreenshotWriter.h"

#include "crypto/DeviceKeys.h"
#include "project/JoinRequest.h"
#include "screenshots/ScreenshotSamples.h"
#include "store/CommentStore.h"
#include "store/FormPublication.h"
#include "store/RecordFilter.h"
#include "store/RecordStore.h"
#include "store/ReviewStore.h"
#include "store/Workspace.h"
#include "ui/codebook/CodebookModel.h"
#include "ui/records/RecordEditor.h"
#include "ui/records/RecordHistoryPanel.h"
#include "ui/records/RecordListModel.h"
#include "ui/records/RecordsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/ConflictsView.h"
#include "ui/sync/FormsView.h"
#include "ui/sync/InboxView.h"
#include "ui/sync/ProjectDevicesPanel.h"
#include "ui/sync/SyncPage.h"

#include <QDir>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

namespace vigia {

namespace {
const QString kNarrative = QStringLiteral("narrative");

// Invented words, one set per interface language (researchers and
// coordinators write in theirs).
struct Texts
{
    const char *language;
    const char *anaAddition;   // Ana's second look at the online finding
    const char *carlaAddition; // Carla's edit of the same narrative
    const char *askDate;       // on Bruno's date
    const char *askSource;     // on the whole record
};

const Texts kTexts[] = {
    {"en", "\nThe ads were taken down two days later.",
     "\nReported to the cybercrime unit on the same day.",
     "Which night was this? The date is the day you wrote it down.",
     "Please say how you learned of it: were you on the boat, or did someone tell you?"},
    {"es", "\nLos avisos se retiraron dos días después.",
     "\nSe denunció a la unidad de delitos informáticos el mismo día.",
     "¿Qué noche fue? La fecha es el día en que usted lo anotó.",
     "Indique cómo se enteró: ¿estaba usted en el barco o alguien se lo contó?"},
    {"pt", "\nOs anúncios foram retirados dois dias depois.",
     "\nDenunciado à unidade de crimes cibernéticos no mesmo dia.",
     "Que noite foi essa? A data é o dia em que você anotou.",
     "Diga como soube: você estava no barco ou alguém contou?"},
};

const Texts &texts()
{
    const QString language = CodebookModel::interfaceLanguage();
    for (const Texts &t : kTexts) {
        if (language == QLatin1String(t.language))
            return t;
    }
    return kTexts[0];
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The first finalized finding of `country` Carla holds.
Result<QUuid> findingOf(Workspace &carla, const char *country)
{
    RecordFilter filter;
    filter.country = QString::fromLatin1(country);
    auto records = carla.records().list(filter);
    if (!records)
        return records.error();
    for (const Record &r : records.value()) {
        if (r.formId == QLatin1String("qualitative_finding") && r.status == RecordStatus::Finalized)
            return r.id;
    }
    return Error(ErrorCode::NotFound,
                 ScreenshotWriter::tr("The sample data has no finding of %1.").arg(filter.country));
}

// Reopens the record and adds a line to its narrative, as a draft.
Status editNarrative(Workspace &ws, const QUuid &id, const char *addition)
{
    auto record = ws.records().get(id);
    if (!record)
        return record.error();
    const QString text = record.value().values.value(kNarrative).toString() + s(addition);
    if (Status st = ws.records().reopen(id); !st)
        return st;
    return ws.records().setValues(id, {{kNarrative, text}});
}
} // namespace

QStringList ScreenshotWriter::coordinatorViews()
{
    return {QStringLiteral("coordinator_inbox"),
            QStringLiteral("coordinator_review"),
            QStringLiteral("coordinator_record_comments"),
            QStringLiteral("coordinator_conflicts"),
            QStringLiteral("coordinator_history"),
            QStringLiteral("coordinator_devices"),
            QStringLiteral("coordinator_forms")};
}

Status ScreenshotWriter::addCoordinatorWork(ScreenshotSamples &samples, QUuid *conflicted,
                                            QUuid *reviewed)
{
    Workspace &carla = samples.coordinator();
    Workspace &ana = samples.researcher();
    const Texts &t = texts();
    // Ana and Carla each add a line to the online finding before either
    // sees the other's: a conflict with a narrative diff.
    auto online = findingOf(carla, "AR");
    if (!online)
        return online.error();
    *conflicted = online.value();
    // Both edit before either finalizes: a finalized value is based on its
    // own draft, so an edit begun after the other's finalize has seen it.
    if (Status st = editNarrative(ana, online.value(), t.anaAddition); !st)
        return st;
    if (Status st = editNarrative(carla, online.value(), t.carlaAddition); !st)
        return st;
    if (Status st = ana.records().finalize(online.value()); !st)
        return st;
    if (Status st = carla.records().finalize(online.value()); !st)
        return st;
    QTemporaryDir stick;
    if (!stick.isValid())
        return Error(ErrorCode::Io, tr("Cannot create a temporary folder for the screenshots."));
    const QString folder = QDir(stick.path()).filePath(QStringLiteral("ana"));
    if (!samples.researcherSync().exportChangesTo(folder))
        return Error(ErrorCode::Failure, samples.researcherSync().statusText());
    if (!samples.coordinatorSync().importBundles({folder}))
        return Error(ErrorCode::Failure, samples.coordinatorSync().statusText());

    // Bruno's port finding needs changes, with two questions; the bus
    // terminal finding is approved.
    auto port = findingOf(carla, "BR");
    if (!port)
        return port.error();
    *reviewed = port.value();
    ReviewStore reviews(carla.database(), carla.oplog(), carla.role());
    if (Status st = reviews.set(port.value(), ReviewState::NeedsChanges); !st)
        return st;
    if (auto coded = findingOf(carla, "PY"); coded) {
        if (Status st = reviews.set(coded.value(), ReviewState::Approved); !st)
            return st;
    }
    CommentStore comments(carla.database(), carla.oplog(), carla.role());
    if (auto c = comments.add(port.value(), QStringLiteral("date"), s(t.askDate)); !c)
        return c.error();
    if (auto c = comments.add(port.value(), QString(), s(t.askSource)); !c)
        return c.error();

    auto published = FormPublication(carla.database(), carla.oplog(), carla.forms(), carla.role())
                         .publish(QStringLiteral("qualitative_finding"));
    if (!published)
        return published.error();
    return {};
}

Status ScreenshotWriter::writeCoordinator(ScreenshotSamples &samples, const Shots &shots)
{
    QUuid conflicted;
    QUuid reviewed;
    if (Status st = addCoordinatorWork(samples, &conflicted, &reviewed); !st)
        return st;

    SyncPage &page = samples.coordinatorSync();
    page.refresh();
    page.show();
    const struct
    {
        QWidget *tab;
        const char *view;
    } tabs[] = {{page.inboxView(), "coordinator_inbox"},
                {page.conflictsView(), "coordinator_conflicts"},
                {page.formsView(), "coordinator_forms"}};
    page.inboxView()->refresh();
    page.conflictsView()->refresh();
    page.formsView()->refresh();
    for (const auto &tab : tabs) {
        page.tabs()->setCurrentWidget(tab.tab);
        // The conflict's two sides and their diff show for the selected one.
        if (auto *table = tab.tab->findChild<QTableWidget *>(QStringLiteral("conflictsTable")))
            table->selectRow(0);
        if (Status st = save(&page, shots, QLatin1String(tab.view)); !st)
            return st;
    }
    // The devices with their last bundle and clock, on the project tab.
    page.tabs()->setCurrentIndex(0);
    auto *devices = page.findChild<ProjectDevicesPanel *>();
    if (!devices)
        return Error(ErrorCode::Failure, tr("The devices list is missing."));
    // A phone waiting to join, as the hub would list it (invented keys).
    const DeviceKeys phone = DeviceKeys::generate(QUuid::createUuid());
    JoinRequest waiting;
    waiting.deviceId = phone.deviceId.toRfc4122();
    waiting.name = QStringLiteral("Diego - phone");
    waiting.role = roleName(Role::Researcher);
    waiting.signPk = phone.signPublicKey;
    waiting.boxPk = phone.boxPublicKey;
    devices->setPendingRequests({waiting});
    page.resize(1024, 820);
    if (Status st = save(devices->parentWidget(), shots, QStringLiteral("coordinator_devices"));
        !st)
        return st;
    devices->setPendingRequests({});
    page.hide();

    MainWindow window(samples.coordinator());
    window.setAutoLockInterval(std::chrono::milliseconds(0));
    // Wide enough for the review column, the list's last.
    window.resize(1400, 680);
    window.show();
    window.showPage(MainWindow::RecordsView);
    auto *records = window.findChild<RecordsPage *>();
    if (!records)
        return Error(ErrorCode::Failure, tr("The Records view is missing."));
    if (const int row = records->model()->rowOf(reviewed); row >= 0)
        records->view()->setCurrentIndex(records->model()->index(row, 0));
    // "Needs changes" is the longest state, in bold: wider than the header.
    records->view()->resizeColumnToContents(RecordListModel::ReviewColumn);
    if (Status st = save(&window, shots, QStringLiteral("coordinator_review")); !st)
        return st;

    window.resize(1400, 900);
    if (!records->openRecord(reviewed))
        return Error(ErrorCode::Failure, tr("The record for the screenshot did not open."));
    if (Status st = save(&window, shots, QStringLiteral("coordinator_record_comments")); !st)
        return st;
    records->closeEditor();
    RecordEditor *editor = records->openRecord(conflicted);
    if (!editor)
        return Error(ErrorCode::Failure, tr("The record for the screenshot did not open."));
    editor->showHistory(kNarrative);
    return save(&window, shots, QStringLiteral("coordinator_history"));
}

} // namespace vigia
