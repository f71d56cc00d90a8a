/**
 * A signup form with @mingzheng/react: the name is React state, kept by `onInput`; the verdict of
 * every check arrives through `onMzPrecheck`; the submit shows what the form carries.
 */
// #region readme
import { MzIdentityField, MzNameField } from '@mingzheng/react';
import { type FormEvent, useState } from 'react';

export function SignupForm() {
  const [name, setName] = useState('');
  const [verdict, setVerdict] = useState('');
  const [submitted, setSubmitted] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(JSON.stringify(Object.fromEntries(new FormData(event.currentTarget))));
  }

  return (
    <form onSubmit={submit}>
      <MzNameField
        name="nickname"
        required
        value={name}
        onInput={(event) => setName(event.currentTarget.value)}
        onMzPrecheck={(event) => setVerdict(event.verdict.verdict)}
      />
      <MzIdentityField name="phone" type="phone" required />
      <button type="submit">注册</button>
      <p id="name-state">
        {name} {verdict}
      </p>
      <pre id="submitted">{submitted}</pre>
    </form>
  );
}
// #endregion
