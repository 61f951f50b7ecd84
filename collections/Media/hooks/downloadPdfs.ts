/**
 * Response headers for GET /api/media/file/<name>: a PDF is sent as a download
 * (`Content-Disposition: attachment`), never shown inline, so nothing in it runs in a page of
 * Loa's address. Payload calls this with the headers it built (Content-Type from the file's bytes).
 */
export function downloadPdfs({ headers }: { headers: Headers }): Headers {
  if (headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() === 'application/pdf') {
    headers.set('Content-Disposition', 'attachment')
  }
  return headers
}
