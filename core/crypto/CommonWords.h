#pragma once

namespace vigia {

// Words a guesser tries first in the observatory's languages (es, pt, en):
// the passwords at the top of every leaked list and the most frequent words
// of everyday speech, most likely first. PassphraseStrength hands them to
// zxcvbn as its user dictionary: zxcvbn's own lists are English only, so
// "casa vida amor" would otherwise look as random as three unrelated words.
class CommonWords
{
public:
    // A null-terminated array of UTF-8 words, lower case, the way
    // ZxcvbnMatch takes its user dictionary. zxcvbn scores a word by its
    // rank, so the order matters: the languages are interleaved by rank.
    [[nodiscard]] static const char *const *list();
};

} // namespace vigia
