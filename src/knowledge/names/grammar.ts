// The parts names are built from, per language (pattern syntax in types.ts). A name in the lists
// is a rule over these parts: "convention" + UN marker + subject, say. People combine the parts
// freely: long or short form of the UN, an abbreviation in brackets inside the name ("Convention
// des Nations unies (ONU) contre…"), another preposition, another head noun. Writing each part
// once, with all its variants, lets every name that uses it accept all of them.

/** An optional bracketed abbreviation after a long form: " (ONU)", "(UN)". */
function bracket(...abbr: string[]): string {
  return `{ (${abbr.join(')| (')})|}`;
}

/** "United Nations" in English: "United Nations (UN)", "UN", "U.N.", with a possessive. */
export const UN_EN = `{united nations{ (un)|}|un|u.n.}{'s|}`;
/** French: "des Nations unies (ONU)", "de l'Organisation des Nations unies", "de l'ONU". */
export const UN_FR = `{des nations unies${bracket('onu')}|de l'organisation des nations unies${bracket('onu')}|de l'onu|onusienne}`;
/** Spanish: "de las Naciones Unidas (ONU)", "de Naciones Unidas", "de la ONU". */
export const UN_ES = `{de las naciones unidas${bracket('onu')}|de naciones unidas${bracket('onu')}|de la onu}`;
/** Portuguese: "das Nações Unidas (ONU)", "da ONU". */
export const UN_PT = `{das nações unidas${bracket('onu')}|da onu}`;
/** Italian: "delle Nazioni Unite (ONU)", "ONU", "dell'ONU". */
export const UN_IT = `{delle nazioni unite${bracket('onu')}|onu|dell'onu}`;
/** Catalan: "de les Nacions Unides (ONU)", "de l'ONU". */
export const UN_CA = `{de les nacions unides${bracket('onu')}|de l'onu}`;
/** German genitive: "der Vereinten Nationen (VN)". */
export const UN_DE = `der vereinten nationen${bracket('vn', 'un', 'uno')}`;
/** Russian: "Организации Объединенных Наций (ООН)", "ООН". */
export const UN_RU = `{организации объединенных наций${bracket('оон')}|оон}`;
/** Ukrainian: "Організації Об'єднаних Націй (ООН)", "ООН". */
export const UN_UK = `{організації об'єднаних націй${bracket('оон')}|оон}`;
/** Polish: "(Organizacji) Narodów Zjednoczonych (ONZ)", "ONZ". */
export const UN_PL = `{{organizacji |}narodów zjednoczonych${bracket('onz')}|onz}`;
/** Vietnamese: "(của) Liên hợp quốc (LHQ)", "LHQ". */
export const UN_VI = `{của |}{liên hợp quốc${bracket('lhq')}|liên hiệp quốc${bracket('lhq')}|lhq}`;
/** Indonesian: "Perserikatan Bangsa-Bangsa (PBB)", "PBB". */
export const UN_ID = `{perserikatan bangsa-bangsa${bracket('pbb')}|pbb{ (perserikatan bangsa-bangsa)|}}`;
/** Turkish: "Birleşmiş Milletler (BM)", "BM (Birleşmiş Milletler)". */
export const UN_TR = `{birleşmiş milletler${bracket('bm')}|bm{ (birleşmiş milletler)|}}`;
/** Korean: "유엔(UN)", "국제연합", "UN". */
export const UN_KO = '{유엔{ (un)|}|국제연합{ (un)|}|un}';
/** Chinese (Traditional folds to Simplified). */
export const UN_ZH = '联合国';
/** Dutch: "van de Verenigde Naties (VN)". */
export const UN_NL = `van de verenigde naties${bracket('vn')}`;

/**
 * The Council of Europe's treaty number for the Budapest Convention in every style seen:
 * "ETS No. 185", "ETS N 185", "CETS № 185", "STE n° 185", "STE n.º 185", "ETS 185",
 * "European Treaty Series (ETS) No. 185", "Treaty No. 185" (the last in its own name, as it
 * needs a capital).
 */
export const SERIES_NUMBER =
  '{{c|}{ets|ste|stce|sts}|european treaty series{ (ets)|}|série des traités européens{ (ste)|}} {no|n°|nº|nr|n|№|#|n.º|n.°|núm|}{.|} 185';
