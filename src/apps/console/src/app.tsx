import { lazy, type ReactNode, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { canOpen, homeOf, type PageId } from './auth/access.js';
import { useSession, useSignedIn } from './auth/session.js';
import { SignInPage } from './auth/sign-in-page.js';
import { useI18n } from './i18n/i18n.js';
import { CalculatorPage } from './pages/calculator/calculator-page.js';
import { DealPage } from './pages/deals/deal-page.js';
import { DealsPage } from './pages/deals/deals-page.js';
import { ConnectorsRoutes } from './pages/connectors/connectors-page.js';
import { DeliveriesPage } from './pages/deliveries/deliveries-page.js';
import { FailedStepsPage } from './pages/deliveries/failed-steps-page.js';
import { InventoriesPage } from './pages/inventories-page.js';
import { InventoryPage } from './pages/inventory/inventory-page.js';
import { JobsPage } from './pages/jobs-page.js';
import { ForbiddenPage, NotFoundPage } from './pages/not-found-page.js';
import { ParticipantsPage } from './pages/participants-page.js';
import { ProductsPage } from './pages/products/products-page.js';
import { QueuePage } from './pages/queue-page.js';
import { QuotaPage } from './pages/quota-page.js';
import { StockPage } from './pages/stock-page.js';
import { Shell } from './shell.js';
import { Loading } from './ui/states.js';

// The charts library is the heaviest part of the console: only officers load it, with the dashboard.
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page.js'));

export function App() {
  const { state } = useSession();
  const { t } = useI18n();
  if (state.kind === 'checking') {
    return (
      <main className="center-screen">
        <Loading rows={2} label={t('signin.checking')} />
      </main>
    );
  }
  if (state.kind === 'signed-out') return <SignInPage expired={state.expired} />;
  return (
    <Shell>
      <Routes />
    </Shell>
  );
}

function Guarded({ page, children }: { readonly page: PageId; readonly children: ReactNode }) {
  const { participant } = useSignedIn();
  return canOpen(participant.role, page) ? children : <ForbiddenPage />;
}

function Routes() {
  const { participant } = useSignedIn();
  return (
    <Switch>
      <Route path="/">
        <Redirect to={homeOf(participant.role)} replace />
      </Route>
      <Route path="/review">
        <Guarded page="review">
          <QueuePage queue="review" />
        </Guarded>
      </Route>
      <Route path="/inspection">
        <Guarded page="inspection">
          <QueuePage queue="inspection" />
        </Guarded>
      </Route>
      <Route path="/inventories">
        <InventoriesPage />
      </Route>
      <Route path="/inventories/:id">{(params) => <InventoryPage id={params.id} />}</Route>
      <Route path="/dashboard">
        <Guarded page="dashboard">
          <Suspense fallback={<Loading rows={6} />}>
            <DashboardPage />
          </Suspense>
        </Guarded>
      </Route>
      <Route path="/quota">
        <Guarded page="quota">
          <QuotaPage />
        </Guarded>
      </Route>
      <Route path="/calculator">
        <CalculatorPage />
      </Route>
      <Route path="/stock">
        <Guarded page="stock">
          <StockPage />
        </Guarded>
      </Route>
      <Route path="/jobs">
        <Guarded page="jobs">
          <JobsPage />
        </Guarded>
      </Route>
      <Route path="/participants">
        <Guarded page="participants">
          <ParticipantsPage />
        </Guarded>
      </Route>
      <Route path="/products">
        <Guarded page="products">
          <ProductsPage />
        </Guarded>
      </Route>
      <Route path="/connectors" nest>
        <Guarded page="connectors">
          <ConnectorsRoutes />
        </Guarded>
      </Route>
      <Route path="/deliveries">
        <Guarded page="deliveries">
          <DeliveriesPage />
        </Guarded>
      </Route>
      <Route path="/failures">
        <Guarded page="failures">
          <FailedStepsPage />
        </Guarded>
      </Route>
      <Route path="/deals">
        <Guarded page="deals">
          <DealsPage />
        </Guarded>
      </Route>
      <Route path="/deals/:id">
        {(params) => (
          <Guarded page="deals">
            <DealPage id={params.id} />
          </Guarded>
        )}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
