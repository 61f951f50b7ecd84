import type { Metadata } from 'next'
import { connection } from 'next/server'

import './(site)/site.css'

export const metadata: Metadata = { title: 'Không tìm thấy trang – Loa Hải Phòng' }

/**
 * An address no route matches (/khong-co): Next's own page is English and outside both root
 * layouts, so this one stands alone (experimental.globalNotFound in next.config.mjs).
 */
export default async function GlobalNotFound() {
  // Rendered per request, not at build time: its scripts need this request's CSP nonce.
  await connection()
  return (
    <html lang="vi">
      <body>
        <main>
          <h1>Không tìm thấy trang</h1>
          <p className="lead">Địa chỉ này không có trên Loa Hải Phòng. (Page not found.)</p>
          <p>
            <a href="/">Về trang chủ</a> · <a href="/hoi-dap">Hỏi – đáp BHXH, BHYT</a>
          </p>
        </main>
      </body>
    </html>
  )
}
