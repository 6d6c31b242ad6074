/** Types of scripts/demo-launcher.mjs for the e2e test that drives it. */
export function serveDemo(): Promise<{ url: string; close: () => Promise<void> }>;
export function launchDemo(options?: { firefox?: boolean; headless?: boolean }): Promise<{
  url: string;
  page: unknown;
  closed: Promise<unknown>;
  close: () => Promise<void>;
}>;
