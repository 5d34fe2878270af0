/** Sharing, saving and presets: what App.tsx places on the page, and the start-up hook. */
import './sharing.css';

export { MessageBanner } from './MessageBanner';
export { PresetsBar } from './PresetsBar';
export { SavedScenariosPanel } from './SavedScenariosPanel';
export { SharingToolbar } from './SharingToolbar';
export { startSharing } from './start-sharing';
export { useNotices } from './notices';
