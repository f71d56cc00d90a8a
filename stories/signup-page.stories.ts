/**
 * Every component on one page, as a platform would compose them: the profile editor (with its
 * name field) and the identity fields in a signup form, the IP badge, and the public-account card
 * the account will get. Submitting shows what the form would send. Follows the toolbar's theme
 * and locale.
 */
import type { MzAccountCard } from '@mingzheng/elements';
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

/** The account card previews the public page from what is typed. */
function preview(event: Event): void {
  const page = (event.currentTarget as HTMLElement).closest('.signup');
  const card = page?.querySelector<MzAccountCard>('mz-account-card');
  const name = (event.target as { value?: unknown }).value;
  if (card && typeof name === 'string' && (event.target as Element).localName === 'mz-name-field') card.name = name;
}

export const SignupPage: StoryObj = {
  render: () => html`
    ${styles}
    <div class="signup" @input=${preview}>
      <h1>注册机构账号</h1>
      <form @submit=${showFormData}>
        <mz-profile-editor kind="entity" name="profile"></mz-profile-editor>
        <mz-identity-field name="phone" type="phone" required></mz-identity-field>
        <mz-identity-field name="uscc" type="uscc" required></mz-identity-field>
        <mz-identity-field name="id" type="id" hint="运营者本人的身份证件号码，仅用于实名认证。"></mz-identity-field>
        <button type="submit">注册</button>
        <output aria-live="polite"></output>
      </form>
      <aside>
        <h2>公开信息预览</h2>
        <mz-ip-badge region="440000"></mz-ip-badge>
        <mz-account-card
          name="（账号名称）"
          entity="广州岭南知行文化传播有限公司"
          address="广东省广州市天河区体育西路 100 号"
          category="文化 · 科普"
          uscc="91350100M000100Y43"
          contact="service@lingnan-zhixing.example.com"
          region="440000"
          verified="企业认证"
        ></mz-account-card>
      </aside>
    </div>
  `,
  play: async ({ canvasElement }) => {
    // The phone field groups as it is typed and masks on leaving; the card previews the name.
    const field = canvasElement.querySelector('mz-identity-field');
    const input = field?.shadowRoot?.querySelector('input');
    if (!input) throw new Error('no identity field');
    await userEvent.type(input, '13800138000');
    await expect(input.value).toBe('138 0013 8000');
    await userEvent.tab();
    await expect(within(canvasElement).getByText('注册机构账号')).toBeTruthy();
  },
};
