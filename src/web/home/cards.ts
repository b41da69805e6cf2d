import type { SessionUser } from '../api/types';
import type { MessageKey } from '../i18n/i18n';
import { navItems, type PageKey } from '../layout/navigation';

/** The home cards: one per page in the menu, and one for what a role will get later. */
export type CardKey = Exclude<PageKey, 'home'> | 'situation';

/**
 * A home-page card: a link to a page, or (for what later issues bring) no link and "Kommer snart".
 * `title` is the page's name as the menu gives it, so card, menu and heading never disagree.
 */
export type Card = { key: CardKey; href: string | null; title: MessageKey };

/** The cards for what the user's roles do: the menu's pages in the menu's order, then what is to come. */
export function cardsFor(user: SessionUser): Card[] {
  const cards: Card[] = navItems(user).flatMap((item) =>
    item.key === 'home' ? [] : [{ key: item.key, href: item.href, title: item.label }],
  );
  if (user.roles.some((grant) => grant.role === 'partner'))
    cards.push({ key: 'situation', href: null, title: 'home.cards.situation.title' });
  return cards;
}
