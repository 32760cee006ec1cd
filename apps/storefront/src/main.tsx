// Style sheets first: the base styles and tokens come before the components' own sheets in the
// bundle, so a component's class wins over a base rule of the same specificity.
// The typeface ships with the app (decision 0019); its CSS declares the font, styles.css uses it.
import '@fontsource-variable/inter';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
