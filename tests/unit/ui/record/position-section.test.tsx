import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PositionSection } from '@/src/ui/record/PositionSection';

describe('PositionSection', () => {
  it('marks an unconfirmed position as an unconfirmed report', () => {
    render(
      <PositionSection
        heading="Criticisms"
        headingId="c"
        lang="en"
        kind="criticism"
        positions={[
          { by: { en: 'A' }, text: { en: 'Confirmed point.' }, source: 'untc' },
          { by: { en: 'B' }, text: { en: 'Reported point.' }, source: 'untc', unconfirmed: true },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]?.querySelector('.unconfirmed')).toBeNull();
    expect(items[1]?.querySelector('.unconfirmed')?.textContent).toMatch(
      /summaryUnconfirmed|unconfirmed report/,
    );
  });
});
