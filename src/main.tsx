// First: the Trusted Types policy must exist before any worker starts.
import './trusted-types';
import { boot } from './app';
import { startLanguage } from './ui/i18n/i18n';
import { initialLanguage } from './ui/i18n/language';
import { firstResult } from './ui/layout/stages';
import { useAppStore } from './state';
import './ui/app.css';

// The words: the chosen language's catalogue is requested first, so it downloads while boot works.
const language = startLanguage(initialLanguage());
// Before the first render: a shared link's scenario is the first one simulated, and the engine
// starts before React loads, so the first result is on its way while the page's modules run.
boot();
// React and the page: requested now (index.html preloads them), evaluated in a task of their own.
const page = import('./mount');
// The first render waits for the catalogue, so no key and no wrong language ever shows, and for
// the first result (briefly), so the top of the page is laid out once, with its figures.
const [{ mount }] = await Promise.all([page, language, firstResult(useAppStore)]);

const root = document.getElementById('root');
if (root) mount(root);
