import { getSource, type SourceId } from '@/src/knowledge/index';
import { t } from '@/src/i18n/t';

/**
 * A link to the source of one claim, opening in a new tab; nothing when the id is unknown. `bare`
 * drops the "Source:" prefix where a label already says so.
 */
export function SourceLink({ id, bare = false }: { id: SourceId | null; bare?: boolean }) {
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
      {bare ? source.publisher : t('popoverSourceLink', source.publisher)}
    </a>
  );
}
