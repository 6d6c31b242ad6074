import { t, type MessageKey } from '@/src/i18n/t';
import type { Restriction } from './page-access';

const REASONS: Record<Restriction, MessageKey> = {
  browser: 'popupRestrictedBrowser',
  store: 'popupRestrictedStore',
  pdf: 'popupRestrictedPdf',
  file: 'popupRestrictedFile',
  reload: 'popupRestrictedReload',
  unknown: 'popupRestrictedUnknown',
};

/** Says plainly that Treaty Lens cannot run on this page, and why when the browser lets us know. */
export function RestrictedNotice({
  reason,
  onReload,
}: {
  reason: Restriction;
  onReload?: () => void;
}) {
  return (
    <section class="card restricted" aria-labelledby="restricted-title">
      <h2 id="restricted-title">{t('popupRestrictedTitle')}</h2>
      <p>{t(REASONS[reason])}</p>
      {(reason === 'reload' || reason === 'unknown') && onReload && (
        <button type="button" onClick={onReload}>
          {t('popupReload')}
        </button>
      )}
    </section>
  );
}
