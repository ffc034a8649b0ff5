#include <algorithm>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                inMessage = true;
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                m.unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                if (!m.numerus)
                    m.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                m.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(m);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

struct GlossaryTerm
{
    QString en;
    QHash<QString, QString> translations; // "es", "pt_BR"
};

// translations/glossary.csv: en,es,pt_BR,note with RFC 4180 quoting.
QList<GlossaryTerm> readGlossary(QString *error)
{
    QFile f(QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR"))
                .filePath(QStringLiteral("translations/glossary.csv")));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read translations/glossary.csv");
        return {};
    }
    QList<GlossaryTerm> terms;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype n = 1; n < lines.size(); ++n) {
        QStringList cells;
        QString cell;
        bool quoted = false;
        const QString &line = lines[n];
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (c == u',' && !quoted) {
                cells << cell;
                cell.clear();
            } else {
                cell += c;
            }
        }
        cells << cell;
        if (cells.size() < 3) {
            *error = QStringLiteral("glossary.csv line %1 has fewer than 3 columns").arg(n + 1);
            return {};
        }
        terms.append(
            {cells[0], {{QStringLiteral("es"), cells[1]}, {QStringLiteral("pt_BR"), cells[2]}}});
    }
    return terms;
}

// Command-line syntax is not prose: "--role researcher", "--workspace DIR",
// "a|b" and placeholders such as DEVICE stay untranslated, so they are left
// out before looking for terms.
QString proseOf(const QString &source)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^[\\[(]*[A-Z][A-Z0-9_]*[A-Z0-9][\\])…]*[.,;:]?$"));
    const QStringList tokens = source.split(QRegularExpression(QStringLiteral("\\s+")));
    QStringList kept;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens[i];
        if (t.startsWith(QLatin1String("--"))) {
            ++i; // and the option's value
            continue;
        }
        if (t.contains(u'|') || t.contains(u'=') || t.startsWith(u'[') ||
            placeholder.match(t).hasMatch())
            continue;
        kept << t;
    }
    return kept.join(u' ');
}

bool containsWord(const QString &text, const QString &term)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(term)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(proseOf(text)).hasMatch();
}

// A glossary cell may offer alternatives ("a | b"): the inclusive policy
// prefers neutral phrasing, which is worded differently. True when the text
// uses one of them.
bool usesGlossaryTerm(const QString &text, const QString &cell)
{
    const QStringList accepted = cell.split(u'|');
    return std::any_of(accepted.begin(), accepted.end(), [&text](const QString &a) {
        return text.contains(a.trimmed(), Qt::CaseInsensitive);
    });
}

