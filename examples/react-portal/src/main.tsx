import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@wamigrate/react/styles.css'; // optional: the guide works unstyled
import './portal.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
