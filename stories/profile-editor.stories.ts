/**
 * mz-profile-editor for each account kind, and with sample images: a plain cover and an avatar
 * carrying a QR code (drawn here with the `qrcode` package's encoder, so no binary fixture). The
 * images are checked on the device, as on a real page; the default rule set loads lazily.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import QRCode from 'qrcode';
import '@mingzheng/elements';
import type { MzProfileEditor } from '@mingzheng/elements';

interface ProfileEditorArgs {
  kind: 'personal' | 'professional' | 'entity';
  lang: string;
  showFeedback: boolean;
  disabled: boolean;
  /** Read no text in images on the device (`no-ocr`). */
  noOcr: boolean;
}

const meta: Meta<ProfileEditorArgs> = {
  title: 'Components/Profile editor',
  component: 'mz-profile-editor',
  args: { kind: 'personal', lang: '', showFeedback: false, disabled: false, noOcr: false },
  argTypes: {
    kind: { control: 'inline-radio', options: ['personal', 'professional', 'entity'] },
    lang: {
      control: 'select',
      options: ['', 'zh-CN', 'zh-TW', 'en'],
      description: 'The `lang` around the component; empty follows the Locale switch in the toolbar.',
    },
  },
  render: (args) => html`
    <form style="max-inline-size: 32rem" @submit=${(event: Event) => event.preventDefault()}>
      <mz-profile-editor
        lang=${args.lang || nothing}
        kind=${args.kind}
        ?show-feedback=${args.showFeedback}
        ?disabled=${args.disabled}
        ?no-ocr=${args.noOcr}
      ></mz-profile-editor>
      <p><button>保存</button> <button type="reset">重置</button></p>
    </form>
  `,
};

export default meta;

type Story = StoryObj<ProfileEditorArgs>;

export const Personal: Story = {};

/** Art. 11: a professional account names its domain and uploads a qualification. */
export const Professional: Story = {
  args: { kind: 'professional' },
};

/** Art. 7, 9: an entity account gives its name and unified social credit code. */
export const Entity: Story = {
  args: { kind: 'entity' },
};

export const English: Story = {
  name: 'Locale: en',
  args: { lang: 'en', kind: 'professional' },
};

/** A gradient "photo" with a face; `qr` pastes a QR code in its lower right corner. */
async function sampleImage(name: string, width: number, height: number, qr: string | undefined): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#f7c59f');
  gradient.addColorStop(0.5, '#e76f51');
  gradient.addColorStop(1, '#2a9d8f');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#264653';
  context.beginPath();
  context.arc(width / 2, height / 2.6, Math.min(width, height) / 5, 0, Math.PI * 2);
  context.fill();
  if (qr) {
    const { modules } = QRCode.create(qr, { errorCorrectionLevel: 'M' });
    const unit = 4;
    const side = (modules.size + 8) * unit;
    const x = width - side - 8;
    const y = height - side - 8;
    context.fillStyle = '#fff';
    context.fillRect(x, y, side, side);
    context.fillStyle = '#000';
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col)) context.fillRect(x + (col + 4) * unit, y + (row + 4) * unit, unit, unit);
      }
    }
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('toBlob failed'))), 'image/png'),
  );
  return new File([blob], name, { type: 'image/png' });
}

/** Sample images: the avatar carries a QR code (blocked under 8.6 and outlined), the cover does not. */
export const WithImages: Story = {
  name: 'With images (QR code in the avatar)',
  // The text reader needs its model and runtime files served beside the page (docs/image-checks.md);
  // this story shows the QR check alone and does not ask for them.
  args: { noOcr: true },
  play: async ({ canvasElement }) => {
    const editor = canvasElement.querySelector('mz-profile-editor') as MzProfileEditor;
    await editor.ready;
    const [avatar, cover] = await Promise.all([
      sampleImage('avatar.png', 320, 320, 'https://example.com/add-me?id=mz-0042'),
      sampleImage('cover.png', 960, 320, undefined),
    ]);
    await Promise.all([editor.selectImage('avatar', avatar), editor.selectImage('cover', cover)]);
  },
};
