#include "forms/expr/ExprLexer.h"

namespace vigia {

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace

bool ExprLexer::isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool ExprLexer::isNameChar(QChar c)
{
    return isNameStart(c) || c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('.');
}

Result<QList<ExprToken>> ExprLexer::tokenize(const QString &source)
{
    if (source.size() > kMaxLength)
        return Error(ErrorCode::Validation,
                     tr("the expression is %1 characters long, more than the %2 allowed; split it "
                        "across calculate fields")
                         .arg(source.size())
                         .arg(kMaxLength));

    QList<ExprToken> tokens;
    const qsizetype n = source.size();
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < n ? source[k] : QChar(); };
    auto push = [&](ExprToken::Type type, qsizetype start, qsizetype length) {
        ExprToken t;
        t.type = type;
        t.position = int(start + 1);
        t.text = source.mid(start, length);
        tokens.append(t);
        i = start + length;
    };

    while (i < n) {
        const QChar c = source[i];
        const qsizetype start = i;
        if (c.isSpace()) {
            ++i;
        } else if (isAsciiDigit(c) || (c == QLatin1Char('.') && isAsciiDigit(at(i + 1)))) {
            qsizetype j = i;
            while (isAsciiDigit(at(j)))
                ++j;
            if (at(j) == QLatin1Char('.')) {
                ++j;
                while (isAsciiDigit(at(j)))
                    ++j;
            }
            push(ExprToken::Type::Number, start, j - start);
            tokens.last().number = tokens.last().text.toDouble();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const qsizetype close = source.indexOf(c, i + 1);
            if (close < 0)
                return Error(
                    ErrorCode::Validation,
                    tr("the text starting at position %1 has no closing %2").arg(start + 1).arg(c));
            push(ExprToken::Type::String, start, close + 1 - start);
            tokens.last().text = source.mid(start + 1, close - start - 1);
        } else if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('{')) {
            qsizetype j = i + 2;
            if (isNameStart(at(j))) {
                while (isNameChar(at(j)))
                    ++j;
            }
            if (j == i + 2 || at(j) != QLatin1Char('}'))
                return Error(ErrorCode::Validation,
                             tr("'${' at position %1 must be followed by a field name and '}'")
                                 .arg(start + 1));
            push(ExprToken::Type::Reference, start, j + 1 - start);
            tokens.last().text = source.mid(start + 2, j - start - 2);
        } else if (isNameStart(c)) {
            // A name may contain one ':' for a prefix, as in jr:choice-name.
            qsizetype j = i + 1;
            bool prefixed = false;
            while (isNameChar(at(j)) ||
                   (!prefixed && at(j) == QLatin1Char(':') && isNameStart(at(j + 1)))) {
                prefixed = prefixed || at(j) == QLatin1Char(':');
                ++j;
            }
            push(ExprToken::Type::Name, start, j - start);
        } else if (c == QLatin1Char('.')) {
            if (at(i + 1) == QLatin1Char('.'))
                push(ExprToken::Type::DotDot, start, 2);
            else
                push(ExprToken::Type::Dot, start, 1);
        } else if (c == QLatin1Char('!') && at(i + 1) == QLatin1Char('=')) {
            push(ExprToken::Type::NotEqual, start, 2);
        } else if (c == QLatin1Char('<') || c == QLatin1Char('>')) {
            const bool orEqual = at(i + 1) == QLatin1Char('=');
            const bool less = c == QLatin1Char('<');
            push(less ? (orEqual ? ExprToken::Type::LessOrEqual : ExprToken::Type::Less)
                      : (orEqual ? ExprToken::Type::GreaterOrEqual : ExprToken::Type::Greater),
                 start, orEqual ? 2 : 1);
        } else {
            ExprToken::Type type;
            switch (c.unicode()) {
            case '(':
                type = ExprToken::Type::LeftParen;
                break;
            case ')':
                type = ExprToken::Type::RightParen;
                break;
            case ',':
                type = ExprToken::Type::Comma;
                break;
            case '+':
                type = ExprToken::Type::Plus;
                break;
            case '-':
                type = ExprToken::Type::Minus;
                break;
            case '*':
                type = ExprToken::Type::Star;
                break;
            case '=':
                type = ExprToken::Type::Equal;
                break;
            default:
                return Error(ErrorCode::Validation,
                             tr("unexpected '%1' at position %2").arg(c).arg(start + 1));
            }
            push(type, start, 1);
        }
    }
    ExprToken end;
    end.position = int(n + 1);
    tokens.append(end);
    return tokens;
}

} // namespace vigia
