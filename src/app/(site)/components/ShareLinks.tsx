'use client'

import { useState } from 'react'

/** Share on Zalo and Facebook, or copy the link. Plain links: no third-party script is loaded. */
export function ShareLinks({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  const encoded = encodeURIComponent(url)
  return (
    <div className="share" aria-label="Chia sẻ">
      <a href={`https://zalo.me/share?url=${encoded}`} target="_blank" rel="noopener noreferrer">
        Chia sẻ Zalo
      </a>
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
        Chia sẻ Facebook
      </a>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard?.writeText(url).catch(() => undefined)
          setCopied(true)
        }}
      >
        {copied ? 'Đã sao chép liên kết' : 'Sao chép liên kết'}
      </button>
    </div>
  )
}
