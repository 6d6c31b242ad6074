import { describe, expect, it, vi } from 'vitest';
import type { SiteRule } from '@/src/settings/schema';
import { turnOffWithUndo } from '@/src/ui/popover/turn-off';

function setup(sites: Record<string, SiteRule>) {
  const rules: Array<[string, SiteRule | null]> = [];
  let undo: (() => Promise<void>) | null = null;
  const deps = {
    hostname: 'www.News.example.com',
    sites,
    setSiteRule: vi.fn((host: string, rule: SiteRule | null) => {
      rules.push([host, rule]);
      return Promise.resolve();
    }),
    showToast: vi.fn((onUndo: () => Promise<void>) => {
      undo = onUndo;
      return () => undefined;
    }),
  };
  return { deps, rules, undo: () => undo!() };
}

describe('turnOffWithUndo', () => {
  it('turns the site off, then shows the toast', async () => {
    const { deps, rules } = setup({});
    await turnOffWithUndo(deps);
    expect(rules).toEqual([['www.News.example.com', 'off']]);
    expect(deps.showToast).toHaveBeenCalledTimes(1);
  });

  it('undo removes the rule when the site had none', async () => {
    const { deps, rules, undo } = setup({ 'example.com': 'on' });
    await turnOffWithUndo(deps);
    await undo();
    expect(rules.at(-1)).toEqual(['www.News.example.com', null]);
  });

  it('undo puts back the site’s own earlier rule', async () => {
    const { deps, rules, undo } = setup({ 'news.example.com': 'on' });
    await turnOffWithUndo(deps);
    await undo();
    expect(rules.at(-1)).toEqual(['www.News.example.com', 'on']);
  });

  it('shows no toast when the background refuses', async () => {
    const { deps } = setup({});
    deps.setSiteRule.mockRejectedValueOnce(new Error('refused'));
    await expect(turnOffWithUndo(deps)).rejects.toThrow('refused');
    expect(deps.showToast).not.toHaveBeenCalled();
  });
});
