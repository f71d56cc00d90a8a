/**
 * Usage snippets of the component docs pages: plain HTML, React and Vue. Kept here, not in the
 * MDX, because MDX reads lines that start with `import` or `export` as its own module syntax.
 */

export const nameField = {
  html: '<script type="module">\n  import \'@mingzheng/elements/define/name-field.js\';\n</script>\n\n<mz-name-field name="nickname" required></mz-name-field>',
  react:
    "import { MzNameField } from '@mingzheng/react';\nimport { useState } from 'react';\n\nexport function Example() {\n  const [name, setName] = useState('');\n  const [verdict, setVerdict] = useState('');\n  return (\n    <MzNameField\n      name=\"nickname\"\n      required\n      value={name}\n      onInput={(event) => setName(event.currentTarget.value)}\n      onMzPrecheck={(event) => setVerdict(event.verdict.verdict)}\n    />\n  );\n}",
  vue: '<mz-name-field name="nickname" required v-model="name" @mz-precheck="verdict = $event.verdict.verdict" />',
};

export const identityField = {
  html: '<script type="module">\n  import \'@mingzheng/elements/define/identity-field.js\';\n</script>\n\n<mz-identity-field name="phone" type="phone" required></mz-identity-field>\n<mz-identity-field name="id" type="id"></mz-identity-field>',
  react:
    "import { MzIdentityField } from '@mingzheng/react';\nimport { useState } from 'react';\n\nexport function Example() {\n  const [phone, setPhone] = useState('');\n  return (\n    <MzIdentityField\n      name=\"phone\"\n      type=\"phone\"\n      required\n      value={phone}\n      onInput={(event) => setPhone(event.currentTarget.value)}\n    />\n  );\n}",
  vue: '<mz-identity-field name="phone" type="phone" required v-model="phone" />',
};

export const profileEditor = {
  html: '<script type="module">\n  import \'@mingzheng/elements/define/profile-editor.js\';\n</script>\n\n<mz-profile-editor name="profile" kind="personal"></mz-profile-editor>',
  react:
    "import { MzProfileEditor } from '@mingzheng/react';\nimport { useState } from 'react';\n\nexport function Example() {\n  const [verdict, setVerdict] = useState('');\n  return (\n    <MzProfileEditor\n      name=\"profile\"\n      kind=\"personal\"\n      onMzProfileChange={(event) => setVerdict(event.verdict.verdict)}\n    />\n  );\n}",
  vue: '<mz-profile-editor name="profile" kind="personal" @mz-profile-change="verdict = $event.verdict.verdict" />',
};

export const ipBadge = {
  html: '<script type="module">\n  import \'@mingzheng/elements/define/ip-badge.js\';\n</script>\n\n<mz-ip-badge region="440000"></mz-ip-badge>\n<mz-ip-badge region="HK" hk-label="香港"></mz-ip-badge>',
  react:
    "import { MzIpBadge } from '@mingzheng/react';\n\nexport function Example() {\n  return (\n    <MzIpBadge\n      region={{ country: 'CN', province: '440000' }}\n    />\n  );\n}",
  vue: '<mz-ip-badge :region="{ country: \'US\' }" />',
};

export const accountCard = {
  html: '<script type="module">\n  import \'@mingzheng/elements/define/account-card.js\';\n</script>\n\n<mz-account-card\n  name="闽江知行科普"\n  entity="福州闽江知行文化传播有限公司"\n  address="福建省福州市鼓楼区五四路 88 号"\n  category="科普"\n  uscc="91350100M000100Y43"\n  contact="kefu@example.com"\n  region="350000"\n  verified="企业认证"\n></mz-account-card>',
  react:
    "import { MzAccountCard } from '@mingzheng/react';\n\nexport function Example() {\n  return (\n    <MzAccountCard\n      account={account}\n      onMzReport={(event) => openReportDialog(event.account)}\n    />\n  );\n}",
  vue: '<mz-account-card :account="account" @mz-report="openReportDialog($event.account)" />',
};
