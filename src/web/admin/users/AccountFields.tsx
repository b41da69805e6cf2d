import { PASSWORD_MIN_LENGTH } from '../../../shared/password-policy';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/Field';

type NameAndEmailProps = {
  displayName: string;
  email: string;
  onDisplayName: (value: string) => void;
  onEmail: (value: string) => void;
  errors: { displayName?: string | undefined; email?: string | undefined };
};

/** Name and e-mail of an account, as both "Ny användare" and the edit page ask for them. */
export function NameAndEmailFields({
  displayName,
  email,
  onDisplayName,
  onEmail,
  errors,
}: NameAndEmailProps) {
  const { t } = useT();
  return (
    <>
      <TextField
        label={t('users.displayName')}
        value={displayName}
        onInput={onDisplayName}
        autocomplete="off"
        required
        maxLength={120}
        error={errors.displayName}
      />
      <TextField
        label={t('users.email')}
        type="email"
        value={email}
        onInput={onEmail}
        autocomplete="off"
        required
        error={errors.email}
      />
    </>
  );
}

/** A new password set by an administrator (the initial one, or a reset), with the length rule shown. */
export function NewPasswordField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
}) {
  const { t } = useT();
  return (
    <TextField
      label={props.label}
      type="password"
      value={props.value}
      onInput={props.onInput}
      autocomplete="new-password"
      hint={t('users.passwordHint')}
      required
      minLength={PASSWORD_MIN_LENGTH}
      error={props.error}
    />
  );
}
