// Shared vitest setup. Component tests opt into a DOM with `// @vitest-environment happy-dom`.
import { activateMessages } from '../src/ui/i18n/i18n';
import { messages } from '../src/ui/i18n/compiled/en';

// Unit and component tests read English, as the app does for an English browser.
activateMessages('en', messages);
