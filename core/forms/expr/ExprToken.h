#pragma once

#include <QString>

namespace vigia {

// One lexical token. Words such as `and`, `div` or `count-selected` all come
// out as Name: whether a word is an operator or a function depends on where
// it stands, which only the parser knows.
struct ExprToken
{
    enum class Type
    {
        Number,
        String,
        Reference, // ${name}; text holds the name
        Name,
        Dot,
        DotDot,
        LeftParen,
        RightParen,
        Comma,
        Plus,
        Minus,
        Star,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        End,
    };

    Type type = Type::End;
    int position = 0; // 1-based
    QString text;     // as written, except String (without quotes) and Reference (the name)
    double number = 0;
};

} // namespace vigia
