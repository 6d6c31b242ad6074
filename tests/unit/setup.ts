import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getMessageFrom } from './support/i18n';

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser does not implement i18n: answer from the real message files (English UI).
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom('en'));
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
});

// Without vitest globals, @testing-library does not unmount by itself between tests.
afterEach(cleanup);
