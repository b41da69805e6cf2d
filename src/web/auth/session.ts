import { useEffect, useState } from 'preact/hooks';
import { api, call, onSessionLost, setCsrfToken } from '../api/client';
import { ApiError } from '../api/errors';
import type { Permission, Session, SessionUser } from '../api/types';
import { chosenLocale, type Locale, setLocale } from '../i18n/i18n';
import { clearCached, readCached, writeCached } from '../outbox/reference-cache';

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

/** The last signed-in user, kept on the device so the app opens offline (field work at night). */
const CACHED_USER = 'session.user';

function rememberUser(user: SessionUser | null): void {
  void (user ? writeCached(CACHED_USER, user) : clearCached(CACHED_USER));
}

/** Only no answer at all (or a gateway with no server behind it) means offline; a 401 means signed out. */
function unreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || (error.status >= 502 && error.status <= 504));
}

/**
 * Takes a session from the server. At sign-in the user's saved language applies; on a later load the
 * choice made on this device wins (a reload may outrun, or an offline switch may have missed, the
 * save), and a difference is sent to the server.
 */
function accept(session: Session, notice: SignInNotice = null, signingIn = false): SessionUser | null {
  setCsrfToken(session.csrfToken);
  const chosen = chosenLocale();
  if (session.user && (signingIn || !chosen)) void setLocale(session.user.locale);
  else if (session.user && chosen && chosen !== session.user.locale) {
    session = { ...session, user: { ...session.user, locale: chosen } };
    void call(api.api.auth.me.$patch({ json: { locale: chosen } })).catch(() => undefined);
  }
  rememberUser(session.user);
  setState({ status: 'ready', user: session.user, notice });
  return session.user;
}

onSessionLost(() => {
  rememberUser(null);
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
    const cached = unreachable(error) ? await readCached<SessionUser>(CACHED_USER) : null;
    if (!cached) {
      setState({ status: 'failed', error });
      return;
    }
    // Offline: carry on as the user last seen here; the server decides again once it answers.
    void setLocale(cached.value.locale);
    setState({ status: 'ready', user: cached.value, notice: null });
    window.addEventListener('online', () => void recheckSession(), { once: true });
  }
}

/** Asks the server again after an offline start; a network error keeps the cached user. */
async function recheckSession(): Promise<void> {
  try {
    const session = await call(api.api.auth.session.$get());
    const user = state.status === 'ready' ? state.user : null;
    accept(session, session.user || !user ? null : 'sessionExpired');
  } catch (error) {
    if (unreachable(error)) window.addEventListener('online', () => void recheckSession(), { once: true });
  }
}

/** Signs in; the user's saved language then applies. Throws `ApiError` on failure. */
export async function signIn(email: string, password: string): Promise<SessionUser | null> {
  return accept(await call(api.api.auth['sign-in'].$post({ json: { email, password } })), null, true);
}

export async function signOut(): Promise<void> {
  try {
    const { providerLogoutUrl, ...session } = await call(api.api.auth['sign-out'].$post());
    accept(session, 'signedOut');
    // A session the municipality's provider opened ends there too; it sends the browser back to sign-in.
    if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
  } catch {
    // Whatever the server says, this tab no longer shows a signed-in user.
    rememberUser(null);
    setState({ status: 'ready', user: null, notice: 'signedOut' });
  }
}

/** Changes the UI language, and when signed in, saves it as the user's preference. */
export async function changeLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  if (state.status === 'ready' && state.user) {
    const user = { ...state.user, locale };
    setState({ ...state, user });
    rememberUser(user);
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
