import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** Navigates to `to` (replacing the current history entry) once rendered. */
export function Redirect({ to }: { to: string }) {
  const { route } = useLocation();
  useEffect(() => {
    route(to, true);
  }, [to, route]);
  return null;
}

/** Only paths inside this app are followed after sign-in, never another site. */
export function safeReturnPath(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/logga-in')) return '/';
  return value;
}

export function signInPath(returnTo: string): string {
  return returnTo === '/' ? '/logga-in' : `/logga-in?next=${encodeURIComponent(returnTo)}`;
}
