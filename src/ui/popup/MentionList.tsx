import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { TabMention } from '@/src/messaging/protocol';
import { formatCount } from '@/src/ui/shared/format';
import { instrumentName } from '@/src/ui/shared/instrument-names';

/** Mentions shown before a "show all" button: a popup is not a report. */
const FIRST_SHOWN = 100;

/** Props of the mention list. */
export interface MentionListProps {
  mentions: TabMention[];
  /** How many mentions the page has; more than `mentions` when only the first ones are kept. */
  total?: number;
  lang: string;
  onOpen: (mention: TabMention) => void;
  /** The mention that could not be opened, for an error next to it. */
  failed: TabMention | null;
}

/**
 * The mentions found on the page in page order, each in a short snippet of its sentence, in one
 * scroll area; each jumps to its place on the page. Rows are `dir="auto"`: a Latin-script snippet in
 * an Arabic popup keeps its own direction and is cut at its end, not its start.
 */
export function MentionList({ mentions, total, lang, onOpen, failed }: MentionListProps) {
  const found = Math.max(total ?? 0, mentions.length);
  const [all, setAll] = useState(false);
  const shown = all ? mentions : mentions.slice(0, FIRST_SHOWN);
  return (
    <section class="mentions" aria-labelledby="mentions-title">
      <div class="mentions-head">
        <h2 id="mentions-title">{t('popupMentionsTitle')}</h2>
        <span class="mentions-count">{t('popupMentionsCount', formatCount(found, lang))}</span>
      </div>
      {mentions.length === 0 ? (
        <p class="muted">{t('popupNoMentions')}</p>
      ) : (
        <>
          <p id="mentions-hint" class="visually-hidden">
            {t('popupMentionsHint')}
          </p>
          <ul class="mention-list">
            {shown.map((m) => (
              <li key={`${m.frameId}:${m.index}`} class={`mention-${m.instrument}`}>
                <button
                  type="button"
                  class="mention"
                  aria-describedby="mentions-hint"
                  title={instrumentName(m.instrument)}
                  onClick={() => onOpen(m)}
                >
                  <span class="snippet" dir="auto">
                    {m.before}
                    <strong>{m.text}</strong>
                    {m.after}
                  </span>
                  {m.frameId !== 0 && <span class="mention-frame">{t('popupMentionInFrame')}</span>}
                </button>
                {failed === m && (
                  <p role="alert" class="error small">
                    {t('popupMentionFailed')}
                  </p>
                )}
              </li>
            ))}
            {shown.length < mentions.length && (
              <li>
                <button type="button" class="link-button" onClick={() => setAll(true)}>
                  {t('popupShowAll', formatCount(mentions.length, lang))}
                </button>
              </li>
            )}
          </ul>
          {found > mentions.length && (
            <p class="muted small">
              {t('popupMentionsFirst', [
                formatCount(mentions.length, lang),
                formatCount(found, lang),
              ])}
            </p>
          )}
        </>
      )}
    </section>
  );
}
