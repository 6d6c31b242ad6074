import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MAX_SITE_RULES, type SiteRule } from '@/src/settings/schema';
import { SiteList, SITES_PER_PAGE } from '@/src/ui/options/SiteList';

const manySites = (count: number): Record<string, SiteRule> => {
  const sites: Record<string, SiteRule> = {};
  for (let i = 0; i < count; i++) sites[`s${String(i).padStart(4, '0')}.example.org`] = 'off';
  return sites;
};

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('SiteList', () => {
  it('renders one page of rules at a time, with the count against the limit', () => {
    render(<SiteList sites={manySites(MAX_SITE_RULES)} onSave={() => undefined} />);
    expect(rows()).toHaveLength(SITES_PER_PAGE);
    expect(screen.getByTestId('sites-limit').textContent).toBe(
      '2,000 of at most 2,000 site rules.',
    );
    expect(screen.getByText('Rules 1–50 of 2,000')).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Pages of site rules' });
    expect(
      (within(pages).getByRole('button', { name: 'Previous' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    fireEvent.click(within(pages).getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Rules 51–100 of 2,000')).toBeTruthy();
    expect(rows()[0]?.textContent).toContain('s0050.example.org');
  });

  it('shows no pager for a short list', () => {
    render(<SiteList sites={manySites(3)} onSave={() => undefined} />);
    expect(rows()).toHaveLength(3);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByTestId('sites-limit').textContent).toBe('3 of at most 2,000 site rules.');
  });

  it('refuses to add a rule past the limit, naming it, and saves nothing', () => {
    const onSave = vi.fn();
    render(<SiteList sites={manySites(MAX_SITE_RULES)} onSave={onSave} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site' }), {
      target: { value: 'new.example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Treaty Lens keeps at most 2,000 site rules. Remove one before adding another.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('turns to the page where an added rule lands', () => {
    const onSave = vi.fn();
    const { rerender } = render(<SiteList sites={manySites(120)} onSave={onSave} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site' }), {
      target: { value: 'zzz.example.org' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const saved = onSave.mock.calls[0]![0] as Record<string, SiteRule>;
    rerender(<SiteList sites={saved} onSave={onSave} />);
    expect(screen.getByText('Rules 101–121 of 121')).toBeTruthy();
    expect(screen.getByText('zzz.example.org')).toBeTruthy();
  });
});
