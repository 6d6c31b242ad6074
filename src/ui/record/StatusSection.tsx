import type { Status } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { Heading } from './Heading';
import { StatusLine } from './StatusLine';

/**
 * The status as its own section (the full-summary page): a heading, then the same `StatusLine`
 * the popover and the popup show, so every surface says the same words and figures.
 */
export function StatusSection({
  status,
  lang,
  headingId,
  level,
  country,
}: {
  status: Status;
  lang: string;
  headingId: string;
  /** Heading level: 3 in the popover's card (the default), 2 on a page. */
  level?: 2 | 3;
  country: string | null;
}) {
  return (
    <section class="section" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {t('popoverStatus')}
      </Heading>
      <StatusLine status={status} lang={lang} country={country} />
    </section>
  );
}
