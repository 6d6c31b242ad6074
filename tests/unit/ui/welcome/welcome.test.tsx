import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Welcome } from '@/src/ui/welcome/Welcome';

type Command = { name: string; shortcut: string };

function withCommands(commands: Command[]): void {
  const api = fakeBrowser as unknown as { commands?: { getAll?: () => Promise<Command[]> } };
  api.commands = { ...(api.commands ?? {}), getAll: vi.fn(async () => commands) };
}

describe('Welcome', () => {
  it('names both shortcuts as the browser reports them', async () => {
    withCommands([
      { name: 'next-mention', shortcut: 'Ctrl+Shift+9' },
      { name: 'previous-mention', shortcut: 'Ctrl+Shift+8' },
    ]);
    render(<Welcome />);
    await waitFor(() =>
      expect(screen.getByRole('main').textContent).toContain(
        'Press Ctrl+Shift+9 to jump to the next mention on a page and Ctrl+Shift+8 to go back',
      ),
    );
  });

  it('says how to set a shortcut when the browser assigned none', async () => {
    withCommands([
      { name: 'next-mention', shortcut: '' },
      { name: 'previous-mention', shortcut: '' },
    ]);
    render(<Welcome />);
    await waitFor(() =>
      expect(screen.getByRole('main').textContent).toContain('You can set a keyboard shortcut'),
    );
    expect(screen.getByRole('main').textContent).not.toMatch(/Alt\+Shift/);
  });

  it('shows a hover with a text alternative', () => {
    withCommands([]);
    render(<Welcome />);
    const figure = screen.getByRole('figure');
    expect(figure.textContent).toContain(
      'Hover over an underlined name: a short card explains it.',
    );
    expect(figure.querySelector('[aria-hidden="true"] .hover-demo-card')).not.toBeNull();
  });
});
