export default function Home() {
  return (
    <main>
      <h1>wamigrate: a Next.js portal backend</h1>
      <p>
        Live mode's calls are served at <code>/api/whatsapp/</code> by <code>@wamigrate/server</code>.
      </p>
    </main>
  );
}
