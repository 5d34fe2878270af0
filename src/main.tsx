import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEngine } from './state';
import { App } from './ui/App';
import './ui/app.css';

// The engine starts before React renders, so the first result is on its way during the first paint.
startEngine();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
