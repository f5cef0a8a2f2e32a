/**
 * The least a React popup can do: mount and show a heading and 50 figures
 * from memory, with no message, no schema and no storage. The bench times its
 * first render as the floor under the real popup's.
 */
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { FIRST_RENDER_MARK, POPUP_START_MARK } from '../../../components/popup/marks';

performance.mark(POPUP_START_MARK);

const FIGURES = Array.from({ length: 50 }, (_, i) => ({ text: `${(220 + i) * 1000} GPUs`, status: i % 5 === 0 ? 'mismatch' : 'match' }));

function Floor() {
  useLayoutEffect(() => {
    performance.mark(FIRST_RENDER_MARK);
  }, []);
  return (
    <main>
      <h1>Deal coverage</h1>
      <ul>
        {FIGURES.map((f, i) => (
          <li key={i}>
            <strong>{f.text}</strong> <span>{f.status}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
