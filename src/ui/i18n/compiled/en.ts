// The catalogue is data: `npm run i18n:compile` writes en.json from ../catalog.
import { asMessages } from './as-messages';
import compiled from './en.json' with { type: 'json' };

export const messages = asMessages(compiled);
