import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Options } from '@/src/ui/options/Options';
import { validateSettings } from '@/src/settings/validate';
import { connectBackground } from '../../support/background';

describe('Content language option', () => {
  it('defaults to the interface language and saves the page-language choice', async () => {
    const bg = connectBackground();
    render(<Options now={() => new Date('2026-11-28T12:00:00Z')} />);
    const ui = await screen.findByRole('radio', { name: 'In the language of the interface' });
    expect((ui as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /In the language of the page/ }));
    await waitFor(async () =>
      expect((await bg.settings.read()).settings.contentLanguage).toBe('page'),
    );
  });

  it('is validated: a bad stored value is repaired and reported, a missing one defaulted', () => {
    const bad = validateSettings({ version: 1, contentLanguage: 'klingon' });
    expect(bad.settings.contentLanguage).toBe('interface');
    expect(bad.errors).toEqual([{ key: 'repairContentLanguage' }]);
    const old = validateSettings({ version: 1, enabled: true });
    expect(old.settings.contentLanguage).toBe('interface');
    expect(old.errors).toEqual([]);
    expect(validateSettings({ contentLanguage: 'page' }).settings.contentLanguage).toBe('page');
  });
});
