import '@wamigrate/react/styles.css';
import { Guide } from './guide';

export default function GuidePage() {
  return (
    <main>
      <h1>Move your WhatsApp number to Acme Desk</h1>
      <Guide />
    </main>
  );
}