// The text without the '&' that marks a keyboard shortcut ("C&oordinador").
QString withoutAccelerators(QString text)
{
    return text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(u'&')
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

// What the gender-inclusive policy (translations/README.md) refuses in a
// Spanish or Portuguese text, or nothing. Role words stand alone only in the
// slash form ("Investigador/a", "coordenadores/as"); welcomes are neutral;
// "@", "x" and "e" endings are not used.
QStringList exclusiveWordsIn(const QString &lang, const QString &translation)
{
    static const QRegularExpression::PatternOptions options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // A masculine role word not followed by its feminine ending.
    static const QRegularExpression es(
        QStringLiteral("\\b(investigador(es)?|coordinador(es)?|usuarios?)\\b"
                       "(?!\\s*(/|\\()\\s*(a|as|ra|ras)\\b)"),
        options);
    static const QRegularExpression pt(
        QStringLiteral("\\b(pesquisador(es)?|coordenador(es)?|usuários?)\\b"
                       "(?!\\s*(/|\\()\\s*(a|as|ra|ras)\\b)"),
        options);
    static const QRegularExpression welcome(QStringLiteral("\\b(bienvenidos?|bem-vindos?)\\b"),
                                            options);
    static const QRegularExpression marked(
        QStringLiteral(
            "\\p{L}+@(s\\b|(?!\\p{L}))|\\b\\p{L}+xs\\b|\\b(todes|elles|niñes|otres|nosotres|"
            "compañeres|amigues|elu|elus|delu|delus)\\b"),
        options);
    const QString text = withoutAccelerators(translation);
    QStringList found;
    for (const QRegularExpression *re :
         {lang == QLatin1String("es") ? &es : &pt, &welcome, &marked}) {
        for (auto it = re->globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
    }
    return found;
}

// Command-line syntax stays in English (translations/README.md): vigiactl,
// its --options, its placeholders (FILE, DIR, INVITATION…) and the command
// lines it quotes are typed by people and scripts, so a help text and the
// usage line it explains must name the same thing in every language.
struct CommandLineSyntax
{
    QStringList tokens;       // vigiactl, --options, placeholders
    QStringList commandLines; // 'vigiactl forms import FILE', (vigiactl init)
};

// The column headers of the tables vigiactl prints (ID, FORM, STATUS…) are
// output for people, not syntax, and are translated.
bool isTableHeader(const Message &m)
{
    static const QRegularExpression word(QStringLiteral("^[A-Z]+$"));
    return (m.context == QLatin1String("vigia::RecordText") ||
            m.context == QLatin1String("vigia::FormCommands") ||
            m.context == QLatin1String("vigia::TargetCommands")) &&
           word.match(m.source).hasMatch();
}

// A message that is command-line syntax: it names vigiactl or an --option,
// or it is only placeholders ("FILE", "FILE|DIR", "[FILTERS]", "FIELD=VALUE").
bool isSyntax(const Message &m)
{
    static const QRegularExpression placeholdersOnly(
        QStringLiteral("^[\\[\\]A-Z0-9_|=… .]*[A-Z]{2}[\\[\\]A-Z0-9_|=… .]*$"));
    static const QRegularExpression named(QStringLiteral("\\bvigiactl\\b|(^|[\\s'\"\\[(])--"));
    return !isTableHeader(m) &&
           (named.match(m.source).hasMatch() || placeholdersOnly.match(m.source).hasMatch());
}

const QRegularExpression &upperCaseWord()
{
    // Two or more capitals: FILE, DIR, VIGIA_PASSPHRASE. The letters of a date
    // format (YYYY-MM-DD) describe digits and follow each language's habit.
    // A word joined by a hyphen is a name in prose (SHA-256), not a
    // placeholder, as containsToken() already reads it.
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}_-])(?!(?:YYYY|MM|DD)\\b)[A-Z][A-Z0-9_]*[A-Z0-9]"
                       "(?![\\p{L}\\p{N}_-])"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The placeholders of every syntax message: FILE, DIR, NAME…
QSet<QString> placeholderWords(const QList<Message> &messages)
{
    QSet<QString> words;
    for (const Message &m : messages) {
        if (!isSyntax(m))
            continue;
        for (auto it = upperCaseWord().globalMatch(m.source); it.hasNext();)
            words.insert(it.next().captured(0));
    }
    return words;
}

CommandLineSyntax commandLineSyntaxOf(const Message &m, const QSet<QString> &placeholders)
{
    CommandLineSyntax out;
    if (isTableHeader(m))
        return out;
    static const QRegularExpression vigiactl(QStringLiteral("\\bvigiactl\\b"));
    if (vigiactl.match(m.source).hasMatch())
        out.tokens << QStringLiteral("vigiactl");
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[A-Za-z%][A-Za-z0-9%-]*"));
    for (auto it = option.globalMatch(m.source); it.hasNext();)
        out.tokens << it.next().captured(0);
    // A placeholder also where prose mentions it: "the first line of FILE".
    for (auto it = upperCaseWord().globalMatch(m.source); it.hasNext();) {
        const QString word = it.next().captured(0);
        if (placeholders.contains(word))
            out.tokens << word;
    }
    static const QRegularExpression quoted(QStringLiteral(
        "'(vigiactl\\b[^']*)'|\"(vigiactl\\b[^\"]*)\"|\\((vigiactl\\b[^),;]*)[),;]"));
    for (auto it = quoted.globalMatch(m.source); it.hasNext();) {
        const auto match = it.next();
        for (int group = 1; group <= 3; ++group) {
            if (!match.captured(group).isEmpty())
                out.commandLines << match.captured(group);
        }
    }
    out.tokens.removeDuplicates();
    return out;
}

bool containsToken(const QString &text, const QString &token)
{
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}_-])%1(?![\\p{L}\\p{N}_-])")
                                    .arg(QRegularExpression::escape(token)),
                                QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

