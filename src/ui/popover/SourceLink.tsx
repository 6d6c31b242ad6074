import { getSource, type SourceId } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';

/** A link to the source of one claim, opening in a new tab; nothing when the id is unknown. */
export function SourceLink({ id }: { id: SourceId | null }) {
  const source = id ? getSource(id) : undefined;
  if (!source) return null;
  return (
    <a
      class="source-link"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={source.title}
    >
      {t('popoverSourceLink', source.publisher)}
    </a>
  );
}
