// Matching speed of findMentions on ~5 MB of generated mixed-language text with few mentions:
// npm run bench:matcher [-- --json]. Text comes from the word lists below, never from a corpus.
import { collectCues, findMentions } from '@/src/detect';

const WORDS: Readonly<Record<string, readonly string[]>> = {
  en: 'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no out what up more about into than them can only other new some time could these two may then first any like now my such make over our even most me state after also made many before must through back years where much your way well down should because each just those people how too little good very world still own see men work long here get both between life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  ),
  fr: 'le la les de des du et un une est que qui dans pour pas plus sur par avec ce cette son ses au aux ont été être fait comme mais tout nous vous leur leurs entre après avant sans sous deux ans pays gouvernement projet réunion droit politique économie société année ville marché travail loi'.split(
    ' ',
  ),
  de: 'der die das und ist nicht ein eine zu den von mit sich des auf für im dem es auch als an nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man Regierung Gesetz Jahr Stadt Bericht Wirtschaft Polizei Gericht'.split(
    ' ',
  ),
  es: 'el la los las de del y en un una que es por para con no se su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante gobierno país año ciudad ley informe'.split(
    ' ',
  ),
  ru: 'и в не на я что он с как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот правительство закон город год'.split(
    ' ',
  ),
  zh: '的 一 是 在 不 了 有 和 人 这 中 大 为 上 个 国 我 以 要 他 时 来 用 们 生 到 作 地 于 出 就 分 对 成 会 可 主 发 年 动 同 工 也 能 下 过 子 说 产 种 面 而 方 后 多 定 行 学 法 所 民 得 经 政府 经济 城市 报告 市场'.split(
    ' ',
  ),
  ja: 'の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり 政府 経済 東京 報告 市場'.split(
    ' ',
  ),
  ar: 'في من على إلى أن عن مع هذا التي الذي كان هذه ما لا بين كل بعد قد ذلك عند حتى أو ثم إذا الحكومة الاقتصاد المدينة التقرير السوق العام'.split(
    ' ',
  ),
  th: 'ที่ และ ของ ใน การ เป็น ได้ มี ให้ ว่า ไม่ จะ ไป มา กับ แต่ หรือ จาก โดย รัฐบาล เศรษฐกิจ เมือง รายงาน ตลาด'.split(
    ' ',
  ),
};

const MENTIONS = [
  'the UN Convention against Cybercrime',
  'the Budapest Convention',
  'la Convention de Budapest',
  'Ханойской конвенции',
  '联合国打击网络犯罪公约',
  'the Ad Hoc Committee on Cybercrime',
];

const SPACELESS = new Set(['zh', 'ja', 'th']);

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate(totalChars: number): string[] {
  const rand = rng(42);
  const langs = Object.keys(WORDS);
  const blocks: string[] = [];
  let size = 0;
  while (size < totalChars) {
    const lang = langs[Math.floor(rand() * langs.length)] as string;
    const words = WORDS[lang] as readonly string[];
    const target = 200 + Math.floor(rand() * 1800);
    let block = '';
    while (block.length < target) {
      block += words[Math.floor(rand() * words.length)];
      block += SPACELESS.has(lang) ? (rand() < 0.1 ? '。' : '') : rand() < 0.08 ? '. ' : ' ';
    }
    // About one block in fifty names an instrument.
    if (rand() < 0.02) block += ` ${MENTIONS[Math.floor(rand() * MENTIONS.length)]}. `;
    blocks.push(block);
    size += block.length;
  }
  return blocks;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const blocks = generate(5_000_000);
const whole = blocks.join('\n');
const mb = whole.length / 1e6;
const pageCues = collectCues(whole);

// The first call compiles the matcher; report it apart from the steady state.
const compileMs = time(() => findMentions('The Budapest Convention.'));
let found = 0;
// Warm-up lets V8 tier up the regular expressions and the JIT settle.
for (const b of blocks) findMentions(b, { pageCues });
const RUNS = 5;
const blockMs = Math.min(
  ...Array.from({ length: RUNS }, () =>
    time(() => {
      found = 0;
      for (const b of blocks) found += findMentions(b, { pageCues }).length;
    }),
  ),
);
let foundWhole = 0;
const wholeMs = Math.min(
  ...Array.from({ length: RUNS }, () =>
    time(() => (foundWhole = findMentions(whole, { pageCues }).length)),
  ),
);
const cuesMs = Math.min(...Array.from({ length: RUNS }, () => time(() => collectCues(whole))));

const result = {
  megabytes: Number(mb.toFixed(2)),
  compileMs: Number(compileMs.toFixed(1)),
  blocks: blocks.length,
  blocksMBps: Number((mb / (blockMs / 1000)).toFixed(1)),
  singleStringMBps: Number((mb / (wholeMs / 1000)).toFixed(1)),
  collectCuesMBps: Number((mb / (cuesMs / 1000)).toFixed(1)),
  mentionsInBlocks: found,
  mentionsInString: foundWhole,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  console.log(`text: ${result.megabytes} MB (million UTF-16 units) in ${result.blocks} blocks`);
  console.log(`first call (compiles the matcher): ${result.compileMs} ms`);
  console.log(`findMentions per block: ${result.blocksMBps} MB/s (${found} mentions)`);
  console.log(
    `findMentions on one string: ${result.singleStringMBps} MB/s (${foundWhole} mentions)`,
  );
  console.log(`collectCues on one string: ${result.collectCuesMBps} MB/s`);
}
