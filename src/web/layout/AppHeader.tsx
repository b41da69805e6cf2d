import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { signOut, useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { isActive, navItems } from './navigation';

/** App name, the role's menu, language, who is signed in and "Logga ut". Folds into "Meny" on phones. */
export function AppHeader() {
  const { t } = useT();
  const user = useUser();
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => setOpen(false), [path]);

  async function onSignOut() {
    setSigningOut(true);
    await signOut();
  }

  return (
    <header class="app-header">
      <div class="header-bar">
        <a class="brand" href="/">
          {t('app.name')}
        </a>
        <button
          type="button"
          class="menu-button"
          aria-expanded={open}
          aria-controls="app-menu"
          onClick={() => setOpen(!open)}
        >
          <span class="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
      </div>
      <div id="app-menu" class={open ? 'header-menu header-menu-open' : 'header-menu'}>
        <nav aria-label={t('nav.label')}>
          <ul class="nav-list">
            {navItems(user).map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={isActive(item, path) ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="header-user">
          <LanguageSwitch />
          <span class="user-name" title={t('auth.signedInAs', { name: user.displayName })}>
            {user.displayName}
          </span>
          <a
            class="button button-quiet"
            href="/sakerhet"
            aria-current={path === '/sakerhet' ? 'page' : undefined}
          >
            {t('security.nav')}
          </a>
          <button type="button" class="button button-quiet" onClick={onSignOut} disabled={signingOut}>
            {t('auth.signOut')}
          </button>
        </div>
      </div>
    </header>
  );
}
