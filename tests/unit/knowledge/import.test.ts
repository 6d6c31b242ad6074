import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTICIPANTS, PROTOCOL_PARTICIPANTS } from '@/src/knowledge';
import {
  ImportError,
  LIST_FILES,
  formatDiff,
  mergeList,
  parseCoeChart,
  parseDepositaryPage,
  parseUntc,
} from '@/src/knowledge/import';
import { codeForName } from '@/src/knowledge/import/countries';
import { runImport } from '@/src/knowledge/import/run';

const fixture = (name: string) => readFileSync(`tests/fixtures/facts/${name}`, 'utf8');
const UNTC = fixture('untc-xviii-16.html');
const COE_185 = fixture('coe-185.html');
const COE_224 = fixture('coe-224.html');

describe('parseUntc', () => {
  const page = parseUntc(UNTC);

  it('reads the page’s own date, never today’s', () => {
    expect(page.asOf).toBe('2027-03-01');
    expect(page.key).toBe('un-cybercrime-convention');
  });

  it('reads every participant with its signature, deposit and kind of instrument', () => {
    expect(page.rows).toEqual([
      {
        code: 'AZ',
        name: 'Azerbaijan',
        signed: '2025-10-25',
        ratified: '2027-01-12',
        consent: 'ratification',
        declarations: true,
        reservations: true,
      },
      { code: 'BR', name: 'Brazil', signed: '2025-10-25' },
      { code: 'CA', name: 'Canada', signed: '2026-07-14' },
      {
        code: 'EU',
        name: 'European Union',
        signed: '2025-10-25',
        ratified: '2027-02-20',
        consent: 'approval',
        declarations: true,
      },
      {
        code: 'IR',
        name: 'Iran (Islamic Republic of)',
        ratified: '2027-02-15',
        consent: 'accession',
      },
      { code: 'VN', name: 'Viet Nam', signed: '2025-10-25' },
      { code: 'CI', name: "Côte d'Ivoire", signed: '2025-10-26' },
    ]);
  });

  it.each([
    ['a page without its status date', UNTC.replace(/STATUS AS AT[^<]*/, ''), /STATUS AS AT/],
    [
      'another treaty',
      UNTC.replace(/XVIII-16|Convention against Cybercrime/g, 'Other'),
      /XVIII-16/,
    ],
    ['a page without the table', UNTC.replace(/<table class[\s\S]*?<\/table>/, ''), /Participant/],
    ['an unknown state', UNTC.replace('Brazil', 'Freedonia'), /Freedonia/],
    ['an unreadable date', UNTC.replace('14 Jul 2026', '14 Julember 2026'), /Canada.*unreadable/],
    ['a day that does not exist', UNTC.replace('14 Jul 2026', '31 Jun 2026'), /unreadable/],
    ['a state listed twice', UNTC.replace('Viet Nam', 'Brazil'), /twice: BR/],
  ])('refuses %s with a clear message', (_, html, message) => {
    expect(() => parseUntc(html)).toThrow(ImportError);
    expect(() => parseUntc(html)).toThrow(message);
  });
});

describe('parseCoeChart', () => {
  it('reads the ETS 185 chart: dates, accessions, R./D. marks and its status date', () => {
    const page = parseCoeChart(COE_185);
    expect(page).toMatchObject({
      key: 'budapest-convention',
      asOf: '2027-03-01',
      source: 'coe-chart',
    });
    expect(page.rows.find((r) => r.code === 'AD')).toEqual({
      code: 'AD',
      name: 'Andorra',
      signed: '2013-04-23',
      ratified: '2016-11-16',
      consent: 'ratification',
      inForce: '2017-03-01',
      declarations: true,
      reservations: true,
    });
    expect(page.rows.find((r) => r.code === 'UY')).toEqual({
      code: 'UY',
      name: 'Uruguay',
      ratified: '2027-01-14',
      consent: 'accession',
      inForce: '2027-05-01',
    });
    expect(page.rows.find((r) => r.code === 'ZA')).toEqual({
      code: 'ZA',
      name: 'South Africa',
      signed: '2001-11-23',
    });
    expect(page.rows.map((r) => r.code)).toEqual(['AL', 'AD', 'IE', 'TR', 'BR', 'ZA', 'UY']);
  });

  it('reads the CETS 224 chart into the Second Protocol’s list', () => {
    const page = parseCoeChart(COE_224);
    expect(page).toMatchObject({
      key: 'budapest-second-additional-protocol',
      source: 'coe-chart-224',
    });
    expect(page.rows.map((r) => r.code)).toEqual(['BA', 'HU', 'RS', 'JP', 'FJ']);
  });

  it.each([
    ['a chart without its date', COE_185.replace(/Status as of:[^<]*/, ''), /Status as of/],
    ['a treaty Treaty Lens does not follow', COE_185.replace(/Treaty 185/, 'Treaty 108'), /108/],
    [
      'a chart without columns',
      COE_185.replace(/<th>Entry into Force<\/th>/, '<th>?</th>'),
      /columns/,
    ],
    ['an unreadable date', COE_185.replace('20/06/2002', '2002-06-20'), /Albania.*unreadable/],
    ['an unknown state', COE_185.replace('Uruguay', 'Ruritania'), /Ruritania/],
  ])('refuses %s with a clear message', (_, html, message) => {
    expect(() => parseCoeChart(html)).toThrow(ImportError);
    expect(() => parseCoeChart(html)).toThrow(message);
  });
});

