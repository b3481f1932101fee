import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Clear Read</h1>
      <p>Site rules come here.</p>
    </main>
  );
}

render(<Options />, document.getElementById('root') as HTMLElement);
