import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
// The typeface ships with the app (decision 0019); its CSS declares the font, styles.css uses it.
import '@fontsource-variable/inter';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
