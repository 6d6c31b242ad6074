/**
 * Country names as the depositaries write them, mapped to ISO 3166-1 alpha-2 codes. Names are
 * matched after folding case, accents and punctuation; the English names Intl knows cover most,
 * and the formal names below cover the UN's and the Council of Europe's own spellings.
 */
const FORMAL_NAMES: Readonly<Record<string, string>> = {
  'bolivia (plurinational state of)': 'BO',
  'iran (islamic republic of)': 'IR',
  'venezuela (bolivarian republic of)': 'VE',
  'micronesia (federated states of)': 'FM',
  'republic of korea': 'KR',
  korea: 'KR',
  "democratic people's republic of korea": 'KP',
  'republic of moldova': 'MD',
  'united republic of tanzania': 'TZ',
  "lao people's democratic republic": 'LA',
  'syrian arab republic': 'SY',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'united kingdom of great britain and northern ireland': 'GB',
  'united states of america': 'US',
  turkiye: 'TR',
  turkey: 'TR',
  "cote d'ivoire": 'CI',
  'democratic republic of the congo': 'CD',
  congo: 'CG',
  'czech republic': 'CZ',
  'netherlands (kingdom of the)': 'NL',
  'netherlands, the kingdom of the': 'NL',
  'kingdom of the netherlands': 'NL',
  'state of palestine': 'PS',
  'holy see': 'VA',
  'european union': 'EU',
  'brunei darussalam': 'BN',
  'cabo verde': 'CV',
  'sao tome and principe': 'ST',
  'the former yugoslav republic of macedonia': 'MK',
  'republic of north macedonia': 'MK',
  'bosnia and herzegovina': 'BA',
  'antigua and barbuda': 'AG',
  'trinidad and tobago': 'TT',
  'saint kitts and nevis': 'KN',
  'saint vincent and the grenadines': 'VC',
  'saint lucia': 'LC',
  'dominican republic': 'DO',
  'central african republic': 'CF',
  'equatorial guinea': 'GQ',
  'guinea-bissau': 'GW',
  'papua new guinea': 'PG',
  'solomon islands': 'SB',
  'marshall islands': 'MH',
  'united arab emirates': 'AE',
  'south sudan': 'SS',
  'sri lanka': 'LK',
  'costa rica': 'CR',
  'el salvador': 'SV',
  'sierra leone': 'SL',
  'south africa': 'ZA',
  'new zealand': 'NZ',
  'san marino': 'SM',
  'burkina faso': 'BF',
  'saudi arabia': 'SA',
  'timor-leste': 'TL',
  eswatini: 'SZ',
  gambia: 'GM',
  bahamas: 'BS',
  philippines: 'PH',
  moldova: 'MD',
};

/** Folds case, accents, curly quotes, footnote digits and spacing so names compare equal. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s*\d+\s*$/g, '')
    .replace(/[*:]+\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Codes Intl still names but that are not current ISO 3166-1 countries (withdrawn or reserved):
// "YU" is also called "Serbia" by some Intl data, and would shadow RS.
const NOT_CURRENT = new Set([
  'AN',
  'BU',
  'CS',
  'DD',
  'FX',
  'NT',
  'SU',
  'TP',
  'UK',
  'YD',
  'YU',
  'ZR',
  'EZ',
  'UN',
  'ZZ',
]);

let intlNames: Map<string, string> | null = null;

function namesFromIntl(): Map<string, string> {
  if (intlNames) return intlNames;
  intlNames = new Map();
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_CURRENT.has(code) || /^(AA|Q[M-Z]|X[A-Z])$/.test(code)) continue;
      const name = names.of(code);
      // The first (current) code keeps a name another code shares.
      if (name && name !== code && !intlNames.has(foldName(name))) {
        intlNames.set(foldName(name), code);
      }
    }
  }
  return intlNames;
}

/** The ISO code for a depositary's country name, or null when it is not one we know. */
export function codeForName(name: string): string | null {
  const folded = foldName(name);
  const formal = FORMAL_NAMES[folded];
  if (formal) return formal;
  const intl = namesFromIntl().get(folded);
  if (intl) return intl;
  // "Bolivia (Plurinational State of)" style names not listed above: try the part before "(".
  const short = folded.replace(/\s*\(.*\)\s*$/, '');
  return short !== folded ? (FORMAL_NAMES[short] ?? namesFromIntl().get(short) ?? null) : null;
}
