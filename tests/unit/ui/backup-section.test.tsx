import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SETTINGS_KEY } from '@/src/background/settings-store';
import { MAX_IMPORT_BYTES } from '@/src/settings/transfer';
import { Options } from '@/src/ui/options/Options';
import { readImportFile } from '@/src/ui/options/BackupSection';
import { connectBackground } from '../support/background';

const NOW = () => new Date('2026-11-28T12:00:00Z');

function chooseFile(name: string, content: string): void {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const deepFile = (): string =>
  `{"app":"treaty-lens","settings":{"sites":${'{"a":'.repeat(5_000)}"on"${'}'.repeat(5_000)}}}`;

const manyRules = (count: number): string => {
  const sites: Record<string, string> = {};
  for (let i = 0; i < count; i++) sites[`s${i}.example.org`] = 'off';
  return JSON.stringify({ app: 'treaty-lens', settings: { sites } });
};

describe('Importing a hostile settings file', () => {
  it('reads a file nested 5,000 deep as a refusal, before it reaches the background', async () => {
    const file = new File([deepFile()], 'deep.json');
    expect(await readImportFile(file)).toEqual({ key: 'importTooDeep', subs: ['8'] });
  });

  it.each([
    [
      'a file nested 5,000 deep',
      'deep.json',
      deepFile,
      'The file nests its data more than 8 levels deep; a Treaty Lens settings file never does.',
    ],
    [
      'a huge file',
      'huge.json',
      () => `{"app":"treaty-lens","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`,
      'The file is larger than 1000 kB, the most a Treaty Lens settings file can be.',
    ],
    [
      'a file with too many rules',
      'many.json',
      () => manyRules(30_000),
      'The file has 30000 site rules; Treaty Lens keeps at most 2000.',
    ],
  ])('refuses %s, says why, and loses nothing', async (_, name, content, reason) => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites['keep.org'] = 'off';
    });
    const before = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    render(<Options now={NOW} />);
    await screen.findByRole('heading', { name: 'Back up and restore' });
    chooseFile(name, content());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`“${name}” was not imported, and nothing was changed.`);
    expect(alert.textContent).toContain(reason);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual(before);
  });
});
