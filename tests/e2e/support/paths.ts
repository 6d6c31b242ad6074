import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Built extensions. */
export const CHROME_BUILD = `${ROOT}.output/chrome-mv3`;
export const FIREFOX_BUILD = `${ROOT}.output/firefox-mv2`;
/** Fixture pages served by the tests. */
export const FIXTURES = `${ROOT}tests/fixtures`;
/** Screenshots and other artefacts of an e2e run. */
export const ARTIFACTS = `${ROOT}tests/e2e/artifacts`;

/** The browser executables (Debian packages by default). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
