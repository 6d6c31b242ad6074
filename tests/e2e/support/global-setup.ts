import { existsSync } from 'node:fs';
import { CHROME_BUILD, CHROMIUM_PATH, FIREFOX_BUILD, FIREFOX_PATH } from './paths';

/** Fails the run early, with the fix, when a browser or a build is missing. Never skips. */
export default function setup(): void {
  const problems: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) {
    problems.push(
      `Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install chromium chromium-l10n\` or set CHROMIUM_PATH.`,
    );
  }
  if (!existsSync(FIREFOX_PATH)) {
    problems.push(
      `Firefox not found at ${FIREFOX_PATH}: run \`apt-get install firefox-esr\` or set FIREFOX_PATH.`,
    );
  }
  if (!existsSync(`${CHROME_BUILD}/manifest.json`))
    problems.push('No Chrome build: run `npm run build` first.');
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`))
    problems.push('No Firefox build: run `npm run build:firefox` first.');
  if (problems.length > 0)
    throw new Error(`E2E prerequisites missing:\n- ${problems.join('\n- ')}`);
}
