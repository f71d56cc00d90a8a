/**
 * Every @mingzheng/react component in one page: the name, phone and profile editor in a form whose
 * submit shows what it carries, an IP badge whose region is React state, and an account card from
 * an `account` object that can be taken away (the prop is then `undefined`). What each component
 * reports through its `on…` props is rendered, for the test to read.
 */
import { MzAccountCard, MzIdentityField, MzIpBadge, MzNameField, MzProfileEditor } from '@mingzheng/react';
import { type FormEvent, useState } from 'react';
import { ACCOUNT, GUANGDONG, UNITED_STATES } from '../fixture-data.ts';

export function AllElements() {
  const [name, setName] = useState('');
  const [nameVerdict, setNameVerdict] = useState('');
  const [phone, setPhone] = useState('');
  const [profile, setProfile] = useState({ name: '', bio: '', verdict: '' });
  const [region, setRegion] = useState<typeof GUANGDONG | undefined>(GUANGDONG);
  const [showAccount, setShowAccount] = useState(true);
  const [reported, setReported] = useState('');
  const [submitted, setSubmitted] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(JSON.stringify(Object.fromEntries(new FormData(event.currentTarget))));
  }

  return (
    <>
      <form onSubmit={submit}>
        <MzNameField
          id="nickname"
          name="nickname"
          required
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
          onMzPrecheck={(event) => setNameVerdict(event.verdict.verdict)}
        />
        <MzIdentityField
          id="phone"
          name="phone"
          type="phone"
          required
          value={phone}
          onInput={(event) => setPhone(event.currentTarget.value)}
        />
        <MzProfileEditor
          id="profile"
          onMzProfileChange={(event) =>
            setProfile({ name: event.info.name ?? '', bio: event.info.bio ?? '', verdict: event.verdict.verdict })
          }
        />
        <button type="submit">注册</button>
        <output id="name-state">
          {name} {nameVerdict}
        </output>
        <output id="phone-state">{phone}</output>
        <output id="profile-state">
          {profile.name}|{profile.bio}|{profile.verdict}
        </output>
        <pre id="submitted">{submitted}</pre>
      </form>
      <section>
        <MzIpBadge id="badge" region={region} />
        <button type="button" onClick={() => setRegion(UNITED_STATES)}>
          改为美国
        </button>
        <button type="button" onClick={() => setRegion(undefined)}>
          清除属地
        </button>
      </section>
      <section>
        <MzAccountCard
          id="card"
          account={showAccount ? ACCOUNT : undefined}
          onMzReport={(event) => setReported(event.account.name)}
        />
        <button type="button" onClick={() => setShowAccount((shown) => !shown)}>
          {showAccount ? '隐藏账号资料' : '显示账号资料'}
        </button>
        <output id="reported">{reported}</output>
      </section>
    </>
  );
}
