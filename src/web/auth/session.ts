import { useEffect, useState } from 'preact/hooks';
import { api, call, onSessionLost, setCsrfToken } from '../api/client';
import type { Permission, Session, SessionUser } from '../api/types';
import { type Locale, setLocale } from '../i18n/i18n';

/** Why the sign-in page is shown, when there is something to say about it. */
export type SignInNotice = 'sessionExpired' | 'signedOut' | null;

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; user: SessionUser | null; notice: SignInNotice };

let state: SessionState = { status: 'loading' };
const listeners = new Set<(next: SessionState) => void>();

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener(next);
}

function accept(session: Session, notice: SignInNotice = null): SessionUser | null {
  setCsrfToken(session.csrfToken);
  if (session.user) void setLocale(session.user.locale);
  setState({ status: 'ready', user: session.user, notice });
  return session.user;
}

onSessionLost(() => {
  if (state.status === 'ready' && state.user)
    setState({ status: 'ready', user: null, notice: 'sessionExpired' });
});

export function useSession(): SessionState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useUser(): SessionUser {
  const current = useSession();
  if (current.status !== 'ready' || !current.user)
    throw new Error('useUser() outside the signed-in part of the app');
  return current.user;
}

export function can(user: SessionUser, permission: Permission): boolean {
  return user.permissions.includes(permission);
}

export async function loadSession(): Promise<void> {
  try {
    accept(await call(api.api.auth.session.$get()));
  } catch (error) {
    setState({ status: 'failed', error });
  }
}

/** Signs in; the user's saved language then applies. Throws `ApiError` on failure. */
export async function signIn(email: string, password: string): Promise<SessionUser | null> {
  return accept(await call(api.api.auth['sign-in'].$post({ json: { email, password } })));
}

export async function signOut(): Promise<void> {
  try {
    accept(await call(api.api.auth['sign-out'].$post()), 'signedOut');
  } catch {
    // Whatever the server says, this tab no longer shows a signed-in user.
    setState({ status: 'ready', user: null, notice: 'signedOut' });
  }
}

/** Changes the UI language, and when signed in, saves it as the user's preference. */
export async function changeLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  if (state.status === 'ready' && state.user) {
    const user = { ...state.user, locale };
    setState({ ...state, user });
    try {
      await call(api.api.auth.me.$patch({ json: { locale } }));
    } catch {
      // The choice still applies on this device; it is saved on the server next time.
    }
  }
}

export function clearNotice(): void {
  if (state.status === 'ready' && state.notice) setState({ ...state, notice: null });
}
