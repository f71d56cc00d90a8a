/** The React fixture's entry: every element, in strict mode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllElements } from './all-elements.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AllElements />
    </StrictMode>,
  );
}
