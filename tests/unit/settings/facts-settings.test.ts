import { describe, expect, it } from 'vitest';
import { DEFAULT_FACTS_URL } from '@/src/knowledge/update/url';
import { defaultSettings } from '@/src/settings/schema';
import { validateSettings } from '@/src/settings/validate';

describe('facts update settings', () => {
  it('are off by default, with the documented address', () => {
    expect(defaultSettings()).toMatchObject({
      factsUpdates: false,
      factsUpdateUrl: DEFAULT_FACTS_URL,
    });
    expect(DEFAULT_FACTS_URL).toBe(
      'https://treaty-lens.github.io/treaty-lens/facts/treaty-lens-facts.json',
    );
  });

  it('fill in silently for settings stored before they existed', () => {
    const { settings, errors } = validateSettings({ version: 1, enabled: true });
    expect(errors).toEqual([]);
    expect(settings.factsUpdates).toBe(false);
  });

  it('keep a valid address and switch', () => {
    const url = 'https://facts.example.org/tl.json';
    expect(validateSettings({ factsUpdates: true, factsUpdateUrl: url }).settings).toMatchObject({
      factsUpdates: true,
      factsUpdateUrl: url,
    });
  });

  it.each(['http://example.org/f.json', 'https://x.org/f.json?id=1', 'javascript:alert(1)', 42])(
    'repair the bad address %s to the default, with a notice',
    (bad) => {
      const { settings, errors } = validateSettings({ factsUpdateUrl: bad });
      expect(settings.factsUpdateUrl).toBe(DEFAULT_FACTS_URL);
      expect(errors).toEqual([{ key: 'repairFactsUpdateUrl' }]);
    },
  );

  it('repair a switch that is not a boolean to off', () => {
    const { settings, errors } = validateSettings({ factsUpdates: 'yes' });
    expect(settings.factsUpdates).toBe(false);
    expect(errors).toEqual([{ key: 'repairFactsUpdates' }]);
  });
});
