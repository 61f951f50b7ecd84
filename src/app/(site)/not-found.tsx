/** A page the site does not have, or an item that is not (or no longer) published: a Vietnamese 404. */
export default function NotFound() {
  return (
    <main>
      <h1>Không tìm thấy trang</h1>
      <p className="lead">Trang này không có, hoặc nội dung đã được gỡ xuống. (Page not found.)</p>
      <p>
        <a href="/">Về trang chủ</a> · <a href="/hoi-dap">Hỏi – đáp BHXH, BHYT</a>
      </p>
    </main>
  )
}
