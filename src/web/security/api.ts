import {
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import { api, call, type SuccessBody } from '../api/client';

const security = api.api.security;

export type SecurityOverview = SuccessBody<Awaited<ReturnType<typeof security.$get>>>;

export const loadOverview = () => call(security.$get());

/** Registers a passkey on this device: the browser asks for fingerprint, face or PIN in between. */
export async function addPasskey(nickname: string): Promise<string[] | null> {
  const { options } = await call(security.passkeys.options.$post());
  const response = await startRegistration({
    optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
  });
  const result = await call(
    security.passkeys.$post({
      json: { nickname, response: { ...response, response: { ...response.response } } },
    }),
  );
  return result.recoveryCodes;
}

export const removePasskey = (passkeyId: string) =>
  call(security.passkeys[':passkeyId'].$delete({ param: { passkeyId } }));

export const startTotp = () => call(security.totp.$post());
export const confirmTotp = async (code: string) =>
  (await call(security.totp.confirm.$post({ json: { code } }))).recoveryCodes;
export const removeTotp = () => call(security.totp.$delete());
export const newRecoveryCodes = async () => (await call(security['recovery-codes'].$post())).recoveryCodes;

/** Steps this session up with a passkey. */
export async function stepUpWithPasskey(): Promise<void> {
  const { options } = await call(api.api.auth['step-up'].options.$post());
  const response = await startAuthentication({
    optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
  });
  await call(
    api.api.auth['step-up'].$post({
      json: { method: 'passkey', response: { ...response, response: { ...response.response } } },
    }),
  );
}

export async function stepUpWithCode(method: 'totp' | 'recovery_code', code: string): Promise<void> {
  await call(api.api.auth['step-up'].$post({ json: { method, code } }));
}
