// The element's half of the identifier parity check: every row of the shared table, typed into the element as a
// person would, is either sent as the table says or refused before anything is sent. test/node/identifier-parity.test.js
// runs the same table through the server handler.
import { expect, waitUntil } from '@open-wc/testing';
import { IDENTIFIERS } from '../helpers/identifier-table.js';
import { renderLogin, settle, submit } from './helpers/flow-harness.js';

describe('identifiers: the element reaches the table verdict (the server must too)', () => {
  afterEach(() => sessionStorage.clear());

  for (const [connection, typed, sent, why] of IDENTIFIERS) {
    it(`${connection} ${JSON.stringify(typed)} → ${sent ?? 'refused'} (${why})`, async () => {
      const { el, transport } = await renderLogin(undefined, { connection });
      const errors: string[] = [];
      el.addEventListener('passwordless-error', (event) => errors.push(event.detail.code));
      // The SMS step's country picker arrives with the phone library: wait for it, then type as a person would.
      if (connection === 'sms') await waitUntil(() => el.shadowRoot!.querySelector('#country'), 'the country picker', { timeout: 5000 });
      const field = el.shadowRoot!.querySelector<HTMLInputElement>('#identifier')!;
      field.focus();
      field.value = typed;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await submit(el);
      await waitUntil(() => transport.calls.length > 0 || errors.length > 0, 'a send or a refusal', { timeout: 5000 });
      await settle(el);
      if (sent === null) {
        expect(transport.calls, 'nothing was sent').to.deep.equal([]);
        expect(errors).to.deep.equal([connection === 'sms' ? 'invalid_phone_number' : 'invalid_email']);
      } else {
        expect(errors).to.deep.equal([]);
        expect((transport.calls[0]!.request as { recipient: string }).recipient).to.equal(sent);
      }
    });
  }
});
