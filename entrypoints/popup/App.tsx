export function App() {
  return (
    <main>
      <h1>Kursk Context</h1>
    </main>
  );
}
