import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { INSTRUMENT_IDS, type InstrumentId } from '@/src/knowledge/ids';
import type { TabMention } from '@/src/messaging/protocol';
import { formatCount } from '@/src/ui/shared/format';
import { instrumentName } from '@/src/ui/shared/instrument-names';

/** Mentions shown per instrument before a "show all" button: a popup is not a report. */
const FIRST_SHOWN = 30;

/** Props of the mention list. */
export interface MentionListProps {
  mentions: TabMention[];
  /** How many mentions the page has; more than `mentions` when only the first ones are kept. */
  total?: number;
  /** How many mentions of each instrument the page has (stored or not). */
  counts?: Partial<Record<InstrumentId, number>>;
  lang: string;
  onOpen: (mention: TabMention) => void;
  /** The mention that could not be opened, for an error next to it. */
  failed: TabMention | null;
}

/** The mentions found on the page, grouped by instrument; each one jumps to its place on the page. */
export function MentionList({ mentions, total, counts, lang, onOpen, failed }: MentionListProps) {
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  const found = Math.max(total ?? 0, mentions.length);
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
          <p id="mentions-hint" class="muted small">
            {t('popupMentionsHint')}
          </p>
          {INSTRUMENT_IDS.map((id) => {
            const group = mentions.filter((m) => m.instrument === id);
            if (group.length === 0) return null;
            const shown = expanded[id] ? group : group.slice(0, FIRST_SHOWN);
            return (
              <div class={`mention-group mention-${id}`} key={id}>
                <h3>
                  <span class="swatch" aria-hidden="true" />
                  {instrumentName(id)}
                  <span class="group-count">
                    {formatCount(Math.max(counts?.[id] ?? 0, group.length), lang)}
                  </span>
                </h3>
                <ul>
                  {shown.map((m) => (
                    <li key={`${m.frameId}:${m.index}`}>
                      <button
                        type="button"
                        class="mention"
                        aria-describedby="mentions-hint"
                        onClick={() => onOpen(m)}
                      >
                        <span class="mention-text">{m.text}</span>
                        {m.frameId !== 0 && (
                          <span class="mention-frame">{t('popupMentionInFrame')}</span>
                        )}
                      </button>
                      {failed === m && (
                        <p role="alert" class="error small">
                          {t('popupMentionFailed')}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
                {shown.length < group.length && (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => setExpanded({ ...expanded, [id]: true })}
                  >
                    {t('popupShowAll', formatCount(group.length, lang))}
                  </button>
                )}
              </div>
            );
          })}
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
