import type { CountryStatus } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';
import { countryLine } from './country';

/** One line on where the reader's country stands, with the link to the source that says so. */
export function CountryStatusLine({ status, lang }: { status: CountryStatus; lang: string }) {
  const line = countryLine(status, lang);
  if (!line) return null;
  return (
    <p class="country-line" data-country={status.code}>
      <span class="country-label">{t('countryYours')}: </span>
      <bdi>{line.text}</bdi>{' '}
      {line.source && (
        <a href={line.source.url} target="_blank" rel="noopener noreferrer">
          {line.source.title}
        </a>
      )}
    </p>
  );
}