describe('parseDepositaryPage', () => {
  it('tells the two kinds of page apart and refuses anything else', () => {
    expect(parseDepositaryPage(UNTC).key).toBe('un-cybercrime-convention');
    expect(parseDepositaryPage(COE_224).key).toBe('budapest-second-additional-protocol');
    expect(() => parseDepositaryPage('<html><body>Hello</body></html>')).toThrow(
      /Not a depositary page/,
    );
  });

  it('never runs a script of the saved page', () => {
    parseDepositaryPage(UNTC);
    expect((globalThis as { __shouldNotRun?: boolean }).__shouldNotRun).toBeUndefined();
  });
});

describe('codeForName', () => {
  it.each([
    ['Serbia', 'RS'],
    ['Türkiye', 'TR'],
    ['Viet Nam', 'VN'],
    ['Netherlands, the Kingdom of the', 'NL'],
    ['Bolivia (Plurinational State of)', 'BO'],
    ['Republic of Moldova', 'MD'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['European Union', 'EU'],
    ['Brazil 2', 'BR'],
  ])('%s is %s', (name, code) => expect(codeForName(name)).toBe(code));
});

describe('mergeList', () => {
  const un = PARTICIPANTS['un-cybercrime-convention'];
  if (!un) throw new Error('no UN list');

  it('takes the depositary rows and date, keeps reports, and lists what changed', () => {
    const { list, diff } = mergeList(un, parseUntc(UNTC));
    expect(list).toMatchObject({ asOf: '2027-03-01', complete: true, source: 'untc' });
    const az = list.participants.find((p) => p.code === 'AZ');
    expect(az).toMatchObject({
      status: 'party',
      ratified: { date: '2027-01-12', precision: 'day' },
      consent: 'ratification',
      declarations: true,
      reservations: true,
    });
    // The domestic-approval report stays with the row: it is not a depositary fact.
    expect(az?.reports?.[0]?.what).toBe('domestic-approval');
    // Canada was an unconfirmed report; on the depositary page it becomes a confirmed row.
    expect(list.participants.find((p) => p.code === 'CA')).not.toHaveProperty('unconfirmed');
    expect(diff.added).toEqual([expect.stringMatching(/^CA Canada: .*was an unconfirmed report/)]);
    expect(diff.changed).toContainEqual(
      expect.stringMatching(/^AZ Azerbaijan: status signatory → party, ratified — → 2027-01-12/),
    );
    expect(diff.removed).toContainEqual(expect.stringMatching(/^FR: not on the depositary page/));
    const codes = list.participants.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('keeps an unconfirmed report the depositary does not list', () => {
    const page = parseUntc(UNTC.replace(/<tr><td>Canada[\s\S]*?<\/tr>/, ''));
    const { list, diff } = mergeList(un, page);
    expect(list.participants.find((p) => p.code === 'CA')?.unconfirmed).toBe(true);
    expect(diff.kept).toEqual([expect.stringMatching(/^CA: unconfirmed report kept/)]);
  });

  it('prints a diff a person can read', () => {
    const page = parseCoeChart(COE_224);
    const list = PROTOCOL_PARTICIPANTS['budapest-second-additional-protocol'];
    if (!list) throw new Error('no CETS 224 list');
    const text = formatDiff(page, mergeList(list, page).diff);
    expect(text).toContain(
      'Council of Europe chart, CETS No. 224: 5 participants, status as of 2027-03-01',
    );
    expect(text).toContain('Added (1):\n  FJ Fiji: status signatory, signed 2027-01-20');
    expect(text).toContain('HU Hungary: signed — → 2022-05-12, declarations — → true');
    expect(text).toContain('Removed: none');
  });
});

describe('runImport', () => {
  it('writes the list file, formatted, and it reads back as the imported list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'facts-import-'));
    try {
      const result = await runImport(COE_224, { root });
      expect(result.written).toBe(true);
      const text = readFileSync(
        join(root, LIST_FILES['budapest-second-additional-protocol'].path),
        'utf8',
      );
      expect(text).toMatch(
        /^\/\/ Imported by `npm run facts:import` from the Council of Europe chart, CETS No\. 224/,
      );
      expect(text).toContain('export const SECOND_PROTOCOL_PARTICIPANTS: ParticipantList = {');
      expect(text).toContain("code: 'FJ'");
      expect(text).toContain("asOf: '2027-03-01'");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('changes nothing on a dry run or a bad page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'facts-import-'));
    try {
      expect((await runImport(COE_224, { root, dryRun: true })).written).toBe(false);
      await expect(runImport(COE_224.replace(/Status as of:[^<]*/, ''), { root })).rejects.toThrow(
        ImportError,
      );
      expect(existsSync(join(root, 'src'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
