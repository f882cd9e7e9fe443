import type { ReactNode } from 'react';

// No icon file to fetch (a browser asks for /favicon.ico otherwise, and gets a 404).
export const metadata = { title: 'wamigrate: a Next.js portal', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
