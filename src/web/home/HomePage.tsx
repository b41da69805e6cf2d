import { useUser } from '../auth/session';
import { useT } from '../i18n/i18n';
import { logsOwnShifts } from '../shifts/access';
import { EveningPanelSlot } from '../shifts/EveningPanelSlot';
import { PageHeading } from '../ui/PageHeading';
import { roleText } from '../ui/roleText';
import { type Card, cardsFor } from './cards';

export function HomePage() {
  const { t } = useT();
  const user = useUser();
  return (
    <>
      <PageHeading title={t('home.greeting', { name: user.displayName })} />
      <p class="lead">{user.municipality.name}</p>
      {/* A field worker's evening starts here: the shift to log is one tap away. */}
      {logsOwnShifts(user) && <EveningPanelSlot />}

      <section aria-labelledby="home-roles">
        <h2 id="home-roles">{t('home.yourRoles')}</h2>
        <ul class="role-list">
          {user.roles.map((grant) => (
            <li key={`${grant.role}:${grant.unitId ?? grant.administrationId ?? ''}`}>
              {roleText(grant, t)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-cards">
        <h2 id="home-cards">{t('home.whatYouCanDo')}</h2>
        <ul class="card-grid">
          {cardsFor(user).map((card) => (
            <li key={card.key}>
              <HomeCard card={card} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function HomeCard({ card }: { card: Card }) {
  const { t } = useT();
  const title = t(card.title);
  const text = t(`home.cards.${card.key}.text`);
  if (!card.href) {
    return (
      <div class="card card-soon">
        <h3>{title}</h3>
        <p>{text}</p>
        <p class="badge">{t('common.comingSoon')}</p>
      </div>
    );
  }
  // The link is the title alone, so its name is what it shows; CSS stretches it over the whole card.
  const id = `card-${card.key}`;
  return (
    <div class="card card-link">
      <h3>
        <a href={card.href} aria-describedby={`${id}-text`}>
          {title}
        </a>
      </h3>
      <p id={`${id}-text`}>{text}</p>
    </div>
  );
}
