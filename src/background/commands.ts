import type { browser as browserApi } from 'wxt/browser';
import type { MoveDirection } from '@/src/messaging/protocol';

/** The keyboard shortcuts declared in the manifest (`commands`), by name → the way they move. */
export const MENTION_COMMANDS: Readonly<Record<string, MoveDirection>> = {
  'next-mention': 'next',
  'previous-mention': 'previous',
};

/**
 * Runs a keyboard shortcut: asks the top frame of the active tab to move to the next or previous
 * mention and open it. Resolves to false when the command is unknown or no content script answers
 * (an extension page, a site where Treaty Lens is off): a shortcut that does nothing is not an error.
 */
export async function runCommand(browser: typeof browserApi, command: string): Promise<boolean> {
  const direction = Object.hasOwn(MENTION_COMMANDS, command)
    ? MENTION_COMMANDS[command]
    : undefined;
  if (!direction) return false;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return false;
  try {
    // Only the top frame: mentions in other frames are reached through the popup's list.
    const answer: unknown = await browser.tabs.sendMessage(
      tab.id,
      { type: 'moveMention', payload: { direction } },
      { frameId: 0 },
    );
    return (
      typeof answer === 'object' &&
      answer !== null &&
      (answer as { ok?: unknown }).ok === true &&
      (answer as { data?: { opened?: unknown } }).data?.opened === true
    );
  } catch {
    return false;
  }
}

/** Listens for the mention shortcuts; the listener is added synchronously so it wakes the worker. */
export function listenForCommands(browser: typeof browserApi): void {
  browser.commands?.onCommand.addListener((command: string) => void runCommand(browser, command));
}
