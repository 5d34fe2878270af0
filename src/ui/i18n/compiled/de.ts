// The catalogue is data: `npm run i18n:compile` writes de.json from ../catalog.
import { asMessages } from './as-messages';
import compiled from './de.json' with { type: 'json' };

export const messages = asMessages(compiled);
