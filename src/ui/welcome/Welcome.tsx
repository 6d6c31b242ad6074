import { t } from '@/src/i18n/t';

/** The page opened once on install: what Treaty Lens does and what it never does. */
export function Welcome() {
  return (
    <main class="options">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('extDescription')}</p>
      <p>{t('welcomePrivacy')}</p>
    </main>
  );
}
