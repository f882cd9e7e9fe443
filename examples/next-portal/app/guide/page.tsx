import { Guide } from './guide';

/** A server component: the page is rendered on the server, and the guide hydrates in the browser. */
export default function GuidePage() {
  return (
    <main>
      <h1>Move your WhatsApp number to Acme Desk</h1>
      <Guide />
    </main>
  );
}
