'use client'

import { PasswordField } from '@payloadcms/ui'
import type { PasswordFieldValidation, TextFieldClientComponent } from 'payload'

// Payload's PasswordField otherwise validates as a required new password, and the account page
// could not be saved without typing one. Empty is fine: the server asks for it only when needed.
const checkedOnTheServer: PasswordFieldValidation = () => true

/** The `currentPassword` field as a masked password input the browser may fill in. */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={checkedOnTheServer} />
)
