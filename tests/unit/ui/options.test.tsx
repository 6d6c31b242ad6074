import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SETTINGS_KEY } from '@/src/background/settings-store';
import { checkHostInput, sortedSites } from '@/src/ui/options/host-input';
import { Options } from '@/src/ui/options/Options';
import { previewParts } from '@/src/ui/options/StylePicker';
import { PALETTE } from '@/src/page/palette';
import { connectBackground } from '../support/background';

const NOW = () => new Date('2026-11-28T12:00:00Z');

function chooseFile(name: string, content: string): void {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Options', () => {
  it('adds a site, refusing a bad name with a clear message', async () => {
    const bg = connectBackground();
    render(<Options now={NOW} />);
    const host = await screen.findByRole('textbox', { name: 'Site' });
    fireEvent.input(host, { target: { value: 'exa mple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe(
      '“exa mple” is not a site name. Enter a host name such as example.com or news.example.org.',
    );
    expect(host.getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(host, { target: { value: 'https://www.Example.com/page' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByRole('combobox', { name: 'Treaty Lens on example.com' });
    expect((await bg.settings.read()).settings.sites).toEqual({ 'example.com': 'off' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('edits, switches and removes a site rule', async () => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites['old.example'] = 'off';
    });
    render(<Options now={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit the rule for old.example' }));
    const row = screen.getByRole('row', { name: /old\.example/ });
    const edit = within(row).getByRole('textbox', { name: 'Site' });
    fireEvent.input(edit, { target: { value: 'new.example' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    const rule = await screen.findByRole('combobox', { name: 'Treaty Lens on new.example' });
    expect((await bg.settings.read()).settings.sites).toEqual({ 'new.example': 'off' });

    fireEvent.change(rule, { target: { value: 'on' } });
    await waitFor(async () =>
      expect((await bg.settings.read()).settings.sites).toEqual({ 'new.example': 'on' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove the rule for new.example' }));
    await screen.findByText('No site rules: Treaty Lens runs on every site.');
    expect((await bg.settings.read()).settings.sites).toEqual({});
  });

  it('changes the highlight style and its preview together', async () => {
    const bg = connectBackground();
    const { container } = render(<Options now={NOW} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Background' }));
    await waitFor(() =>
      expect(container.querySelector('.preview')?.getAttribute('data-style')).toBe('background'),
    );
    expect((await bg.settings.read()).settings.highlightStyle).toBe('background');
    // One preview on a light page and one on a dark page, each with the page's palette.
    expect(container.querySelectorAll('.preview mark')).toHaveLength(6);
    const dark = container.querySelector<HTMLElement>('.preview[data-tone="dark"] .tl-mark')!;
    const light = container.querySelector<HTMLElement>('.preview[data-tone="light"] .tl-mark')!;
    expect(light.style.getPropertyValue('--mark')).toBe(
      PALETTE.light['un-cybercrime-convention'].line,
    );
    expect(dark.style.getPropertyValue('--mark')).toBe(
      PALETTE.dark['un-cybercrime-convention'].line,
    );
  });

  it('turns an instrument off', async () => {
    const bg = connectBackground();
    render(<Options now={NOW} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Budapest Convention' }));
    await waitFor(async () =>
      expect((await bg.settings.read()).settings.instruments['budapest-convention']).toBe(false),
    );
  });

  it.each([
    ['a foreign file', 'other.json', '{"app":"other"}', 'This is not a Treaty Lens settings file.'],
    ['a file that is not JSON', 'broken.json', '{"app":', 'The file is not a valid JSON file.'],
    [
      'a file with a bad value',
      'bad.json',
      '{"app":"treaty-lens","settings":{"highlightStyle":"neon"}}',
      'The highlight style was unknown.',
    ],
  ])('refuses %s, says why and changes nothing', async (_, name, content, reason) => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites['keep.org'] = 'off';
    });
    const before = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    render(<Options now={NOW} />);
    await screen.findByRole('heading', { name: 'Back up and restore' });
    chooseFile(name, content);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`“${name}” was not imported, and nothing was changed.`);
    expect(alert.textContent).toContain(reason);
    expect(await fakeBrowser.storage.sync.get(SETTINGS_KEY)).toEqual(before);
  });

  it('imports a valid file', async () => {
    const bg = connectBackground();
    render(<Options now={NOW} />);
    await screen.findByRole('heading', { name: 'Back up and restore' });
    const file = {
      app: 'treaty-lens',
      exportedAt: NOW().toISOString(),
      settings: { hoverDelayMs: 650 },
    };
    chooseFile('mine.json', JSON.stringify(file));
    await screen.findByText('Settings imported from “mine.json”.');
    expect((await bg.settings.read()).settings.hoverDelayMs).toBe(650);
  });

  it('resets to defaults only after confirmation', async () => {
    const bg = connectBackground();
    await bg.settings.update((s) => {
      s.sites['a.org'] = 'off';
    });
    render(<Options now={NOW} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await bg.settings.read()).settings.sites).toEqual({ 'a.org': 'off' });

    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(screen.getByText(/Reset every setting to its default/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    await screen.findByText('All settings were reset to their defaults.');
    expect((await bg.settings.read()).settings.sites).toEqual({});
  });

  it('shows the repair notice with each repair and dismisses it', async () => {
    connectBackground();
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { enabled: 'yes', sites: [] } });
    render(<Options now={NOW} />);
    const notice = await screen.findByRole('status', { name: /damaged/ });
    expect(within(notice).getByRole('heading').textContent).toBe(
      'Some stored settings were damaged and have been repaired',
    );
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'The main on/off switch had an invalid value.',
      'The list of site rules could not be read.',
    ]);
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('status', { name: /damaged/ })).toBeNull());
  });
});

describe('checkHostInput', () => {
  const sites = { 'example.com': 'off' as const };
  it.each([
    ['news.Example.org', { host: 'news.example.org' }],
    ['  ', { error: 'optionsSiteEmptyInput' }],
    ['no spaces.com', { error: 'optionsSiteInvalid', subs: ['no spaces.com'] }],
    ['www.example.com', { error: 'optionsSiteExists', subs: ['example.com'] }],
  ])('checks %j', (input, expected) => {
    expect(checkHostInput(input, sites)).toEqual(expected);
  });

  it('lets an edited site keep its own name', () => {
    expect(checkHostInput('example.com', sites, 'example.com')).toEqual({ host: 'example.com' });
  });
});

describe('sortedSites', () => {
  it('puts a parent right before its subdomains', () => {
    const order = sortedSites({
      'b.org': 'on',
      'news.a.com': 'on',
      'a.com': 'off',
      'z.a.com': 'off',
    });
    expect(order.map(([host]) => host)).toEqual(['a.com', 'news.a.com', 'z.a.com', 'b.org']);
  });
});

describe('previewParts', () => {
  it('places the three instrument names where the sentence puts them', () => {
    expect(
      previewParts()
        .filter((p) => p.instrument)
        .map((p) => p.text),
    ).toEqual(['UN Convention against Cybercrime', 'UN Ad Hoc Committee', 'Budapest Convention']);
  });
});

describe('the country combobox', () => {
  it('filters as the reader types, moves with the arrow keys and saves on Enter', async () => {
    const bg = connectBackground();
    render(<Options now={NOW} />);
    const box = await screen.findByRole('combobox', { name: 'Search countries' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-controls')).toBe('country-listbox');

    fireEvent.input(box, { target: { value: 'usa' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options[0]!.textContent).toBe('United States');

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('country-option-US');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(async () => expect((await bg.settings.read()).settings.country).toBe('US'));
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('United States');
  });

  it('chooses with the pointer, offers Automatic and None, and says when nothing matches', async () => {
    const bg = connectBackground();
    render(<Options now={NOW} />);
    const box = await screen.findByRole('combobox', { name: 'Search countries' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const all = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(all[1]!.textContent).toContain("Don't show a country");
    fireEvent.mouseDown(all[1]!);
    await waitFor(async () => expect((await bg.settings.read()).settings.country).toBe('none'));

    fireEvent.input(box, { target: { value: 'ivory coast' } });
    fireEvent.mouseDown(within(screen.getByRole('listbox')).getAllByRole('option')[0]!);
    await waitFor(async () => expect((await bg.settings.read()).settings.country).toBe('CI'));

    fireEvent.input(box, { target: { value: 'qqqzz' } });
    expect(screen.getByRole('listbox').textContent).toBe('No country matches.');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect((await bg.settings.read()).settings.country).toBe('CI');
  });
});
