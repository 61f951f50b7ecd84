import type { Metadata } from 'next'
import React from 'react'

import './site.css'

export const metadata: Metadata = {
  title: 'Loa – Tuyên truyền BHXH, BHYT Hải Phòng',
  description: 'Thông tin chính sách bảo hiểm xã hội, bảo hiểm y tế cho người dân Hải Phòng, giai đoạn 2026–2030.',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  )
}
