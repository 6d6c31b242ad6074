// Shared pattern fragments (syntax in types.ts) for languages that inflect names. Spelling the
// endings out keeps matching exact: a stem with any ending would also catch unrelated words.

/** Russian «конвенция» in the singular cases. */
export const RU_CONVENTION = 'конвенци{я|и|ю|ей|ею}';
/** Russian feminine adjective endings (Ханойская, Ханойской, Ханойскую, Ханойскою). */
export const RU_FEM = '{ая|ой|ую|ою}';
/** Russian masculine adjective endings (специальный, -ого, -ому, -ым, -ом). */
export const RU_MASC = '{ый|ого|ому|ым|ом}';
/** Russian masculine noun endings (комитет, -а, -у, -ом, -е). */
export const RU_MASC_NOUN = '{|а|у|ом|е}';
/** "United Nations" in Russian, spelt out or abbreviated. */
export const RU_UN = '{организации объединенных наций{ (оон)|}|оон}';

/** Ukrainian «конвенція» in the singular cases. */
export const UK_CONVENTION = 'конвенці{я|ї|ю|єю}';
/** Ukrainian feminine adjective endings. */
export const UK_FEM = '{а|ої|ій|у|ою}';

/** Polish «konwencja» in the singular cases. */
export const PL_CONVENTION = 'konwencj{a|i|ę|ą}';
/** Polish feminine adjective endings (budapeszteńska, -iej, -ą). */
export const PL_FEM = '{a|iej|ą|ie}';

/** Serbian «konvencija» (Latin script) in the singular cases. */
export const SR_CONVENTION = 'konvencij{a|e|i|u|om}';
/** Serbian «конвенција» (Cyrillic script) in the singular cases. */
export const SR_CONVENTION_CYR = 'конвенциј{а|е|и|у|ом}';
/** Serbian feminine adjective endings (Latin script). */
export const SR_FEM = '{a|e|oj|u|om}';
/** Serbian feminine adjective endings (Cyrillic script). */
export const SR_FEM_CYR = '{а|е|ој|у|ом}';

/** German nouns that take a genitive -s/-es. */
export const DE_TREATY = '{konvention|übereinkommen{s|}|abkommen{s|}|vertrag{s|es|}|pakt{s|es|}}';

/** Italian «convenzione», with the common dropped-n typo of "Convezione". */
export const IT_CONVENTION = 'conve{n|}zione';

/** Russian subject "cybercrime" after «против», «о/по борьбе с», «по противодействию» … (genitive or instrumental). */
export const RU_CYBERCRIME =
  '{киберпреступност{и|ью}|{it|ит}-преступлени{й|ями|я}|компьютерн{ой|ых} преступност{и|ью}}';

/**
 * Turkish case suffixes after a name ending in a vowel (Sözleşmesi'ne, Konvansiyonu'nun),
 * with or without the apostrophe.
 */
export const TR_SUFFIX = "{{'|}n{in|ın|un|ün|e|a|de|da|den|dan|i|ı|u|ü}|{'|}y{le|la|e|a}|}";