// Every {"en": …, "es": …, "pt": …} text in a JSON document, with its path.
void collectTexts(const QJsonValue &v, const QString &path, const QStringList &textKeys,
                  QList<QPair<QString, QJsonObject>> *out)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectTexts(a.at(i), QStringLiteral("%1/%2").arg(path).arg(i), textKeys, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString here = path + QLatin1Char('/') + it.key();
        if (textKeys.contains(it.key()) && it->isObject())
            out->append({here, it->toObject()});
        else
            collectTexts(*it, here, textKeys, out);
    }
}

QList<QPair<QString, QJsonObject>> textsIn(const QString &file, const QStringList &textKeys,
                                           QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(file, parseError.errorString());
        return {};
    }
    QList<QPair<QString, QJsonObject>> out;
    collectTexts(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString(),
                 textKeys, &out);
    return out;
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR")).filePath(relative);
}

QString tsPath(const QString &lang)
{
    return QDir(qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR"))
        .filePath(QStringLiteral("translations/vigia_%1.ts").arg(lang));
}

// The reference data and the form pack: their texts carry en, es and pt.
QStringList dataFiles()
{
    QStringList files;
    for (const char *dir : {"resources/reference", "resources/forms"}) {
        const QDir d(sourcePath(QString::fromLatin1(dir)));
        for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files))
            files << d.filePath(name);
    }
    return files;
}

const QStringList &dataTextKeys()
{
    static const QStringList keys{QStringLiteral("names"),
                                  QStringLiteral("labels"),
                                  QStringLiteral("label"),
                                  QStringLiteral("hint"),
                                  QStringLiteral("title"),
                                  QStringLiteral("required_message"),
                                  QStringLiteral("constraint_message"),
                                  QStringLiteral("guidance_hint")};
    return keys;
}

