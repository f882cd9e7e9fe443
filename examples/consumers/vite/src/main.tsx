import { MigrationGuide } from '@wamigrate/react';
import '@wamigrate/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// A portal's page as its own team writes it, against the packages as npm delivers them.
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root.');

createRoot(root).render(
  <StrictMode>
    <h1>Move your WhatsApp number to Acme Desk</h1>
    <MigrationGuide
      locale="en"
      storage="local"
      headingLevel={2}
      onReady={(snapshot) => {
        document.documentElement.setAttribute('data-guide-ready', snapshot.status);
      }}
      onError={(error) => {
        console.error(`wamigrate could not go on: ${error.kind}`);
      }}
    />
  </StrictMode>,
);
