/** The React example's entry: the signup form, in strict mode (effects run twice in development). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignupForm } from './signup-form.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <SignupForm />
    </StrictMode>,
  );
}
