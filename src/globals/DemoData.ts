import type { GlobalConfig } from 'payload'

import { adminOnly } from '../access/adminOnly'
import { authenticated } from '../access/authenticated'
import { GROUPS, label } from '../lib/labels'

/**
 * Whether the database holds demo (illustrative) figures. Set by the demo seed in the same
 * transaction as the demo data, so it survives restarts and does not depend on LOA_DEMO at the
 * time a report is printed (the variable only decides what an empty database is seeded with).
 * An administrator clears it once the demo data has been replaced by real figures.
 */
export const DemoData: GlobalConfig = {
  slug: 'demo-data',
  label: label('Dữ liệu minh họa', 'Demo data'),
  admin: { group: GROUPS.evaluation },
  access: { read: authenticated, update: adminOnly },
  fields: [
    {
      name: 'illustrative',
      type: 'checkbox',
      defaultValue: false,
      label: label('Cơ sở dữ liệu có số liệu minh họa', 'The database holds illustrative figures'),
      admin: {
        description: label(
          'Bật khi nạp dữ liệu mẫu. Khi bật, mọi báo cáo ghi dòng "Số liệu minh họa". Tắt khi số liệu mẫu đã được thay bằng số liệu thật.',
          'Set by the demo seed: every report then carries the line "Số liệu minh họa". Clear it once real figures replace the demo data.',
        ),
      },
    },
  ],
}
