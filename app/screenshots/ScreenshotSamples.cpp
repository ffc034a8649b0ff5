#include "screenshots/ScreenshotSamples.h"

#include "project/JoinRequest.h"
#include "project/ProjectAdmin.h"
#include "project/SignedFile.h"
#include "store/Codebook.h"
#include "store/CodingStore.h"
#include "store/FormStore.h"
#include "store/RecordStore.h"
#include "store/Workspace.h"
#include "ui/codebook/CodebookModel.h"
#include "ui/sync/SyncPage.h"

#include <QDir>

namespace vigia {

namespace {
const QString kForm = QStringLiteral("qualitative_finding");

// Invented, deliberately unspecific examples of the kind of finding the
// observatory records; no real place, person or case. Researchers write in
// their own language, so each interface language gets its own.
struct Texts
{
    const char *language;
    const char *coded; // bus terminal, PY
    const char *quotes[2];
    const char *memos[2];
    const char *border; // BR, incomplete
    const char *online; // AR
    const char *market; // BO
    const char *port;   // Bruno's, BR
    const char *search; // a word of two narratives
};

const Texts kTexts[] = {
    {"en",
     "At the bus terminal, adolescents arriving alone were approached by adults offering "
     "transport and work in another city. Staff said this happens every weekend and nobody "
     "reports it.",
     {"adults offering transport and work in another city", "nobody reports it"},
     {"Same offer as in the border crossing finding.", "Ask the terminal's management why."},
     "Border crossing: adolescents travelling without documents, no checks observed.",
     "Online: classified ads recruiting girls as 'models' for events abroad.",
     "Market area: children working late at night near bars; outreach team informed.",
     "Port area: a boat crew asked about 'young company' for the night.",
     "work"},
    {"es",
     "En la terminal de ómnibus, personas adultas que ofrecían transporte y trabajo en otra "
     "ciudad abordaban a adolescentes que llegaban sin compañía. El personal dijo que esto ocurre "
     "todos los fines de semana y que nadie lo denuncia.",
     {"personas adultas que ofrecían transporte y trabajo en otra ciudad", "nadie lo denuncia"},
     {"La misma oferta que en el hallazgo del paso fronterizo.",
      "Preguntar a la administración de la terminal por qué."},
     "Paso fronterizo: adolescentes que viajaban sin documentos, no se observaron controles.",
     "En línea: avisos clasificados que reclutan a chicas como 'modelos' para eventos en el "
     "exterior.",
     "Zona del mercado: niñas y niños trabajando de noche cerca de bares; se informó al equipo "
     "de calle.",
     "Zona portuaria: la tripulación de un barco preguntó por 'compañía joven' para la noche.",
     "trabaj"},
    {"pt",
     "No terminal rodoviário, pessoas adultas oferecendo transporte e trabalho em outra cidade "
     "abordavam adolescentes que chegavam sem companhia. A equipe do terminal disse que isso "
     "acontece todo fim de semana e ninguém denuncia.",
     {"pessoas adultas oferecendo transporte e trabalho em outra cidade", "ninguém denuncia"},
     {"A mesma oferta do achado na travessia de fronteira.",
      "Perguntar à administração do terminal por quê."},
     "Travessia de fronteira: adolescentes viajando sem documentos, nenhum controle observado.",
     "Online: anúncios classificados recrutando meninas como 'modelos' para eventos no exterior.",
     "Área do mercado: crianças trabalhando tarde da noite perto de bares; equipe de abordagem "
     "informada.",
     "Área portuária: a tripulação de um barco perguntou por 'companhia jovem' para a noite.",
     "trabalh"},
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

Result<std::unique_ptr<Workspace>> makeWorkspace(const QString &dir, const char *name, Role role)
{
    // Fast KDF limits: the workspaces are thrown away at the end of the run.
    return Workspace::create(dir, ScreenshotSamples::passphrase(), s(name), role,
                             KdfLimits::insecureForTests());
}
} // namespace

ScreenshotSamples::~ScreenshotSamples() = default;

QByteArray ScreenshotSamples::passphrase()
{
    return QByteArrayLiteral("screenshots only, never real data");
}

QString ScreenshotSamples::searchWord()
{
    return s(texts().search);
}

QString ScreenshotSamples::revocableName() const
{
    return m_bruno->deviceName();
}

Result<std::unique_ptr<ScreenshotSamples>> ScreenshotSamples::create(const QString &dir)
{
    std::unique_ptr<ScreenshotSamples> samples(new ScreenshotSamples);
    const QDir root(dir);
    auto ana = makeWorkspace(root.filePath(s("ana")), "Ana - laptop", Role::Researcher);
    if (!ana)
        return ana.error();
    samples->m_ana = ana.take();
    auto carla = makeWorkspace(root.filePath(s("carla")), "Carla - coordinator", Role::Coordinator);
    if (!carla)
        return carla.error();
    samples->m_carla = carla.take();
    auto bruno = makeWorkspace(root.filePath(s("bruno")), "Bruno - tablet", Role::Researcher);
    if (!bruno)
        return bruno.error();
    samples->m_bruno = bruno.take();

    if (Status st = samples->addRecords(); !st)
        return st.error();
    if (Status st = samples->addCodings(); !st)
        return st.error();
    const QString usb = root.filePath(s("usb"));
    if (!QDir().mkpath(usb))
        return Error(ErrorCode::Io,
                     tr("Cannot create the folder %1. Check that it is writable.").arg(usb));
    if (Status st = samples->buildProject(usb); !st)
        return st.error();
    return samples;
}

Status ScreenshotSamples::addRecords()
{
    auto form = m_ana->forms().get(kForm);
    if (!form)
        return form.error();
    struct Sample
    {
        const char *country;
        const char *date;
        const char *place;
        const char *source;
        const char *manifestations;
        const char *narrative;
        bool finalized;
    };
    const Texts &text = texts();
    const Sample samples[] = {
        {"PY", "2026-03-04", "bus_terminal", "field_observation", "trafficking", text.coded, true},
        // Incomplete on purpose: Finalize lists what is missing.
        {"BR", "2026-03-11", "border_crossing", nullptr, nullptr, text.border, false},
        {"AR", "2026-02-27", "online", "media_report", "online", text.online, true},
        {"BO", "2026-03-15", nullptr, "interview_ngo_worker", "prostitution", text.market, false},
    };
    for (const Sample &sample : samples) {
        RecordStore::Values values{{s("country"), s(sample.country)},
                                   {s("date"), s(sample.date)},
                                   {s("narrative"), s(sample.narrative)}};
        if (sample.place)
            values.append({s("place_kind"), s(sample.place)});
        if (sample.source) {
            values.append({s("source_type"), s(sample.source)});
            values.append({s("confidentiality"), s("restricted")});
        }
        if (sample.source && QByteArray(sample.source).startsWith("interview_"))
            values.append({s("consent_recorded"), s("yes")});
        if (sample.manifestations)
            values.append({s("manifestations"), s(sample.manifestations)});
        auto id = m_ana->records().create(kForm, form.value().version(), values, sample.finalized);
        if (!id)
            return id.error();
        if (sample.narrative == text.coded)
            m_coded = id.value();
        else if (!sample.source)
            m_incomplete = id.value();
    }
    return {};
}

Status ScreenshotSamples::addCodings()
{
    auto seeded = Codebook::seedIfEmpty(m_ana->database(), m_ana->oplog());
    if (!seeded)
        return seeded.error();
    const Texts &text = texts();
    const char *const codes[] = {"migration", "tolerance"};
    const QString narrative = s(text.coded);
    CodingStore codings(m_ana->database(), m_ana->oplog());
    for (int i = 0; i < 2; ++i) {
        Coding c;
        c.recordId = m_coded;
        c.field = s("narrative");
        c.codeId = Codebook::seedId(s(codes[i]));
        c.quote = s(text.quotes[i]);
        c.start = int(narrative.indexOf(c.quote));
        c.end = c.start + int(c.quote.size());
        c.memo = s(text.memos[i]);
        if (auto id = codings.apply(c); !id)
            return id.error();
    }
    return {};
}

Status ScreenshotSamples::buildProject(const QString &usb)
{
    const QDir stick(usb);
    const auto failed = [](const SyncPage &page) {
        return Error(ErrorCode::Failure, page.statusText());
    };
    m_carlaPage = std::make_unique<SyncPage>(*m_carla);
    m_anaPage = std::make_unique<SyncPage>(*m_ana);
    SyncPage brunoPage(*m_bruno);
    SyncPage &carla = *m_carlaPage;
    SyncPage &ana = *m_anaPage;
    if (!carla.createProject(s("Frontera Sur"), s("BR"), QString()) ||
        !carla.saveInvitation(stick.filePath(s("invitation.vigia"))))
        return failed(carla);

    // Ana gets manifest 2, which does not know Bruno yet: his bundle waits
    // in her quarantine.
    const struct
    {
        SyncPage *page;
        const char *request;
        const char *manifest;
    } members[] = {{&ana, "ana.vigia", "m2.vigia"}, {&brunoPage, "bruno.vigia", "m3.vigia"}};
    for (const auto &member : members) {
        if (!member.page->joinFromInvitation(stick.filePath(s("invitation.vigia"))) ||
            !member.page->saveJoinRequest(stick.filePath(s(member.request))))
            return failed(*member.page);
        auto bytes = SignedFile::readFile(stick.filePath(s(member.request)));
        if (!bytes)
            return bytes.error();
        auto request = JoinRequest::open(bytes.value());
        if (!request)
            return request.error();
        if (auto approved = ProjectAdmin(*m_carla).approve(request.value(), Role::Researcher);
            !approved)
            return approved.error();
        if (!carla.exportManifest(stick.filePath(s(member.manifest))))
            return failed(carla);
        m_joinRequest = bytes.value();
    }
    m_brunoId = m_bruno->deviceId().toRfc4122();
    carla.refresh();
    if (!ana.importManifest(stick.filePath(s("m2.vigia"))))
        return failed(ana);
    if (!brunoPage.importManifest(stick.filePath(s("m3.vigia"))))
        return failed(brunoPage);

    auto form = m_bruno->forms().get(kForm);
    if (!form)
        return form.error();
    auto record = m_bruno->records().create(
        kForm, form.value().version(),
        {{s("country"), s("BR")}, {s("date"), s("2026-03-18")}, {s("narrative"), s(texts().port)}},
        true);
    if (!record)
        return record.error();
    if (!brunoPage.exportChangesTo(stick.filePath(s("bruno"))))
        return failed(brunoPage);
    if (!ana.exportChangesTo(stick.filePath(s("ana"))))
        return failed(ana);
    if (!carla.importBundles({stick.filePath(s("ana")), stick.filePath(s("bruno"))}))
        return failed(carla);
    // The quarantine is the point of this import, so its "false" is expected.
    (void)ana.importBundles({stick.filePath(s("bruno"))});
    return {};
}

} // namespace vigia
