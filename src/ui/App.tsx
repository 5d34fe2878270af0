export function App() {
  return (
    <main>
      <h1>Servala partnership simulator</h1>
      <p>
        The live simulator is being built. The phase engine runs from the command line: npm run
        simulate.
      </p>
    </main>
  );
}
