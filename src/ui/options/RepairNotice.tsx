import { t } from '@/src/i18n/t';
import type { RepairNotice as Notice } from '@/src/settings/validate';
import { formatDate } from '@/src/ui/shared/format';

/** The notice that stored settings were damaged and repaired, listing each repair. */
export function RepairNotice({
  notice,
  lang,
  onDismiss,
}: {
  notice: Notice;
  lang: string;
  onDismiss: () => void;
}) {
  return (
    <section class="notice" role="status" aria-labelledby="repair-title">
      <h2 id="repair-title">{t('optionsRepairTitle')}</h2>
      <p>{t('optionsRepairIntro', formatDate(notice.at, lang))}</p>
      <ul>
        {notice.errors.map((problem, i) => (
          <li key={i}>{t(problem.key, problem.subs)}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        {t('optionsRepairDismiss')}
      </button>
    </section>
  );
}
