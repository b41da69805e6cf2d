import type { ComponentType } from 'preact';
import { LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { ACTIVITIES_PATH } from './activities/paths';
import type { Permission } from './api/types';
import { Redirect, safeReturnPath, signInPath } from './auth/Redirect';
import { SignInPage } from './auth/SignInPage';
import { can, loadSession, useSession, useUser } from './auth/session';
import { COMPETENCE_PATH } from './competence/paths';
import { INBOX_PATH, isReceptionOnly } from './concerns/access';
import { DISCLOSURE_METHOD_PATH } from './disclosure/paths';
import { HomePage } from './home/HomePage';
import { useT } from './i18n/i18n';
import { AppHeader } from './layout/AppHeader';
import { CrashBoundary } from './layout/CrashBoundary';
import { LanguageSwitch } from './layout/LanguageSwitch';
import { ForbiddenPage, LoadingPage, NotFoundPage } from './layout/StatusPages';
import { requiringUnitShifts } from './manager/guard';
import { OutboxStarter } from './outbox/OutboxStarter';
import { PLANS_PATH } from './plans/paths';
import { RISK_NIGHTS_PATH } from './risk-nights/paths';
import { StepUpDialog } from './security/StepUpDialog';
import { STAFF_TIME_PATH } from './staff-time/paths';
import { requiringSupportManager, requiringSupportUnit } from './support/guard';
import { ErrorAlert } from './ui/errors';
import { headingShouldTakeFocus } from './ui/PageHeading';
import { UnitListPage } from './unit/UnitListPage';
import { UnitPage } from './unit/UnitPage';

// Administration pages are loaded only when someone opens them.
const OrganisationPage = lazy(() =>
  import('./admin/organisation/OrganisationPage').then((module) => module.OrganisationPage),
);
const UsersPage = lazy(() => import('./admin/users/UsersPage').then((module) => module.UsersPage));
const NewUserPage = lazy(() => import('./admin/users/NewUserPage').then((module) => module.NewUserPage));
const EditUserPage = lazy(() => import('./admin/users/EditUserPage').then((module) => module.EditUserPage));
const CategoriesPage = lazy(() =>
  import('./admin/categories/CategoriesPage').then((module) => module.CategoriesPage),
);
const PopulationPage = lazy(() =>
  import('./admin/population/PopulationPage').then((module) => module.PopulationPage),
);
const AuditLogPage = lazy(() => import('./admin/audit/AuditLogPage').then((module) => module.AuditLogPage));
const OidcSettingsPage = lazy(() =>
  import('./admin/oidc/OidcSettingsPage').then((module) => module.OidcSettingsPage),
);
const PrivacyPage = lazy(() => import('./admin/privacy/PrivacyPage').then((module) => module.PrivacyPage));
const ManagerOverviewPage = lazy(() =>
  import('./manager/ManagerOverviewPage').then((module) => module.ManagerOverviewPage),
);
const ShiftReviewPage = lazy(() =>
  import('./manager/ShiftReviewPage').then((module) => module.ShiftReviewPage),
);
const ActivitiesPage = lazy(() =>
  import('./activities/ActivitiesPage').then((module) => module.ActivitiesPage),
);
const RiskNightsPage = lazy(() =>
  import('./risk-nights/RiskNightsPage').then((module) => module.RiskNightsPage),
);
const CompetencePage = lazy(() =>
  import('./competence/CompetencePage').then((module) => module.CompetencePage),
);
const PlanPage = lazy(() => import('./plans/PlanPage').then((module) => module.PlanPage));
const StaffTimePage = lazy(() => import('./staff-time/StaffTimePage').then((module) => module.StaffTimePage));
const GuidanceFollowUpPage = lazy(() =>
  import('./guidance/GuidanceFollowUpPage').then((module) => module.GuidanceFollowUpPage),
);
// Reports of concern: the field worker's form and list, the reception's inbox.
const MyConcernsPage = lazy(() =>
  import('./concerns/MyConcernsPage').then((module) => module.MyConcernsPage),
);
const ConcernFormPage = lazy(() =>
  import('./concerns/ConcernFormPage').then((module) => module.ConcernFormPage),
);
const ConcernPage = lazy(() => import('./concerns/ConcernPage').then((module) => module.ConcernPage));
const InboxPage = lazy(() => import('./concerns/InboxPage').then((module) => module.InboxPage));
const InboxReportPage = lazy(() =>
  import('./concerns/InboxReportPage').then((module) => module.InboxReportPage),
);
const StatisticsPage = lazy(() =>
  import('./statistics/StatisticsPage').then((module) => module.StatisticsPage),
);
// Public: how figures are protected, for anyone who reads them, signed in or not.
const DisclosureMethodPage = lazy(() =>
  import('./disclosure/DisclosureMethodPage').then((module) => module.DisclosureMethodPage),
);
const SupportListPage = lazy(() =>
  import('./support/SupportListPage').then((module) => module.SupportListPage),
);
const NewContactPage = lazy(() => import('./support/NewContactPage').then((module) => module.NewContactPage));
const ContactPage = lazy(() => import('./support/ContactPage').then((module) => module.ContactPage));
const ContinuityPage = lazy(() => import('./support/ContinuityPage').then((module) => module.ContinuityPage));
const SecurityPage = lazy(() => import('./security/SecurityPage').then((module) => module.SecurityPage));
const ShiftsPage = lazy(() => import('./shifts/ShiftsPage').then((module) => module.ShiftsPage));
const NewShiftPage = lazy(() => import('./shifts/NewShiftPage').then((module) => module.NewShiftPage));
const ShiftEditorPage = lazy(() =>
  import('./shifts/editor/ShiftEditorPage').then((module) => module.ShiftEditorPage),
);

/** Renders `page` only for users with `permission`; others see a plain "no access" page. */
function requiring<P extends object>(permission: Permission, Page: ComponentType<P>) {
  return function Guarded(props: P) {
    const user = useUser();
    return can(user, permission) ? <Page {...props} /> : <ForbiddenPage />;
  };
}

const UnitListRoute = requiring('unit.members.read', UnitListPage);
const UnitRoute = requiring('unit.members.read', UnitPage);
const OrganisationRoute = requiring('org.manage', OrganisationPage);
const UsersRoute = requiring('users.manage', UsersPage);
const NewUserRoute = requiring('users.manage', NewUserPage);
const EditUserRoute = requiring('users.manage', EditUserPage);
const CategoriesRoute = requiring('categories.manage', CategoriesPage);
const PopulationRoute = requiring('population.manage', PopulationPage);
const AuditLogRoute = requiring('audit.read', AuditLogPage);
const PrivacyRoute = requiring('privacy.manage', PrivacyPage);
const OidcSettingsRoute = requiring('users.manage', OidcSettingsPage);
const ManagerOverviewRoute = requiringUnitShifts(ManagerOverviewPage);
const ShiftReviewRoute = requiringUnitShifts(ShiftReviewPage);
const ShiftsRoute = requiring('shifts.write', ShiftsPage);
const SupportRoute = requiring('support.read', SupportListPage);
const SupportUnitRoute = requiringSupportUnit(SupportListPage);
const NewContactRoute = requiringSupportUnit(NewContactPage);
const ContactRoute = requiringSupportUnit(ContactPage);
const ContinuityRoute = requiringSupportManager(ContinuityPage);
const StatisticsRoute = requiring('statistics.read', StatisticsPage);
const MyConcernsRoute = requiring('concern.report', MyConcernsPage);
const ConcernFormRoute = requiring('concern.report', ConcernFormPage);
const ConcernRoute = requiring('concern.report', ConcernPage);
const InboxRoute = requiring('concern.receive', InboxPage);
const InboxReportRoute = requiring('concern.receive', InboxReportPage);

/** The reception has nothing in the app but its inbox, so that is its home. */
function HomeRoute() {
  const user = useUser();
  return isReceptionOnly(user) ? <Redirect to={INBOX_PATH} /> : <HomePage />;
}
const GuidanceRoute = requiring('shifts.write', GuidanceFollowUpPage);
const ActivitiesRoute = requiring('shifts.write', ActivitiesPage);
const StaffTimeRoute = requiring('statistics.read', StaffTimePage);
const CompetenceRoute = requiring('shifts.write', CompetencePage);
const PlanRoute = requiring('plans.read', PlanPage);
const RiskNightsRoute = requiring('riskNights.read', RiskNightsPage);
const NewShiftRoute = requiring('shifts.write', NewShiftPage);
const ShiftEditorRoute = requiring('shifts.write', ShiftEditorPage);

function SignedInApp() {
  const { t } = useT();
  const { path } = useLocation();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <OutboxStarter />
      <StepUpDialog />
      <main id="main" class="page" tabIndex={-1}>
        <CrashBoundary resetKey={path}>
          <Router onRouteChange={headingShouldTakeFocus}>
            <Route path="/" component={HomeRoute} />
            <Route path="/sakerhet" component={SecurityPage} />
            <Route path="/enhet" component={UnitListRoute} />
            <Route path="/enhet/:unitId" component={UnitRoute} />
            <Route path="/admin/organisation" component={OrganisationRoute} />
            <Route path="/admin/anvandare" component={UsersRoute} />
            <Route path="/admin/anvandare/ny" component={NewUserRoute} />
            <Route path="/admin/anvandare/:userId" component={EditUserRoute} />
            <Route path="/admin/kategorier" component={CategoriesRoute} />
            <Route path="/admin/befolkning" component={PopulationRoute} />
            <Route path="/admin/granskningslogg" component={AuditLogRoute} />
            <Route path="/admin/dataskydd" component={PrivacyRoute} />
            <Route path="/admin/inloggning" component={OidcSettingsRoute} />
            <Route path="/enhet/:unitId/oversikt" component={ManagerOverviewRoute} />
            <Route path="/enhet/:unitId/pass/:shiftId/granska" component={ShiftReviewRoute} />
            <Route path="/pass" component={ShiftsRoute} />
            <Route path="/statistik" component={StatisticsRoute} />
            <Route path={DISCLOSURE_METHOD_PATH} component={DisclosureMethodPage} />
            <Route path="/orosanmalan" component={MyConcernsRoute} />
            <Route path="/orosanmalan/ny" component={ConcernFormRoute} />
            <Route path="/orosanmalan/:unitId/:reportId" component={ConcernRoute} />
            <Route path="/mottagning" component={InboxRoute} />
            <Route path="/mottagning/:reportId" component={InboxReportRoute} />
            <Route path="/lotsning" component={GuidanceRoute} />
            <Route path={ACTIVITIES_PATH} component={ActivitiesRoute} />
            <Route path={STAFF_TIME_PATH} component={StaffTimeRoute} />
            <Route path={COMPETENCE_PATH} component={CompetenceRoute} />
            <Route path={PLANS_PATH} component={PlanRoute} />
            <Route path="/arsplan/:unitId" component={PlanRoute} />
            <Route path={RISK_NIGHTS_PATH} component={RiskNightsRoute} />
            <Route path="/enhet/:unitId/pass/ny" component={NewShiftRoute} />
            <Route path="/enhet/:unitId/pass/:shiftId" component={ShiftEditorRoute} />
            <Route path="/stodkontakter" component={SupportRoute} />
            <Route path="/stodkontakter/:unitId" component={SupportUnitRoute} />
            <Route path="/stodkontakter/:unitId/ny" component={NewContactRoute} />
            <Route path="/stodkontakter/:unitId/kontinuitet" component={ContinuityRoute} />
            <Route path="/stodkontakter/:unitId/:contactId" component={ContactRoute} />
            <Route default component={NotFoundPage} />
          </Router>
        </CrashBoundary>
      </main>
    </>
  );
}

