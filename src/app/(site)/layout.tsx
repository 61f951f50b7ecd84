import type { Metadata } from 'next'
import React from 'react'

import './site.css'

const siteURL = process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`

export const metadata: Metadata = {
  metadataBase: new URL(siteURL),
  title: { default: 'Loa – Tuyên truyền BHXH, BHYT Hải Phòng', template: '%s – Loa Hải Phòng' },
  description: 'Thông tin chính sách bảo hiểm xã hội, bảo hiểm y tế cho người dân Hải Phòng, giai đoạn 2026–2030.',
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <header className="site-header">
          <nav aria-label="Điều hướng chính">
            <a className="brand" href="/">
              Loa Hải Phòng
            </a>
            <a href="/">Tôi là…</a>
            <a href="/hoi-dap">Hỏi – đáp</a>
            <a href="/su-kien">Sự kiện</a>
            <a href="/gop-y">Gửi câu hỏi, góp ý</a>
            <a href="/admin">Cán bộ đăng nhập</a>
          </nav>
        </header>
        {children}
      </body>
    </html>
  )
}
