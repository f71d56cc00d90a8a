/**
 * Test-runner plugin for the elements' browser tests: what a page cannot do to itself.
 *
 * - `mz-ime`: commits text through Chromium's input method over the DevTools protocol
 *   (`Input.imeSetComposition`, then `Input.insertText`), so the page sees the real event order of
 *   an IME commit, not a replay.
 * - `mz-fail-requests`: makes every request whose URL matches a pattern fail as a network failure
 *   (`Fetch.failRequest`), e.g. the dynamic import of the default rule set; `null` lets them through.
 * - `/__mz/ruleset/<key>`: a rule-set endpoint on the test runner's own server whose answers a test
 *   sets with `mz-ruleset-answer` { key, answers: ['missing' (404) | 'ok' | 'invalid' | 'held', …] }:
 *   one per request in turn, the last one for every request after; each request is counted
 *   (`mz-ruleset-requests` { key } → number). A 'held' request waits, unanswered, until
 *   `mz-ruleset-release` { key }, then answers 404: a load still in flight.
 */
import { readFileSync } from 'node:fs';

const RULESET_PATH = '/__mz/ruleset/';
const okDocument = () => readFileSync(new URL(import.meta.resolve('@mingzheng/tooling/test-ruleset.json')), 'utf8');

export function elementsTestCommands() {
  /** CDP sessions by test session id. */
  const sessions = new Map();
  /** key → { answer, requests } */
  const endpoints = new Map();
  const endpoint = (key) => {
    let state = endpoints.get(key);
    if (!state) {
      state = { answers: ['missing'], requests: 0, held: [] };
      endpoints.set(key, state);
    }
    return state;
  };

  /** The CDP sessions whose paused requests fail (`mz-fail-requests` with a pattern). */
  const failing = new WeakSet();

  async function cdpFor(session) {
    let cdp = sessions.get(session.id);
    if (!cdp) {
      const page = session.browser.getPage(session.id);
      cdp = await page.createCDPSession();
      sessions.set(session.id, cdp);
      // One handler for the session's whole life: a request paused while failures were on is
      // answered whenever its event arrives — failed while they are on, let through once they are
      // off — and never left paused (an import that never settles) by a handler removed meanwhile.
      cdp.on('Fetch.requestPaused', (event) => {
        const answer = failing.has(cdp)
          ? cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'InternetDisconnected' })
          : cdp.send('Fetch.continueRequest', { requestId: event.requestId });
        answer.catch(() => {});
      });
    }
    return cdp;
  }

  return {
    name: 'mingzheng-elements-test-commands',

    async serve(context) {
      if (!context.path.startsWith(RULESET_PATH)) return undefined;
      const state = endpoint(decodeURIComponent(context.path.slice(RULESET_PATH.length)));
      const answer = state.answers[Math.min(state.requests, state.answers.length - 1)];
      state.requests++;
      if (answer === 'held') await new Promise((release) => state.held.push(release));
      // 'missing' falls through to the static files, which have no such path: a real 404.
      if (answer === 'ok')
        return { body: okDocument(), type: 'json', headers: { 'cache-control': 'no-store' }, transformCache: false };
      if (answer === 'invalid')
        return {
          body: '{"version":"x","lexicons":"none"}',
          type: 'json',
          headers: { 'cache-control': 'no-store' },
          transformCache: false,
        };
      return undefined;
    },

    async executeCommand({ command, payload, session }) {
      if (command === 'mz-ruleset-answer') {
        const state = endpoint(payload.key);
        state.answers = payload.answers;
        state.requests = 0;
        return true;
      }
      if (command === 'mz-ruleset-requests') return endpoint(payload.key).requests;
      if (command === 'mz-ruleset-release') {
        const state = endpoint(payload.key);
        for (const release of state.held.splice(0)) release();
        return true;
      }
      if (command !== 'mz-ime' && command !== 'mz-fail-requests') return undefined;
      if (!session.browser?.getPage) throw new Error(`${command} needs Chromium through @web/test-runner-chrome`);
      const cdp = await cdpFor(session);
      if (command === 'mz-ime') {
        for (const step of payload.steps) {
          if (step.compose !== undefined) {
            const end = step.compose.length;
            await cdp.send('Input.imeSetComposition', { text: step.compose, selectionStart: end, selectionEnd: end });
          } else if (step.insert !== undefined) {
            await cdp.send('Input.insertText', { text: step.insert });
          }
        }
        return true;
      }
      if (payload.pattern === null) {
        failing.delete(cdp);
        await cdp.send('Fetch.disable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
        return true;
      }
      // A cached response would never reach the network, where the failure happens.
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      failing.add(cdp);
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: payload.pattern }] });
      return true;
    },
  };
}
