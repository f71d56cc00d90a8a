/**
 * Every component on one page, as a platform would compose them: the profile editor (with its
 * name field) and the identity fields in a signup form, the IP badge, and the public-account card
 * the account will get. Submitting shows what the form would send. Follows the toolbar's theme
 * and locale.
 */
import type { MzAccountCard, MzNameField, MzProfileChangeEvent, MzProfileEditor } from '@mingzheng/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import '@mingzheng/elements';

const meta: Meta = {
  title: 'Pages/Signup page',
  parameters: { layout: 'fullscreen' },
};

export default meta;

const styles = html`<style>
  .signup {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 1.5rem;
    max-inline-size: 64rem;
    margin: 0 auto;
    padding: 1.5rem;
  }
  @media (max-width: 48rem) {
    .signup {
      grid-template-columns: 1fr;
    }
  }
  .signup form,
  .signup aside {
    display: grid;
    gap: 1rem;
    align-content: start;
  }
  .signup h1 {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 1.5rem;
  }
  .signup h2 {
    margin: 0;
    font-size: 1rem;
  }
  .signup button[type='submit'] {
    justify-self: start;
    padding: 0.5rem 1.75rem;
    border: 0;
    border-radius: 0.375rem;
    background: light-dark(#1668dc, #3c89e8);
    color: #ffffff;
    font: inherit;
    font-weight: 600;
  }
  .signup output {
    display: block;
    white-space: pre-wrap;
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
  }
</style>`;

/** Shows the form data instead of sending it (a story sends nothing anywhere). */
function showFormData(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const lines = [...new FormData(form).entries()].map(
    ([key, value]) => `${key}: ${typeof value === 'string' ? value : `(file) ${value.name}`}`,
  );
  const output = form.querySelector('output');
  if (output) output.textContent = lines.join('\n');
}

/**
 * The card previews the public page from what is typed into the profile editor. The account is not
 * registered yet, so the card carries no verified mark; it stays hidden until there is a name (an
 * initial drawn from a placeholder such as 「（账号名称）」 would be a bracket).
 */
function preview(event: MzProfileChangeEvent): void {
  const page = (event.currentTarget as HTMLElement).closest('.signup');
  const card = page?.querySelector<MzAccountCard>('mz-account-card');
  const note = page?.querySelector<HTMLElement>('.preview-note');
  if (!card || !note) return;
  const { name = '', entity } = event.info;
  card.name = name;
  card.entity = entity?.name ?? '';
  card.uscc = entity?.uscc ?? '';
  card.address = entity?.address ?? '';
  card.category = entity?.contentCategory ?? '';
  card.contact = entity?.contact ?? '';
  card.hidden = name.trim() === '';
  note.hidden = !card.hidden;
}

export const SignupPage: StoryObj = {
  name: 'Signup page',
  render: () => html`
    ${styles}
    <div class="signup">
      <h1>注册机构账号</h1>
      <form @submit=${showFormData}>
        <mz-profile-editor kind="entity" name="profile" @mz-profile-change=${preview}></mz-profile-editor>
        <mz-identity-field name="phone" type="phone" required></mz-identity-field>
        <mz-identity-field name="id" type="id" hint="运营者本人的身份证件号码，仅用于实名认证。"></mz-identity-field>
        <button type="submit">注册</button>
        <output aria-live="polite"></output>
      </form>
      <aside>
        <h2>公开信息预览</h2>
        <p class="preview-note">填写账号名称后，这里显示账号主页上的公开信息。</p>
        <mz-account-card hidden region="440000"></mz-account-card>
      </aside>
    </div>
  `,
  play: async ({ canvasElement }) => {
    // The name typed into the editor previews on the card; the phone field groups as it is typed
    // and masks on leaving.
    const editor = canvasElement.querySelector<MzProfileEditor>('mz-profile-editor');
    await editor?.ready;
    const nameField = editor?.shadowRoot?.querySelector<MzNameField>('mz-name-field');
    const nameInput = nameField?.shadowRoot?.querySelector('input');
    if (!nameField || !nameInput) throw new Error('no name field in the profile editor');
    await userEvent.type(nameInput, '岭南知行');
    await nameField.ready;
    const card = canvasElement.querySelector<MzAccountCard>('mz-account-card');
    await expect(card?.hidden).toBe(false);
    await expect(card?.name).toBe('岭南知行');
    const field = canvasElement.querySelector('mz-identity-field');
    const input = field?.shadowRoot?.querySelector('input');
    if (!input) throw new Error('no identity field');
    await userEvent.type(input, '13800138000');
    await expect(input.value).toBe('138 0013 8000');
    await userEvent.tab();
    await expect(within(canvasElement).getByText('注册机构账号')).toBeTruthy();
  },
};
