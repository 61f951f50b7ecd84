/**
 * Share on Zalo and Facebook, or copy the link from its field. Plain links and a read-only field:
 * no third-party script, and no script of ours either (the page is shared by every visitor and
 * runs none, src/domain/publicPages.ts).
 */
export function ShareLinks({ url }: { url: string }) {
  const encoded = encodeURIComponent(url)
  return (
    <div className="share" aria-label="Chia sẻ">
      <a href={`https://zalo.me/share?url=${encoded}`} target="_blank" rel="noopener noreferrer">
        Chia sẻ Zalo
      </a>
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} target="_blank" rel="noopener noreferrer">
        Chia sẻ Facebook
      </a>
      <label>
        Liên kết <input type="url" readOnly value={url} size={Math.min(url.length, 48)} data-testid="share-url" />
      </label>
    </div>
  )
}
