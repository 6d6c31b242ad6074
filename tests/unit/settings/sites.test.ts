import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/src/settings/schema';
import { normalizeHost, ruleForHost, siteToggle } from '@/src/settings/sites';

describe('normalizeHost', () => {
  it.each([
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://www.news.example.org/path?q=1', 'news.example.org'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['bücher.de', 'bücher.de'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeHost(input)).toBe(expected);
  });

  it.each(['', 'not a host', 'example', '-bad.com', '999.1.1.1', 'a..b.com'])(
    'refuses %j',
    (input) => {
      expect(normalizeHost(input)).toBeNull();
    },
  );
});

describe('ruleForHost', () => {
  const settings = defaultSettings();
  settings.sites = { 'example.com': 'off', 'news.example.com': 'on' };

  it('applies a rule to its subdomains', () => {
    expect(ruleForHost(settings, 'blog.example.com')).toEqual({
      active: false,
      source: 'site',
      host: 'example.com',
      rule: 'off',
    });
  });

  it('lets a more specific rule override its parent', () => {
    expect(ruleForHost(settings, 'a.news.example.com').active).toBe(true);
  });

  it('treats www. as the same site', () => {
    expect(ruleForHost(settings, 'www.example.com').active).toBe(false);
  });

  it('does not match a different site that ends with the same letters', () => {
    expect(ruleForHost(settings, 'notexample.com')).toEqual({ active: true, source: 'default' });
  });

  it('is off everywhere when the global switch is off', () => {
    expect(ruleForHost({ ...settings, enabled: false }, 'other.org').source).toBe('global');
  });
});

describe('siteToggle', () => {
  const settings = defaultSettings();
  settings.sites = {
    'example.com': 'off',
    'news.example.com': 'on',
    'deep.example.com': 'off',
    'solo.org': 'off',
  };

  it.each([
    ['sets a rule for a site without one', 'other.net', false, { host: 'other.net', rule: 'off' }],
    [
      'removes the own rule when that is enough',
      'solo.org',
      true,
      { host: 'solo.org', rule: null },
    ],
    [
      'overrides a parent rule with a more specific one',
      'blog.example.com',
      true,
      { host: 'blog.example.com', rule: 'on' },
    ],
    [
      'removes its own rule when the parent already decides the same',
      'news.example.com',
      false,
      { host: 'news.example.com', rule: null },
    ],
    [
      'replaces its own rule when the parent would decide otherwise',
      'deep.example.com',
      true,
      { host: 'deep.example.com', rule: 'on' },
    ],
    ['folds www. into the site', 'www.other.net', false, { host: 'other.net', rule: 'off' }],
  ] as const)('%s', (_, host, on, expected) => {
    expect(siteToggle(settings, host, on)).toEqual(expected);
  });
});

describe('normalizeHost agrees with the URL parser on ASCII names', () => {
  it.each([
    'a.0x7f',
    'example.123',
    'xn--zz.com',
    'xn--bcher-kva.de',
    'a_b.example.com',
    'x.1a',
    'sub.-bad.org',
    'ok-1.example.co.uk',
  ])('%s', (input) => {
    let viaUrl: string | null;
    try {
      const ascii = new URL(`http://${input}`).hostname;
      const labels = ascii.split('.');
      viaUrl =
        labels.length >= 2 && labels.every((l) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(l))
          ? input
          : null;
    } catch {
      viaUrl = null;
    }
    expect(normalizeHost(input)).toBe(viaUrl);
  });
});

describe('ruleForHost and host names that are Object.prototype keys', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'runs on an intranet host named %s, and the answer can be cloned',
    (host) => {
      const settings = defaultSettings();
      settings.sites = { 'example.com': 'off' };
      const rule = ruleForHost(settings, host);
      expect(rule).toEqual({ active: true, source: 'default' });
      expect(structuredClone(rule)).toEqual(rule);
    },
  );

  it('treats a host under such a name by its own rules', () => {
    const settings = defaultSettings();
    settings.sites = { 'corp.example': 'off' };
    expect(ruleForHost(settings, 'constructor.corp.example')).toMatchObject({ active: false });
    expect(siteToggle(settings, 'constructor', false)).toEqual({
      host: 'constructor',
      rule: 'off',
    });
    expect(siteToggle(settings, 'toString', true)).toEqual({ host: 'tostring', rule: 'on' });
  });
});

describe('ruleForHost cost', () => {
  it('looks up one key per host label and never lists the rules', () => {
    const rules: Record<string, 'on' | 'off'> = {};
    for (let i = 0; i < 2_000; i++) rules[`s${i}.example.org`] = 'off';
    const lookups: string[] = [];
    let listed = 0;
    const settings = defaultSettings();
    settings.sites = new Proxy(rules, {
      getOwnPropertyDescriptor(target, key) {
        lookups.push(String(key));
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      has(target, key) {
        lookups.push(String(key));
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        listed++;
        return Reflect.ownKeys(target);
      },
    });
    expect(ruleForHost(settings, 'www.a.b.c.example.net').active).toBe(true);
    expect(lookups).toEqual([
      'a.b.c.example.net',
      'b.c.example.net',
      'c.example.net',
      'example.net',
      'net',
    ]);
    expect(listed).toBe(0);
  });
});