/** The frame of the pages a signed-out visitor may read: the app's name, the language, and the way in. */
function PublicApp() {
  const { t } = useT();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header public-header">
        <div class="header-bar">
          <a class="brand" href="/">
            {t('app.name')}
          </a>
          <div class="public-header-tools">
            <LanguageSwitch />
            <a class="button button-quiet" href="/logga-in">
              {t('auth.signIn')}
            </a>
          </div>
        </div>
      </header>
      <main id="main" class="page" tabIndex={-1}>
        <Router onRouteChange={headingShouldTakeFocus}>
          <Route path={DISCLOSURE_METHOD_PATH} component={DisclosureMethodPage} />
          <Route default component={NotFoundPage} />
        </Router>
      </main>
    </>
  );
}

function StartupFailure({ error }: { error: unknown }) {
  const { t } = useT();
  return (
    <main id="main" class="page page-narrow">
      <h1>{t('app.name')}</h1>
      <ErrorAlert error={error} />
      <button type="button" class="button button-primary" onClick={() => void loadSession()}>
        {t('common.retry')}
      </button>
    </main>
  );
}

/** Chooses between the sign-in page and the app, and sends people where they were going. */
function Shell() {
  const session = useSession();
  const { path, url, query } = useLocation();
  if (session.status === 'loading') return <LoadingPage />;
  if (session.status === 'failed') return <StartupFailure error={session.error} />;
  const { user, notice } = session;
  if (path === '/logga-in') {
    return user ? <Redirect to={safeReturnPath(query.next)} /> : <SignInPage notice={notice} />;
  }
  if (!user && path === DISCLOSURE_METHOD_PATH) return <PublicApp />;
  if (!user) return <Redirect to={notice === 'signedOut' ? '/logga-in' : signInPath(url)} />;
  return <SignedInApp />;
}

export function App() {
  return (
    <LocationProvider>
      <Shell />
    </LocationProvider>
  );
}
