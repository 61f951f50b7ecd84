import type { UIField } from 'payload'

/** The one-click "Tạo bản nháp hỏi – đáp" button (src/components/admin/QuestionDraftButton.tsx). */
export const questionDraftButton: UIField = {
  name: 'makeQuestionDraft',
  type: 'ui',
  admin: { components: { Field: '/src/components/admin/QuestionDraftButton#QuestionDraftButton' } },
}
