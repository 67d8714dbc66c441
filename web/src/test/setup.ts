import { i18n } from '@lingui/core';
import { cleanup } from '@testing-library/react';
import { loadMessages } from '@thaw/i18n';
import { afterEach } from 'vitest';

// The components speak the page's language: English here, as a page with no other choice.
i18n.load('en', await loadMessages('en'));
i18n.activate('en');

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// jsdom lays nothing out: its elements measure 0 wide and never resize.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
