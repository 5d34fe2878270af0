/** Sharing, saving and presets: what App.tsx places on the page. */
import './sharing.css';

export { MessageBanner } from './MessageBanner';
export { PresetsBar } from './PresetsBar';
export { SavedScenariosPanel } from './SavedScenariosPanel';
export { SharingToolbar } from './SharingToolbar';
