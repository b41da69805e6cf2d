import './privacy.css';
import { useT } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { RegisterRequestSection } from './RegisterRequestSection';
import { RetentionSection } from './RetentionSection';
import { SecondFactorRuleForm } from './SecondFactorRuleForm';

/** The administrator's data protection page: retention and scheduled deletion, extracts and erasure. */
export function PrivacyPage() {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('privacy.heading')} />
      <p class="lead">{t('privacy.intro')}</p>
      <SecondFactorRuleForm />
      <RetentionSection />
      <RegisterRequestSection />
    </>
  );
}
