import type { Grant } from '../api/types';
import type { Translate } from '../i18n/i18n';

type GrantLike = Pick<Grant, 'role' | 'unitName' | 'administrationName' | 'partnerKind'>;

/** A role with where it applies, e.g. "Fältassistent – Fältgruppen Centrum" or "Samverkanspartner (Polis)". */
export function roleText(grant: GrantLike, t: Translate): string {
  if (grant.role === 'partner') {
    return grant.partnerKind
      ? t('roles.partnerWithKind', { kind: t(`partnerKinds.${grant.partnerKind}`) })
      : t('roles.partner');
  }
  const role = t(`roles.${grant.role}`);
  const place =
    grant.unitName ??
    grant.administrationName ??
    (grant.role === 'analyst' ? t('roles.wholeMunicipality') : null);
  return place ? t('roles.withPlace', { role, place }) : role;
}
