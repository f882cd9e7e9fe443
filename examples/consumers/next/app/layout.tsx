import type { ReactNode } from 'react';

export const metadata = { title: 'Acme Desk: move your WhatsApp number', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