QString where(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

// The sentence-ending mark ('.', ':', '?', '!', '…'), or empty. Spanish
// opening marks (¿ ¡) are extra and allowed.
QString trailingPunctuation(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QChar last = t.back();
    return QStringLiteral(".:?!…").contains(last) ? QString(last) : QString();
}

QStringList tagsOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append(
            (m.captured(0).startsWith(QLatin1String("</")) ? QStringLiteral("/") : QString()) +
            m.captured(1).toLower());
    }
    out.sort();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shippedLanguagesAreComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("pt_BR") << QStringLiteral("pt_BR");
    }

    void shippedLanguagesAreComplete()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<Message> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList problems;
        for (const Message &m : messages) {
            if (m.unfinished)
                problems << QStringLiteral("%1 is unfinished").arg(where(m));
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 has an empty translation").arg(where(m));
                    continue;
                }
                QStringList expected = placeholders(m.source);
                QStringList actual = placeholders(t);
                if (m.numerus) {
                    // A plural form may leave the count out ("one record").
                    expected.removeAll(QStringLiteral("%n"));
                    actual.removeAll(QStringLiteral("%n"));
                }
                if (expected != actual)
                    problems << QStringLiteral("%1: placeholders %2 but translation has %3")
                                    .arg(where(m), expected.join(u','), actual.join(u','));
                if (t.contains(QStringLiteral("...")))
                    problems << QStringLiteral("%1: use … instead of ... in the translation")
                                    .arg(where(m));
                if (trailingPunctuation(m.source) != trailingPunctuation(t))
                    problems << QStringLiteral(
                                    "%1: ends with \"%2\" but the translation with \"%3\"")
                                    .arg(where(m), trailingPunctuation(m.source),
                                         trailingPunctuation(t));
                if (tagsOf(m.source) != tagsOf(t))
                    problems << QStringLiteral("%1: rich-text tags %2 but translation has %3")
                                    .arg(where(m), tagsOf(m.source).join(u' '),
                                         tagsOf(t).join(u' '));
                if (m.source.count(QLatin1Char('&')) != t.count(QLatin1Char('&')))
                    problems << QStringLiteral("%1: accelerator '&' count differs").arg(where(m));
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(tsPath(lang) + QStringLiteral(":\n") + problems.join(u'\n')));
    }

    // A source string that uses a glossary term carries the glossary's
    // translation, so the field's terminology stays consistent.
    void glossaryTermsAreUsed_data() { shippedLanguagesAreComplete_data(); }

    void glossaryTermsAreUsed()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<GlossaryTerm> glossary = readGlossary(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(glossary.size() >= 10);
        QStringList problems;
        for (const Message &m : readTs(tsPath(lang), &error)) {
            for (const GlossaryTerm &term : glossary) {
                if (!containsWord(m.source, term.en))
                    continue;
                const QString wanted = term.translations.value(lang);
                for (const QString &t : m.translations) {
                    if (!usesGlossaryTerm(withoutAccelerators(t), wanted))
                        problems << QStringLiteral("%1: \"%2\" should be translated as \"%3\"")
                                        .arg(where(m), term.en, wanted);
                }
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(tsPath(lang) + QStringLiteral(":\n") + problems.join(u'\n')));
    }

    // The gender-inclusive policy of translations/README.md: role words are
    // neutral ("persona investigadora", "la coordinación") or in the slash
    // form ("Investigador/a"), never masculine only; welcomes are neutral. In
    // the interface and in the texts of the form pack and reference data.
    void roleWordsAreGenderInclusive_data() { shippedLanguagesAreComplete_data(); }

    void roleWordsAreGenderInclusive()
    {
        QFETCH(QString, lang);
        QString error;
        QStringList problems;
        const QList<Message> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                const QStringList words = exclusiveWordsIn(lang, t);
                if (!words.isEmpty())
                    problems << QStringLiteral("%1: \"%2\" in \"%3\"")
                                    .arg(where(m), words.join(QLatin1String("\", \"")), t);
            }
        }
        const QStringList files = dataFiles();
        QVERIFY(files.size() >= 3);
        for (const QString &file : files) {
            for (const auto &[path, text] : textsIn(file, dataTextKeys(), &error)) {
                const QString key = lang == QLatin1String("es") ? lang
                                    : text.contains(lang)       ? lang
                                                                : QStringLiteral("pt");
                const QString t = text.value(key).toString();
                const QStringList words = exclusiveWordsIn(lang, t);
                if (!words.isEmpty())
                    problems << QStringLiteral("%1%2: \"%3\" in \"%4\"")
                                    .arg(file, path, words.join(QLatin1String("\", \"")), t);
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        // QVERIFY2 shortens a long message: list every problem first.
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("masculine-only role words or welcomes "
                                           "(see translations/README.md):\n") +
                            problems.join(u'\n')));
    }

    // Command-line syntax stays in English (translations/README.md): every
    // vigiactl, --option and placeholder (FILE, DIR, INVITATION…) of the
    // English text, and every command line it quotes, appears unchanged in
    // the translation, so that help texts, usage lines and error messages
    // name the same thing.
    void commandLineSyntaxStaysInEnglish_data() { shippedLanguagesAreComplete_data(); }

    void commandLineSyntaxStaysInEnglish()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<Message> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QSet<QString> placeholders = placeholderWords(messages);
        // Those the issue named, at least.
        for (const char *word : {"FILE", "DIR", "INVITATION", "NAME", "ID"})
            QVERIFY2(placeholders.contains(QLatin1String(word)), word);
        QStringList problems;
        int checked = 0;
        for (const Message &m : messages) {
            const CommandLineSyntax syntax = commandLineSyntaxOf(m, placeholders);
            if (syntax.tokens.isEmpty() && syntax.commandLines.isEmpty())
                continue;
            ++checked;
            for (const QString &t : m.translations) {
                for (const QString &token : syntax.tokens) {
                    if (!containsToken(t, token))
                        problems << QStringLiteral("%1: \"%2\" is missing from \"%3\"")
                                        .arg(where(m), token, t);
                }
                for (const QString &line : syntax.commandLines) {
                    if (!t.contains(line))
                        problems << QStringLiteral("%1: the command \"%2\" is missing from \"%3\"")
                                        .arg(where(m), line, t);
                }
            }
        }
        QVERIFY(checked > 50);
        // QVERIFY2 shortens a long message: list every problem first.
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(tsPath(lang) +
                                                QStringLiteral(": command-line syntax must stay "
                                                               "in English:\n") +
                                                problems.join(u'\n')));
    }

    // Not a failure: a list for translators of texts that may not fit.
    void longTranslationsAreListed()
    {
        QString error;
        int listed = 0;
        for (const QString &lang : {QStringLiteral("es"), QStringLiteral("pt_BR")}) {
            for (const Message &m : readTs(tsPath(lang), &error)) {
                for (const QString &t : m.translations) {
                    if (m.source.size() >= 8 && t.size() * 10 > m.source.size() * 16) {
                        qWarning("%s: %s is %d%% longer than its source", qPrintable(lang),
                                 qPrintable(where(m)),
                                 int(100 * (t.size() - m.source.size()) / m.source.size()));
                        ++listed;
                    }
                }
            }
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        qInfo("%d translations are more than 60%% longer than their source", listed);
    }

    // Reference data and the form pack speak all three languages, and use the
    // glossary's terms too.
    void dataTextsAreTrilingualAndUseTheGlossary()
    {
        QString error;
        const QList<GlossaryTerm> glossary = readGlossary(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList files = dataFiles();
        QVERIFY(files.size() >= 3);
        QStringList problems;
        int checked = 0;
        for (const QString &file : files) {
            for (const auto &[path, text] : textsIn(file, dataTextKeys(), &error)) {
                ++checked;
                const QString pt = text.contains(QStringLiteral("pt_BR")) ? QStringLiteral("pt_BR")
                                                                          : QStringLiteral("pt");
                for (const QString &lang : {QStringLiteral("en"), QStringLiteral("es"), pt}) {
                    if (text.value(lang).toString().trimmed().isEmpty())
                        problems << QStringLiteral("%1%2: no %3 text").arg(file, path, lang);
                }
                const QString en = text.value(QStringLiteral("en")).toString();
                for (const GlossaryTerm &term : glossary) {
                    if (!containsWord(en, term.en))
                        continue;
                    for (const QString &lang : {QStringLiteral("es"), QStringLiteral("pt_BR")}) {
                        const QString key = lang == QLatin1String("es") ? lang : pt;
                        if (!usesGlossaryTerm(text.value(key).toString(),
                                              term.translations.value(lang)))
                            problems << QStringLiteral("%1%2: \"%3\" should be \"%4\" in %5")
                                            .arg(file, path, term.en, term.translations.value(lang),
                                                 key);
                    }
                }
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QVERIFY(checked > 50);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sourcesUseTheEllipsisCharacter()
    {
        QString error;
        QStringList problems;
        for (const Message &m : readTs(tsPath(QStringLiteral("en")), &error)) {
            if (m.source.contains(QStringLiteral("...")))
                problems << where(m);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("use … instead of ...:\n") + problems.join(u'\n')));
    }

    // The committed .ts files must hold exactly the strings the sources have:
    // run lupdate on the sources and compare. Fix with `make translations`.
    void catalogueIsUpToDate()
    {
        const QString src = qEnvironmentVariable("VIGIA_TEST_SOURCE_DIR");
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(src);
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       // The include roots, as translations/CMakeLists.txt gives them.
                       QStringLiteral("-I"), src + QStringLiteral("/core"), QStringLiteral("-I"),
                       src, QStringLiteral("-I"), src + QStringLiteral("/app"),
                       QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const auto key = [](const Message &m) {
            return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
        };
        QSet<QString> wanted;
        for (const Message &m : readTs(fresh, &error))
            wanted.insert(key(m));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!wanted.isEmpty());
        for (const QString &lang :
             {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR")}) {
            QSet<QString> have;
            for (const Message &m : readTs(tsPath(lang), &error))
                have.insert(key(m));
            QStringList missing;
            for (const QString &k : wanted - have)
                missing << k.section(QLatin1Char('\x1f'), 0, 1)
                               .replace(QLatin1Char('\x1f'), QLatin1String(" | "));
            QStringList vanished;
            for (const QString &k : have - wanted)
                vanished << k.section(QLatin1Char('\x1f'), 0, 1)
                                .replace(QLatin1Char('\x1f'), QLatin1String(" | "));
            QVERIFY2(
                missing.isEmpty() && vanished.isEmpty(),
                qPrintable(
                    QStringLiteral(
                        "%1 is out of date (run `make translations`).\nnew:\n%2\nvanished:\n%3")
                        .arg(tsPath(lang), missing.join(u'\n'), vanished.join(u'\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
